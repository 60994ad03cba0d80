package org.sendreform.metrics.spend;

import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendreform.platform.testing.Contention;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * The finance system retrying one actual spend submission many times at once (the same Idempotency-Key, real
 * threads released together): every answer names the one submission, its rows are stored once and its events
 * published once; the key with another body is refused and changes nothing.
 */
@QuarkusTest
class SpendIdempotencyTest {

    static final int RETRIES = 20;

    @Inject
    TestSpend spend;

    @BeforeEach
    void reset() {
        spend.reset();
    }

    @Test
    void twentyIdenticalSubmissionsAtOnceAnswerTheSameSubmissionStoredAndAnnouncedOnce() {
        long spendEvents = spend.events(GrantSpendChanged.TYPE);
        long conditionEvents = spend.events(GrantConditionStatusChanged.TYPE);
        List<Response> answers = Contention.atOnce(RETRIES, retry -> TestSpend.as(ActualSpendResourceTest.FINANCE)
                .header("Idempotency-Key", "fin-race-001").body(ActualSpendResourceTest.Q2).when().post("/api/v1/spend/actuals"));
        Contention.oneCreatedTheRestReplayed(answers);

        assertEquals(4, spend.actualRows());
        assertEquals(1, spend.count("select count(*) from spend_submission"));
        assertEquals(4, spend.count("select count(*) from spend_actual_change"));
        assertEquals(spendEvents + 1, spend.events(GrantSpendChanged.TYPE));
        assertEquals(conditionEvents + 3, spend.events(GrantConditionStatusChanged.TYPE)); // the three conditions the Q2 rows move

        TestSpend.as(ActualSpendResourceTest.FINANCE).header("Idempotency-Key", "fin-race-001")
                .body(ActualSpendResourceTest.one("FY2026-27-Q2", "WORKFORCE", "1")).when().post("/api/v1/spend/actuals")
                .then().statusCode(422).contentType("application/problem+json").body("errors[0].field", is("Idempotency-Key"));
        assertEquals(4, spend.count("select count(*) from spend_actual_change"));
        assertEquals(spendEvents + 1, spend.events(GrantSpendChanged.TYPE));
    }
}
