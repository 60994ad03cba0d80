package org.sendreform.risk.acceptance;

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
import java.util.concurrent.ThreadLocalRandom;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.sendreform.platform.testing.TestTokens;
import org.sendreform.platform.testing.Topics;
import org.sendreform.risk.TestRisks;
import org.sendreform.risk.register.Category;
import org.sendreform.risk.register.RiskStatus;
import org.sendreform.risk.scoring.Rag;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.vertx.core.json.JsonObject;

/** Consumer test with governance-service's own example decision (docs/events/governance/) over the real broker. */
@QuarkusTest
public class AcceptanceTest {

    static final String RDG = TestTokens.user("rdg.member", "rdg-member");
    static final String PM = TestTokens.user("programme.manager", "programme-manager");
    static final String DECISION = "org.sendreform.governance.decision-recorded.v1";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    /** The Board's example acceptance, naming {@code risk}, recorded by {@code body}; returns its decision id. */
    long decide(String eventId, long decisionId, String body, String risk) throws Exception {
        return decide(bootstrap, eventId, decisionId, body, risk);
    }

    /** Sends governance's decision-recorded event of a decision accepting the risk. */
    public static long decide(String bootstrap, String eventId, long decisionId, String body, String risk) throws Exception {
        String value = Files.readString(Path.of("..", "docs", "events", "governance", "decision-recorded.v1.accept-risk.example.json"))
                .replace("\"R-02\"", "\"" + risk + "\"").replace("\"decisionId\": 42", "\"decisionId\": " + decisionId)
                .replace("\"body\": \"board\"", "\"body\": \"" + body + "\"");
        Topics.send(bootstrap, "governance.events.v1", Long.toString(decisionId), eventId, DECISION, value);
        return decisionId;
    }

    public static long newId() {
        return ThreadLocalRandom.current().nextLong(1_000_000, Long.MAX_VALUE / 2);
    }

    static ValidatableResponse risk(String code) {
        return given().auth().oauth2(RDG).when().get("/api/v1/risks/" + code).then().statusCode(200);
    }

    static ValidatableResponse accept(String token, String code, String ifMatch, String body) {
        var request = given().contentType("application/json").body(body);
        if (token != null) {
            request.auth().oauth2(token);
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.when().post("/api/v1/risks/" + code + "/acceptance").then();
    }

    static String etag(String code) {
        return risk(code).extract().header("ETag");
    }

    @Test
    void aBoardDecisionAcceptsTheRisksItNamesOnceCitingItsId() throws Exception {
        String code = TestRisks.fresh(Category.SUFFICIENCY, "board", RiskStatus.ESCALATED, Rag.AMBER);
        String event = UUID.randomUUID().toString();
        long decision = decide(event, newId(), "board", code);
        decide(event, decision, "board", code);
        await().atMost(Duration.ofSeconds(20)).until(() -> "ACCEPTED".equals(risk(code).extract().path("status")));
        Thread.sleep(1_000);
        risk(code).body("acceptedByDecision", is(decision)).body("acceptedOn", is("2026-11-20"));
        given().auth().oauth2(RDG).when().get("/api/v1/risks/" + code + "/history").then().statusCode(200)
                .body("action", is(List.of("ACCEPTED")))
                .body("[0].actor", is("board.secretary (via governance-service)"))
                .body("[0].client", is("governance-service"));
        List<Topics.Event> events = Topics.read(bootstrap, "risks.events.v1", e -> code.equals(e.key()) && RiskAccepted.TYPE.equals(e.type()), 1);
        assertEquals(1, events.size());
        assertEquals(RiskAccepted.TYPE, events.get(0).type());
        assertEquals(decision, new JsonObject(events.get(0).data()).getLong("decisionId"));
    }

    @Test
    void onlyTheBoardAcceptsSystemRisk() throws Exception {
        String code = TestRisks.fresh(Category.WORKFORCE, "rdg", RiskStatus.ESCALATED, Rag.AMBER);
        long rdgDecision = decide(UUID.randomUUID().toString(), newId(), "rdg", code);
        String control = TestRisks.fresh(Category.WORKFORCE, "rdg", RiskStatus.ESCALATED, Rag.AMBER);
        decide(UUID.randomUUID().toString(), newId(), "board", control);
        await().atMost(Duration.ofSeconds(20)).until(() -> "ACCEPTED".equals(risk(control).extract().path("status")));
        risk(code).body("status", is("ESCALATED")).body("acceptedByDecision", nullValue());
        accept(PM, code, etag(code), "{\"decisionId\":" + rdgDecision + "}").statusCode(422).body("errors[0].field", is("decisionId"));
    }

    @Test
    void aDecisionThatArrivedBeforeTheRiskIsAppliedThroughTheApiAndNothingElseIs() throws Exception {
        String code = "T-" + UUID.randomUUID().toString().substring(0, 8);
        long decision = decide(UUID.randomUUID().toString(), newId(), "board", code);
        String control = TestRisks.fresh(Category.WORKFORCE, "board", RiskStatus.OPEN, Rag.AMBER);
        decide(UUID.randomUUID().toString(), newId(), "board", control);
        await().atMost(Duration.ofSeconds(20)).until(() -> "ACCEPTED".equals(risk(control).extract().path("status")));
        String late = TestRisks.fresh(Category.WORKFORCE, "board", RiskStatus.OPEN, Rag.AMBER, code);

        accept(null, late, etag(late), "{\"decisionId\":" + decision + "}").statusCode(401);
        accept(RDG, late, etag(late), "{\"decisionId\":" + decision + "}").statusCode(403);
        accept(TestTokens.user("icb.analyst", "analytics-reader"), late, etag(late), "{\"decisionId\":" + decision + "}").statusCode(403);
        accept(TestTokens.partner("demo-la-send", "coventry-la-send"), late, etag(late), "{\"decisionId\":" + decision + "}").statusCode(403);
        accept(PM, "R-404", "\"0\"", "{\"decisionId\":" + decision + "}").statusCode(404);
        accept(PM, late, null, "{\"decisionId\":" + decision + "}").statusCode(428);
        accept(PM, late, "\"99\"", "{\"decisionId\":" + decision + "}").statusCode(412);
        accept(PM, late, etag(late), "{}").statusCode(422).body("errors[0].field", is("decisionId"))
                .body("detail", containsString("Board decision"));
        accept(PM, late, etag(late), "{\"decisionId\":" + (decision + 1) + "}").statusCode(422).body("errors[0].field", is("decisionId"));
        accept(PM, late, etag(late), "{\"decisionId\":\"soon\"}").statusCode(400);
        risk(late).body("status", is("OPEN"));

        accept(PM, late, etag(late), "{\"decisionId\":" + decision + "}").statusCode(201)
                .body("status", is("ACCEPTED")).body("acceptedByDecision", is(decision));
        accept(PM, late, etag(late), "{\"decisionId\":" + decision + "}").statusCode(409);
        given().auth().oauth2(RDG).when().get("/api/v1/risks/" + late + "/history").then()
                .body("action", is(List.of("ACCEPTED"))).body("[0].actor", is("programme.manager"));
    }
}
