package org.sendreform.governance.escalation;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.sendreform.platform.testing.TestTokens;
import org.sendreform.platform.testing.Topics;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * Consumer test with risk-service's own example events (docs/events/risks/) over the real Kafka broker, then
 * the escalation's life through the API: answered by a decision of its body, escalated further, closed.
 */
@QuarkusTest
public class EscalationTest {

    public static final String SECRETARY = TestTokens.user("board.secretary", "board-secretary");
    public static final String RDG = TestTokens.user("rdg.member", "rdg-member");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    /** risk-service's example, about a fresh risk, moved to {@code to}; returns the risk code. */
    static String riskMoved(String bootstrap, String example, String type, String eventId, String risk, String from, String to) throws Exception {
        String value = Files.readString(Path.of("..", "docs", "events", "risks", example))
                .replace("\"R-06\"", "\"" + risk + "\"")
                .replaceFirst("\"fromBody\": \"[a-z-]+\"", "\"fromBody\": \"" + from + "\"")
                .replaceFirst("\"toBody\": \"[a-z-]+\"", "\"toBody\": \"" + to + "\"");
        Topics.send(bootstrap, "risks.events.v1", risk, eventId, type, value);
        return risk;
    }

    /** The risk escalated from {@code from} to {@code to} by risk-service's example event: the escalation's id once raised. */
    public static long raised(String bootstrap, String risk, String from, String to) throws Exception {
        riskMoved(bootstrap, "risk-escalated.v1.example.json", RiskEscalationInbox.ESCALATED, UUID.randomUUID().toString(), risk, from, to);
        await().atMost(Duration.ofSeconds(20)).until(() -> count(risk) == 1);
        return ((Number) escalationsOf(risk).extract().path("items[0].id")).longValue();
    }

    static ValidatableResponse escalationsOf(String risk) {
        return given().auth().oauth2(RDG).queryParam("risk", risk).when().get("/api/v1/escalations").then().statusCode(200);
    }

    static int count(String risk) {
        return escalationsOf(risk).extract().path("total");
    }

    public static String fresh() {
        return "T-R-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static ValidatableResponse close(String token, long id, String ifMatch, String body) {
        var request = given().auth().oauth2(token).contentType("application/json").body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.when().post("/api/v1/escalations/" + id + "/closure").then();
    }

    public static String etag(long id) {
        return given().auth().oauth2(RDG).when().get("/api/v1/escalations/" + id).then().statusCode(200).extract().header("ETag");
    }

    @Test
    void anEscalatedRiskIsBeforeItsNewBodyOnceAndAReturnWithdrawsIt() throws Exception {
        String risk = fresh();
        String event = UUID.randomUUID().toString();
        riskMoved(bootstrap, "risk-escalated.v1.example.json", RiskEscalationInbox.ESCALATED, event, risk, "commissioning-workforce", "rdg");
        riskMoved(bootstrap, "risk-escalated.v1.example.json", RiskEscalationInbox.ESCALATED, event, risk, "commissioning-workforce", "rdg");
        await().atMost(Duration.ofSeconds(20)).until(() -> count(risk) >= 1);
        Thread.sleep(1_000);
        escalationsOf(risk).body("total", is(1))
                .body("items[0].body", is("rdg")).body("items[0].fromBody", is("commissioning-workforce"))
                .body("items[0].source", is("RISK")).body("items[0].status", is("OPEN"))
                .body("items[0].reason", is("RED_RESIDUAL_RISING")).body("items[0].daysOpen", is(0))
                .body("items[0].raisedBy", is("workspace.lead (via risk-service)"))
                .body("items[0].title", containsString("Recruiting"));
        riskMoved(bootstrap, "risk-de-escalated.v1.example.json", RiskEscalationInbox.DE_ESCALATED, UUID.randomUUID().toString(), risk, "rdg",
                "commissioning-workforce");
        await().atMost(Duration.ofSeconds(20)).until(() -> "WITHDRAWN".equals(escalationsOf(risk).extract().path("items[0].status")));
        long id = ((Number) escalationsOf(risk).extract().path("items[0].id")).longValue();
        given().auth().oauth2(RDG).when().get("/api/v1/escalations/" + id + "/history").then().statusCode(200)
                .body("action", is(List.of("RAISED", "WITHDRAWN")));
    }

    @Test
    void theBoardAnswersAnEscalationByDecisionThenClosesIt() throws Exception {
        String risk = fresh();
        long id = raised(bootstrap, risk, "rdg", "board");

        close(SECRETARY, id, etag(id), "{\"note\":\"too early\"}").statusCode(409).body("detail", containsString("answer it"));
        String answer = "{\"body\":\"board\",\"type\":\"DIRECT_RDG\",\"statement\":\"RDG to bring a workforce recovery plan\","
                + "\"answersEscalation\":" + id + "}";
        given().auth().oauth2(RDG).contentType("application/json").body(answer.replace("\"board\"", "\"rdg\"").replace("DIRECT_RDG", "OPERATIONAL"))
                .when().post("/api/v1/decisions").then().statusCode(422).body("errors[0].field", is("answersEscalation"));
        int decision = given().auth().oauth2(SECRETARY).contentType("application/json").body(answer)
                .when().post("/api/v1/decisions").then().statusCode(201).body("answersEscalation", is((int) id)).extract().path("id");
        given().auth().oauth2(RDG).when().get("/api/v1/escalations/" + id).then().statusCode(200)
                .body("status", is("ANSWERED")).body("answeredBy", is(decision)).body("continuedAs", nullValue());
        given().auth().oauth2(SECRETARY).contentType("application/json").body(answer)
                .when().post("/api/v1/decisions").then().statusCode(409);

        close(RDG, id, etag(id), "{\"note\":\"done\"}").statusCode(403);
        close(SECRETARY, id, null, "{\"note\":\"done\"}").statusCode(428);
        close(SECRETARY, id, "\"99\"", "{\"note\":\"done\"}").statusCode(412);
        close(SECRETARY, id, etag(id), "{}").statusCode(422).body("errors[0].field", is("note"));
        close(SECRETARY, id, etag(id), "{\"note\":\"recovery plan received\"}").statusCode(200)
                .body("status", is("CLOSED")).body("closingNote", is("recovery plan received"));
        close(SECRETARY, id, etag(id), "{\"note\":\"again\"}").statusCode(409);
        close(SECRETARY, 999999999L, "\"0\"", "{\"note\":\"x\"}").statusCode(404);
        given().contentType("application/json").body("{\"note\":\"x\"}").when().post("/api/v1/escalations/" + id + "/closure").then().statusCode(401);
        given().auth().oauth2(RDG).when().get("/api/v1/escalations/" + id + "/history").then().statusCode(200)
                .body("action", is(List.of("RAISED", "ANSWERED", "CLOSED")))
                .body("[1].actor", is("board.secretary"));
    }

    @Test
    void anEscalateDecisionCarriesTheEscalationToTheBodyAbove() throws Exception {
        String risk = fresh();
        long id = raised(bootstrap, risk, "rdg", "board");
        given().auth().oauth2(SECRETARY).contentType("application/json")
                .body("{\"body\":\"board\",\"type\":\"ESCALATE\",\"statement\":\"Workforce supply needs the HWB's system leadership\","
                        + "\"answersEscalation\":" + id + "}")
                .when().post("/api/v1/decisions").then().statusCode(201);
        escalationsOf(risk).body("total", is(2))
                .body("items[0].status", is("ANSWERED"))
                .body("items[1].body", is("hwb")).body("items[1].fromBody", is("board")).body("items[1].source", is("BODY"))
                .body("items[1].status", is("OPEN")).body("items[1].rationale", containsString("HWB"))
                .body("items[0].continuedAs", is(((Number) escalationsOf(risk).extract().path("items[1].id")).intValue()));
        given().auth().oauth2(RDG).queryParam("body", "hwb").queryParam("status", "OPEN").when().get("/api/v1/escalations")
                .then().statusCode(200).body("items.riskCode", org.hamcrest.Matchers.hasItem(risk));

        // each step is announced once: raised before the Board, raised again before the HWB, answered (the keys
        // differ, so their partitions may too: no order across them)
        long next = ((Number) escalationsOf(risk).extract().path("items[1].id")).longValue();
        List<Topics.Event> events = Topics.read(bootstrap, "governance.events.v1",
                e -> (e.key().equals(Long.toString(id)) || e.key().equals(Long.toString(next)))
                        && e.type().startsWith("org.sendreform.governance.escalation-"), 3);
        assertEquals(List.of(EscalationAnswered.TYPE, EscalationRaised.TYPE, EscalationRaised.TYPE),
                events.stream().map(Topics.Event::type).sorted().toList());
        io.vertx.core.json.JsonObject answered = new io.vertx.core.json.JsonObject(events.stream()
                .filter(e -> e.type().equals(EscalationAnswered.TYPE)).findFirst().orElseThrow().data());
        assertEquals(next, answered.getLong("continuedAs"));
        assertEquals(risk, answered.getString("riskCode"));
        io.vertx.core.json.JsonObject raisedAtHwb = new io.vertx.core.json.JsonObject(events.stream()
                .filter(e -> e.key().equals(Long.toString(next))).findFirst().orElseThrow().data());
        assertEquals("hwb", raisedAtHwb.getString("body"));
        assertEquals("BODY", raisedAtHwb.getString("source"));
        given().auth().oauth2(RDG).queryParam("status", "SHUT").when().get("/api/v1/escalations").then().statusCode(400);
        given().auth().oauth2(RDG).when().get("/api/v1/escalations/999999999").then().statusCode(404);
    }

    @Test
    void aRiskEscalatedToABodyThePartnershipDoesNotHaveRaisesNothing() throws Exception {
        String risk = fresh();
        riskMoved(bootstrap, "risk-escalated.v1.example.json", RiskEscalationInbox.ESCALATED, UUID.randomUUID().toString(), risk, "rdg", "nowhere");
        String control = fresh();
        riskMoved(bootstrap, "risk-escalated.v1.example.json", RiskEscalationInbox.ESCALATED, UUID.randomUUID().toString(), control, "rdg", "board");
        await().atMost(Duration.ofSeconds(20)).until(() -> count(control) == 1); // same partition and consumer: the first was read
        escalationsOf(risk).body("total", is(0));
    }
}
