package org.sendreform.governance.qa;

import org.junit.jupiter.api.Test;
import org.sendreform.governance.ServerFields;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Fields a client must not set on a QA report, when recording or changing it: id, who and when, the version, and
 * what follows from its rating, concerns and status (rag, openConcerns, publishedAt, publishedOn). Each is refused
 * naming it (400: the request has no such field), and nothing is stored.
 */
@QuarkusTest
class QaReportServerFieldsTest {

    static final String LEAD = QaReportResourceTest.LEAD;

    static final java.util.Map<String, String> SERVER_OWNED = ServerFields.keptAnd("rag", "\"GREEN\"", "openConcerns", "0",
            "publishedAt", "\"2026-01-01T00:00:00Z\"", "publishedOn", "\"2026-01-01\"");

    @Test
    void recordingAReportWithAServerOwnedFieldIsRefusedNamingItAndStoresNothing() {
        String provider = QaReportResourceTest.provider();
        ServerFields.eachRefused(QaReportResourceTest.body(provider, "DRAFT"), SERVER_OWNED,
                b -> QaReportResourceTest.create(LEAD, b).extract().response(), () -> QaReportResourceTest.count(provider));
    }

    @Test
    void changingAReportWithAServerOwnedFieldIsRefusedNamingItAndChangesNothing() {
        long id = QaReportResourceTest.create(LEAD, QaReportResourceTest.body(QaReportResourceTest.provider(), "DRAFT")).statusCode(201)
                .extract().jsonPath().getLong("id");
        ServerFields.eachRefused("{\"findings\":\"Outcomes were weakest in education sections.\"}", SERVER_OWNED,
                b -> QaReportResourceTest.patch(LEAD, id, "\"0\"", b).extract().response(), ServerFields.item(LEAD, "/api/v1/qa-reports/" + id));
    }
}
