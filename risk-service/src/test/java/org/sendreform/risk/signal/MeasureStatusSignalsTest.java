package org.sendreform.risk.signal;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendreform.platform.testing.TestTokens;
import org.sendreform.platform.testing.Topics;
import org.sendreform.risk.TestRisks;
import org.sendreform.risk.event.EventSchemas;
import org.sendreform.risk.register.Category;
import org.sendreform.risk.register.Risk;
import org.sendreform.risk.register.RiskStatus;
import org.sendreform.risk.scoring.Rag;
import org.sendreform.risk.scoring.Scale;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;

/**
 * Consumer test: metrics-service's own example event (docs/events/metrics/) arrives over the real Kafka
 * broker and becomes one signal on each linked risk, once, however often it is delivered.
 */
@QuarkusTest
class MeasureStatusSignalsTest {

    static final String RDG = TestTokens.user("rdg.member", "rdg-member");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    String measure;

    @BeforeEach
    void aRiskLinkedToAFreshMeasure() {
        measure = "T-M-" + UUID.randomUUID().toString().substring(0, 8);
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> persistRiskOn(measure));
    }

    static void persistRiskOn(String measure) {
        Risk r = new Risk();
        r.code = "T-" + measure;
        r.title = "Test risk on " + measure;
        r.description = "linked to a test measure";
        r.category = Category.DATA;
        r.owningBody = "qa-data-digital";
        r.status = RiskStatus.OPEN;
        r.scale = Scale.HIGH_MEDIUM_LOW;
        r.inherentImpact = "HIGH";
        r.inherentLikelihood = "LOW";
        r.assessedRag = Rag.AMBER;
        r.links.add(new Risk.Link(Risk.Link.Kind.MEASURE, measure));
        r.persist();
    }

    void send(String eventId, String oldStatus, String newStatus, String measureCode) throws Exception {
        String example = Files.readString(Path.of("..", "docs", "events", "metrics", "measure-status-changed.v1.example.json"));
        String value = example.replace("\"EHCP-20WK\"", "\"" + measureCode + "\"")
                .replace("\"NO_DATA\"", "\"" + oldStatus + "\"").replace("\"OFF_TRACK\"", "\"" + newStatus + "\"");
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer())) {
            ProducerRecord<String, String> record = new ProducerRecord<>("metrics.events.v1", measureCode, value);
            record.headers().add("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8));
            record.headers().add("ce_id", eventId.getBytes(StandardCharsets.UTF_8));
            record.headers().add("ce_source", "/send-reform/metrics-service".getBytes(StandardCharsets.UTF_8));
            record.headers().add("ce_type", "org.sendreform.metrics.measure-status-changed.v1".getBytes(StandardCharsets.UTF_8));
            record.headers().add("content-type", "application/json".getBytes(StandardCharsets.UTF_8));
            producer.send(record).get();
        }
    }

    int signals(String riskCode) {
        return given().auth().oauth2(RDG).when().get("/api/v1/risks/" + riskCode + "/signals")
                .then().statusCode(200).extract().jsonPath().getList("$").size();
    }

    @Test
    void aWorseningBecomesOneSignalOnTheLinkedRiskEvenWhenRedelivered() throws Exception {
        String event = UUID.randomUUID().toString();
        send(event, "NO_DATA", "OFF_TRACK", measure);
        send(event, "NO_DATA", "OFF_TRACK", measure); // redelivery of the same event
        await().atMost(Duration.ofSeconds(20)).until(() -> signals("T-" + measure) >= 1);
        // a later, different event proves the redelivery was consumed before it
        send(UUID.randomUUID().toString(), "OFF_TRACK", "ON_TRACK", measure);
        String marker = UUID.randomUUID().toString();
        send(marker, "ON_TRACK", "AT_RISK", measure);
        await().atMost(Duration.ofSeconds(20)).until(() -> signals("T-" + measure) == 2);
        given().auth().oauth2(RDG).when().get("/api/v1/risks/T-" + measure + "/signals")
                .then().statusCode(200)
                .body("[0].newStatus", is("AT_RISK"))
                .body("[1].newStatus", is("OFF_TRACK"))
                .body("[1].kind", is("MEASURE_STATUS"))
                .body("[1].subjectCode", is(measure));
        assertEquals(2, signals("T-" + measure), "the redelivered event and the improvement raised nothing");
        // each signal announced once, in the transaction that stored it
        assertEquals(List.of(RiskSignalReceived.TYPE, RiskSignalReceived.TYPE), TestRisks.outbox("T-" + measure));
        List<Topics.Event> events = Topics.read(bootstrap, "risks.events.v1",
                e -> ("T-" + measure).equals(e.key()) && RiskSignalReceived.TYPE.equals(e.type()), 2);
        assertEquals(2, events.size());
        JsonObject first = new JsonObject(events.get(0).data());
        assertEquals("T-" + measure, first.getString("riskCode"));
        assertEquals("MEASURE_STATUS", first.getString("kind"));
        assertEquals("OFF_TRACK", first.getString("newStatus"));
        assertEquals(event, first.getString("causedBy"));
        assertEquals(marker, new JsonObject(events.get(1).data()).getString("causedBy"));
        assertEquals(List.of(), EventSchemas.problems("risk-signal-received.v1.schema.json", events.get(0).data()), "the real event fits its schema");
    }

    @Test
    void aSignalAboutAnUnlinkedMeasureWaitsInTriage() throws Exception {
        String unlinked = "T-U-" + UUID.randomUUID().toString().substring(0, 8);
        send(UUID.randomUUID().toString(), "ON_TRACK", "OFF_TRACK", unlinked);
        await().atMost(Duration.ofSeconds(20)).until(() -> given().auth().oauth2(RDG).when().get("/api/v1/signals/triage")
                .then().extract().jsonPath().getList("subjectCode").contains(unlinked));
        assertEquals(0, signalEventsAbout(unlinked), "a signal in triage is not announced");
    }

    static long signalEventsAbout(String subject) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> ((Number) Risk.getEntityManager()
                .createNativeQuery("select count(*) from outbox_event where type = ?1 and payload ->> 'subjectCode' = ?2")
                .setParameter(1, RiskSignalReceived.TYPE).setParameter(2, subject).getSingleResult()).longValue());
    }

    @Test
    void signalsOfAnUnknownRiskIs404() {
        given().auth().oauth2(RDG).when().get("/api/v1/risks/R-404/signals").then().statusCode(404);
        given().when().get("/api/v1/signals/triage").then().statusCode(401);
    }
}
