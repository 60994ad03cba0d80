package org.sendreform.metrics.event;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.sendreform.metrics.TestMeasures;
import org.sendreform.platform.testing.Postgres;
import org.sendreform.platform.testing.TestIssuer;
import org.sendreform.platform.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** With no Kafka reachable, submissions still succeed and their events wait in the outbox for the relay. */
@QuarkusTest
@TestProfile(KafkaDownTest.NoKafka.class)
class KafkaDownTest {

    public static class NoKafka implements QuarkusTestProfile {
        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(Postgres.class), new TestResourceEntry(TestIssuer.class));
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("kafka.bootstrap.servers", "127.0.0.1:1", "send.outbox.interval", "PT0.2S");
        }
    }

    @Inject
    TestMeasures measures;

    @Inject
    DataSource dataSource;

    @Test
    void writesSucceedAndEventsWaitUnsent() throws Exception {
        String m = measures.percent("test-la");
        String id = given().auth().oauth2(TestTokens.partner("demo-la-send", "test-la")).contentType("application/json")
                .body("{\"values\":[{\"measureCode\":\"" + m + "\",\"period\":\"FY2025-26\",\"value\":12}]}")
                .when().post("/api/v1/submissions").then().statusCode(201).extract().path("id");
        Thread.sleep(1_000); // several relay rounds, each failing to reach Kafka
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select count(*) filter (where published_at is null), count(*) from outbox_event where aggregate_id = ?")) {
            s.setString(1, id);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                assertEquals(1, r.getInt(2), "the submission's event is recorded");
                assertEquals(1, r.getInt(1), "and not marked sent while Kafka is unreachable");
            }
        }
    }
}
