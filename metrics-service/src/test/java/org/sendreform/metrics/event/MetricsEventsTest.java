package org.sendreform.metrics.event;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.sendreform.metrics.TestMeasures;
import org.sendreform.platform.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;

/** Events leave through the outbox to the real Kafka broker the tests run (platform KafkaBroker). */
@QuarkusTest
class MetricsEventsTest {

    static final String LA = TestTokens.partner("demo-la-send", "coventry-la-send");
    static final String TEST_LA = TestTokens.partner("demo-la-send", "test-la");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    TestMeasures measures;

    record Event(String type, String subject, String key, JsonObject data, String id, String source) {
    }

    List<Event> eventsAbout(String subjectOrMeasure, int atLeast) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<Event> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("metrics.events.v1"));
            long until = System.currentTimeMillis() + 20_000;
            while (System.currentTimeMillis() < until && found.size() < atLeast) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    JsonObject data = new JsonObject(r.value());
                    String subject = header(r, "ce_subject");
                    if (r.value().contains("\"" + subjectOrMeasure + "\"")) {
                        found.add(new Event(header(r, "ce_type"), subject, r.key(), data, header(r, "ce_id"), header(r, "ce_source")));
                    }
                }
            }
            // a short extra poll, to catch events that should not be there
            for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofSeconds(2))) {
                if (r.value().contains("\"" + subjectOrMeasure + "\"")) {
                    found.add(new Event(header(r, "ce_type"), header(r, "ce_subject"), r.key(), new JsonObject(r.value()),
                            header(r, "ce_id"), header(r, "ce_source")));
                }
            }
        }
        return found;
    }

    static String header(ConsumerRecord<String, String> r, String name) {
        var h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    @Test
    void aSubmissionPublishesOneSubmittedEventAndTheStatusItChanged() {
        // EHCP-20WK: baseline 37% in FY2025-26; 30% is off track for that year
        String id = given().auth().oauth2(LA).contentType("application/json")
                .body("{\"values\":[{\"measureCode\":\"EHCP-20WK\",\"period\":\"FY2025-26\",\"disaggregation\":\"all\",\"value\":30}]}")
                .when().post("/api/v1/submissions").then().statusCode(201).extract().path("id");
        List<Event> events = eventsAbout(id, 2);
        Event submitted = events.stream().filter(e -> e.type().equals("org.sendreform.metrics.values-submitted.v1")).findFirst().orElseThrow();
        assertEquals(id, submitted.key());
        assertEquals("/send-reform/metrics-service", submitted.source());
        assertEquals(1, submitted.data().getInteger("imported"));
        assertEquals("EHCP-20WK", submitted.data().getJsonArray("measures").getString(0));
        Event status = events.stream().filter(e -> e.type().equals("org.sendreform.metrics.measure-status-changed.v1")).findFirst().orElseThrow();
        assertEquals("EHCP-20WK", status.key());
        assertEquals("NO_DATA", status.data().getString("oldStatus"));
        assertEquals("OFF_TRACK", status.data().getString("newStatus"));
        assertEquals(37, status.data().getInteger("expected"));
        assertEquals(2, events.size(), () -> "exactly one of each: " + events);
    }

    @Test
    void dryRunsAndRefusedSubmissionsPublishNothing() {
        String m = measures.percent("test-la");
        String row = "{\"values\":[{\"measureCode\":\"" + m + "\",\"period\":\"FY2025-26\",\"value\":%s}]}";
        given().auth().oauth2(TEST_LA).contentType("application/json").queryParam("dryRun", "true").body(row.formatted("10"))
                .when().post("/api/v1/submissions").then().statusCode(200);
        given().auth().oauth2(TEST_LA).contentType("application/json").body(row.formatted("101"))
                .when().post("/api/v1/submissions").then().statusCode(422);
        String id = given().auth().oauth2(TEST_LA).contentType("application/json").body(row.formatted("20"))
                .when().post("/api/v1/submissions").then().statusCode(201).extract().path("id");
        List<Event> events = eventsAbout(m, 1);
        assertEquals(1, events.size(), () -> "only the stored submission: " + events);
        assertEquals(id, events.get(0).data().getString("submissionId"));
        assertTrue(events.get(0).id() != null);
    }
}
