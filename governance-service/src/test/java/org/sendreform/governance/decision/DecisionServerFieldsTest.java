package org.sendreform.governance.decision;

import org.junit.jupiter.api.Test;
import org.sendreform.governance.ServerFields;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Fields a client must not set on a decision: its id and version, what follows from it (reviewDue, supersededBy,
 * the Task and Finish group it proposes or ratifies), who recorded it and when. A decision is never changed, so
 * only its recording is tried: each is refused naming it (400: the request has no such field), nothing is stored.
 */
@QuarkusTest
class DecisionServerFieldsTest {

    @Test
    void recordingADecisionWithAServerOwnedFieldIsRefusedNamingItAndStoresNothing() {
        ServerFields.eachRefused(DecisionResourceTest.decision("rdg", "OPERATIONAL", ""),
                ServerFields.idVersionAnd("reviewDue", "true", "supersededBy", "1", "taskAndFinishGroup", "\"tf-part-time-timetables\"",
                        "recordedBy", "\"someone.else\"", "recordedAt", "\"2026-01-01T00:00:00Z\""),
                b -> DecisionResourceTest.record(DecisionResourceTest.RDG, b).extract().response(), DecisionResourceTest::total);
    }
}
