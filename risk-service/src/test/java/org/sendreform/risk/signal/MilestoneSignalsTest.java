package org.sendreform.risk.signal;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
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
import org.junit.jupiter.api.Test;
import org.sendreform.platform.testing.TestTokens;
import org.sendreform.platform.testing.Topics;
import org.sendreform.risk.TestRisks;
import org.sendreform.risk.event.EventSchemas;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;

/** Consumer test with milestones-service's own example event, over the real Kafka broker. */
@QuarkusTest
class MilestoneSignalsTest {

    static final String RDG = TestTokens.user("rdg.member", "rdg-member");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    void send(String eventId, String milestone, String riskCode) throws Exception {
        String example = Files.readString(Path.of("..", "docs", "events", "milestones", "milestone-slipped.v1.example.json"));
        String value = example.replace("\"M-CS-Q2-02\"", "\"" + milestone + "\"").replace("\"R-05\"", "\"" + riskCode + "\"");
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer())) {
            ProducerRecord<String, String> record = new ProducerRecord<>("milestones.events.v1", milestone, value);
            record.headers().add("ce_id", eventId.getBytes(StandardCharsets.UTF_8));
            record.headers().add("ce_type", "org.sendreform.milestones.milestone-slipped.v1".getBytes(StandardCharsets.UTF_8));
            producer.send(record).get();
        }
    }

    int signals(String riskCode) {
        return given().auth().oauth2(RDG).when().get("/api/v1/risks/" + riskCode + "/signals")
                .then().statusCode(200).extract().jsonPath().getList("$").size();
    }

    @Test
    void aSlipSignalsTheRisksTheMilestoneNamesOnce() throws Exception {
        String risk = "T-R-" + UUID.randomUUID().toString().substring(0, 8);
        QuarkusTransaction.requiringNew().run(() -> MeasureStatusSignalsTest.persistRiskOn(risk.substring(2)));
        String code = "T-" + risk.substring(2); // persistRiskOn names the risk "T-" + its argument
        String event = UUID.randomUUID().toString();
        send(event, "M-T-1", code);
        send(event, "M-T-1", code);
        await().atMost(Duration.ofSeconds(20)).until(() -> signals(code) >= 1);
        Thread.sleep(1_000);
        given().auth().oauth2(RDG).when().get("/api/v1/risks/" + code + "/signals")
                .then().statusCode(200)
                .body("size()", is(1))
                .body("[0].kind", is("MILESTONE_SLIPPED"))
                .body("[0].subjectCode", is("M-T-1"))
                .body("[0].detail", containsString("92 days"));
        assertEquals(List.of(RiskSignalReceived.TYPE), TestRisks.outbox(code), "announced once, though delivered twice");
        List<Topics.Event> events = Topics.read(bootstrap, "risks.events.v1", e -> code.equals(e.key()), 1);
        assertEquals(List.of(RiskSignalReceived.TYPE), events.stream().map(Topics.Event::type).toList());
        JsonObject data = new JsonObject(events.get(0).data());
        assertEquals("MILESTONE_SLIPPED", data.getString("kind"));
        assertEquals("M-T-1", data.getString("subjectCode"));
        assertEquals("milestones-service", data.getString("source"));
        assertEquals(event, data.getString("causedBy"));
        assertEquals(List.of(), EventSchemas.problems("risk-signal-received.v1.schema.json", events.get(0).data()), "the real event fits its schema");
    }

    @Test
    void aDependencyFlagSignalsTheFlaggedMilestonesRisksOnce() throws Exception {
        String risk = "T-R-" + UUID.randomUUID().toString().substring(0, 8);
        QuarkusTransaction.requiringNew().run(() -> MeasureStatusSignalsTest.persistRiskOn(risk.substring(2)));
        String code = "T-" + risk.substring(2);
        String value = Files.readString(Path.of("..", "docs", "events", "milestones", "milestone-flagged-at-risk.v1.example.json"))
                .replace("\"M-CS-Q4-05\"", "\"M-T-2\"").replace("\"R-05\"", "\"" + code + "\"");
        String event = UUID.randomUUID().toString();
        Topics.send(bootstrap, "milestones.events.v1", "M-T-2", event, MilestoneSignals.FLAGGED, value);
        Topics.send(bootstrap, "milestones.events.v1", "M-T-2", event, MilestoneSignals.FLAGGED, value);
        await().atMost(Duration.ofSeconds(20)).until(() -> signals(code) >= 1);
        Thread.sleep(1_000);
        given().auth().oauth2(RDG).when().get("/api/v1/risks/" + code + "/signals")
                .then().statusCode(200)
                .body("size()", is(1))
                .body("[0].kind", is("DEPENDENCY_FLAGGED"))
                .body("[0].subjectCode", is("M-T-2"))
                .body("[0].detail", containsString("M-CS-Q3-05 (Initial capital plan and timescale agreed) is expected on 2027-04-30"));
        assertEquals(List.of(RiskSignalReceived.TYPE), TestRisks.outbox(code), "announced once, though delivered twice");
    }
}
