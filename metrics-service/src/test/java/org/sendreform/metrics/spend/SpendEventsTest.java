package org.sendreform.metrics.spend;

import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendreform.metrics.spend.TestSpend.as;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendreform.platform.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;

/** grant-condition-status-changed leaves through the outbox to the real broker: once per changed condition, never for a refusal. */
@QuarkusTest
class SpendEventsTest {

    static final String FINANCE = TestTokens.partner("demo-la-finance", "coventry-la-finance");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    TestSpend spend;

    record Event(String type, String key, String subject, JsonObject data) {
    }

    @BeforeEach
    void reset() {
        spend.reset();
    }

    /** Every event on the topic whose data names the submission, waiting up to 20 s for {@code atLeast} of them. */
    List<Event> eventsOf(String submissionId, int atLeast) {
        return eventsOf(submissionId, GrantConditionStatusChanged.TYPE, atLeast);
    }

    /** The events of one type whose data names the submission. */
    List<Event> eventsOf(String submissionId, String type, int atLeast) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<Event> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("metrics.events.v1"));
            long until = System.currentTimeMillis() + 20_000;
            boolean extra = false;
            while (true) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    if (r.value().contains(submissionId) && type.equals(header(r, "ce_type"))) {
                        found.add(new Event(header(r, "ce_type"), r.key(), header(r, "ce_subject"), new JsonObject(r.value())));
                    }
                }
                if (extra) {
                    break;
                }
                if (found.size() >= atLeast || System.currentTimeMillis() > until) {
                    extra = true; // one more poll, to catch events that should not be there
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
    void oneEventPerConditionWhoseStatusChangesAndNoneForARefusedSubmission() {
        long before = spend.events(GrantConditionStatusChanged.TYPE);
        // refused (a bad row): nothing stored, nothing in the outbox
        as(FINANCE).body("""
                {"actuals": [
                  {"quarter": "FY2026-27-Q2", "category": "WORKFORCE", "amount": 900000},
                  {"quarter": "FY2026-27-Q2", "category": "OTHER", "amount": -1}
                ]}""").when().post("/api/v1/spend/actuals").then().statusCode(422);
        assertEquals(before, spend.events(GrantConditionStatusChanged.TYPE));

        // all direct delivery: DIRECT_DELIVERY NO_DATA → MET, the two caps NO_DATA → MET (0%)
        String first = as(FINANCE).body("{\"actuals\":[{\"quarter\":\"FY2026-27-Q2\",\"category\":\"WORKFORCE\",\"amount\":900000}]}")
                .when().post("/api/v1/spend/actuals").then().statusCode(201).body("conditionChanges", hasSize(3)).extract().path("id");
        // administration to 12.5%: only EAH_ADMINISTRATION changes (MET → BREACHED); direct delivery stays MET at 87.5%
        String second = as(FINANCE).body("{\"actuals\":[{\"quarter\":\"FY2026-27-Q3\",\"category\":\"TRANSFORMATION_ADMINISTRATION\","
                + "\"conditionBucket\":\"EAH_ADMINISTRATION\",\"amount\":128571.43}]}")
                .when().post("/api/v1/spend/actuals").then().statusCode(201).body("conditionChanges", hasSize(1)).extract().path("id");
        // more direct delivery that changes no status: no event
        as(FINANCE).body("{\"actuals\":[{\"quarter\":\"FY2026-27-Q3\",\"category\":\"OTHER\",\"amount\":1}]}")
                .when().post("/api/v1/spend/actuals").then().statusCode(201).body("conditionChanges", hasSize(0));
        assertEquals(before + 4, spend.events(GrantConditionStatusChanged.TYPE));

        List<Event> firstEvents = eventsOf(first, 3);
        assertEquals(3, firstEvents.size(), firstEvents::toString);
        Set<String> keys = new TreeSet<>();
        for (Event e : firstEvents) {
            assertEquals(GrantConditionStatusChanged.TYPE, e.type());
            assertEquals(e.key(), e.subject());
            assertEquals("NO_DATA", e.data().getString("oldStatus"));
            assertEquals("MET", e.data().getString("newStatus"));
            assertEquals("FY2026-27", e.data().getString("year"));
            keys.add(e.key());
        }
        assertEquals(Set.of("FY2026-27/DIRECT_DELIVERY", "FY2026-27/EAH_ADMINISTRATION", "FY2026-27/LA_TRANSFORMATION"), keys);

        List<Event> secondEvents = eventsOf(second, 1);
        assertEquals(1, secondEvents.size(), secondEvents::toString);
        JsonObject data = secondEvents.get(0).data();
        assertEquals("FY2026-27/EAH_ADMINISTRATION", secondEvents.get(0).key());
        assertEquals("MET", data.getString("oldStatus"));
        assertEquals("BREACHED", data.getString("newStatus"));
        assertEquals("AT_MOST", data.getString("rule"));
        assertEquals(0, data.getNumber("oldShare").intValue());
        assertEquals(12.5, data.getDouble("newShare"));
        assertTrue(data.getValue("total").toString().startsWith("1028571.43"), data::toString);
    }

    @Test
    void eachCommittedSubmissionAnnouncesItsYearsSpendAgainstThePlanOnce() {
        long before = spend.events(GrantSpendChanged.TYPE);
        as(FINANCE).body("{\"actuals\":[{\"quarter\":\"FY2026-27-Q2\",\"category\":\"OTHER\",\"amount\":-5}]}")
                .when().post("/api/v1/spend/actuals").then().statusCode(422);
        assertEquals(before, spend.events(GrantSpendChanged.TYPE));
        String id = as(FINANCE).body("{\"actuals\":[{\"quarter\":\"FY2026-27-Q2\",\"category\":\"WORKFORCE\",\"amount\":600000.50}]}")
                .when().post("/api/v1/spend/actuals").then().statusCode(201).extract().path("id");
        List<Event> events = eventsOf(id, GrantSpendChanged.TYPE, 1);
        assertEquals(1, events.size(), events::toString);
        assertEquals("FY2026-27", events.get(0).key());
        JsonObject workforceQ2 = events.get(0).data().getJsonArray("lines").stream().map(JsonObject.class::cast)
                .filter(l -> l.getString("quarter").equals("FY2026-27-Q2") && l.getString("category").equals("WORKFORCE")).findFirst()
                .orElseThrow();
        assertEquals(586000, workforceQ2.getNumber("planned").intValue());
        assertEquals(600000.5, workforceQ2.getDouble("actual"));
        // the same rows again change nothing: no announcement
        as(FINANCE).body("{\"actuals\":[{\"quarter\":\"FY2026-27-Q2\",\"category\":\"WORKFORCE\",\"amount\":600000.50}]}")
                .when().post("/api/v1/spend/actuals").then().statusCode(201);
        assertEquals(before + 1, spend.events(GrantSpendChanged.TYPE));
    }
}
