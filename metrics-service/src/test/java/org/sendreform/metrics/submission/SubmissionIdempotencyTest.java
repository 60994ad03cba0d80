package org.sendreform.metrics.submission;

import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.sendreform.metrics.TestMeasures;
import org.sendreform.platform.testing.Contention;
import org.sendreform.platform.testing.TestTokens;
import org.sendreform.platform.testing.Topics;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.Response;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A partner system that retries one submission many times at once (the same Idempotency-Key, real threads released
 * together): every answer names the one submission, it is stored once and announced once; the key with another
 * body is refused.
 */
@QuarkusTest
class SubmissionIdempotencyTest {

    static final int RETRIES = 20;
    static final String LA = TestTokens.partner("demo-la-send", "coventry-la-send");

    @Inject
    TestMeasures measures;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    static long count(String sql, String parameter) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Submission.getEntityManager().createNativeQuery(sql)
                .setParameter(1, parameter).getSingleResult()).longValue());
    }

    @Test
    void twentyIdenticalRequestsAtOnceAnswerTheSameSubmissionStoredAndAnnouncedOnce() {
        String m = measures.percent("coventry-la-send");
        String key = "race-" + m;
        String body = SubmissionResourceTest.json(SubmissionResourceTest.value(m, "FY2025-26", "all", "41.5"),
                SubmissionResourceTest.value(m, "FY2025-26", "ehcp", "38"));
        List<Response> answers = Contention.atOnce(RETRIES, retry -> SubmissionResourceTest.as(LA).header("Idempotency-Key", key)
                .body(body).when().post("/api/v1/submissions"));
        String id = Contention.oneCreatedTheRestReplayed(answers);

        assertEquals(1, count("select count(*) from submission where idempotency_key = ?1", key));
        assertEquals(2, count("select count(*) from measure_value v join measure m on m.id = v.measure_id where m.code = ?1", m));
        assertEquals(2, count("select count(*) from value_change where measure_code = ?1", m));
        assertEquals(1, count("select count(*) from outbox_event where type = '" + ValuesSubmitted.TYPE + "' and aggregate_id = ?1", id));
        List<Topics.Event> announced = Topics.read(bootstrap, "metrics.events.v1",
                e -> ValuesSubmitted.TYPE.equals(e.type()) && e.data().contains(m), 1);
        assertEquals(1, announced.size(), announced::toString);
        assertEquals(id, announced.get(0).key());

        // the key with another body is refused, and still nothing more is stored
        SubmissionResourceTest.as(LA).header("Idempotency-Key", key)
                .body(SubmissionResourceTest.json(SubmissionResourceTest.value(m, "FY2025-26", "all", "45"))).when().post("/api/v1/submissions")
                .then().statusCode(422).contentType("application/problem+json").body("errors[0].field", is("Idempotency-Key"));
        assertEquals(2, count("select count(*) from value_change where measure_code = ?1", m));
        SubmissionResourceTest.history(m, "FY2025-26", "all", 1);
    }
}
