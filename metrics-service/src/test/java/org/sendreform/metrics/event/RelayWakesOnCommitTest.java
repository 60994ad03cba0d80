package org.sendreform.metrics.event;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.sendreform.metrics.TestMeasures;
import org.sendreform.platform.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The outbox relay is woken by the commit of a transaction that recorded events, not only by its poll: with
 * the poll set to an hour, a submission's event still reaches Kafka within seconds.
 */
@QuarkusTest
@TestProfile(RelayWakesOnCommitTest.HourlyPoll.class)
class RelayWakesOnCommitTest {

    public static class HourlyPoll implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("send.outbox.interval", "PT1H");
        }
    }

    @Inject
    TestMeasures measures;

    @Inject
    DataSource dataSource;

    @Test
    void aCommittedSubmissionsEventIsSentWithoutWaitingForThePoll() throws Exception {
        String m = measures.percent("test-la");
        String id = given().auth().oauth2(TestTokens.partner("demo-la-send", "test-la")).contentType("application/json")
                .body("{\"values\":[{\"measureCode\":\"" + m + "\",\"period\":\"FY2025-26\",\"value\":12}]}")
                .when().post("/api/v1/submissions").then().statusCode(201).extract().path("id");
        long until = System.nanoTime() + 15_000_000_000L;
        boolean sent = false;
        while (!sent && System.nanoTime() < until) {
            sent = sent(id);
            if (!sent) {
                Thread.sleep(50);
            }
        }
        assertTrue(sent, "the event was not sent within 15 s although the relay polls only hourly");
    }

    @Test
    void whileAnotherReplicaHoldsTheTopicsRelayLockThisOneSendsNothing() throws Exception {
        String m = measures.percent("test-la");
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (PreparedStatement lock = other.prepareStatement("select pg_advisory_xact_lock(hashtext('outbox-relay:metrics.events.v1'))")) {
                lock.execute();
            }
            String id = given().auth().oauth2(TestTokens.partner("demo-la-send", "test-la")).contentType("application/json")
                    .body("{\"values\":[{\"measureCode\":\"" + m + "\",\"period\":\"FY2025-26\",\"value\":13}]}")
                    .when().post("/api/v1/submissions").then().statusCode(201).extract().path("id");
            Thread.sleep(2_000);
            assertTrue(!sent(id), "sent although another relay held the topic's lock");
            other.rollback(); // the other replica's round ends
            // this replica relays at its next wake: the next commit that records an event
            given().auth().oauth2(TestTokens.partner("demo-la-send", "test-la")).contentType("application/json")
                    .body("{\"values\":[{\"measureCode\":\"" + m + "\",\"period\":\"FY2025-26\",\"value\":14}]}")
                    .when().post("/api/v1/submissions").then().statusCode(201);
            long until = System.nanoTime() + 15_000_000_000L;
            while (!sent(id) && System.nanoTime() < until) {
                Thread.sleep(50);
            }
            assertTrue(sent(id), "the waiting event was not sent once the lock was free");
        }
    }

    private boolean sent(String aggregateId) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select count(*) from outbox_event where aggregate_id = ? and published_at is not null")) {
            s.setString(1, aggregateId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1) == 1;
            }
        }
    }
}
