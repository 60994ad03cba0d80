package org.sendreform.risk.escalation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

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

@QuarkusTest
class EscalationResourceTest {

    static final String RDG = TestTokens.user("rdg.member", "rdg-member");
    static final String BOARD = TestTokens.user("board.member", "board-member");
    static final String WHY = "{\"rationale\":\"delivery confidence dropped\"}";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    static String fresh(Category category, String body, RiskStatus status) {
        return TestRisks.fresh(category, body, status, Rag.AMBER);
    }

    static String etag(String code) {
        return given().auth().oauth2(RDG).when().get("/api/v1/risks/" + code).then().statusCode(200).extract().header("ETag");
    }

    static ValidatableResponse post(String token, String path, String ifMatch, String body) {
        var request = given().contentType("application/json").body(body);
        if (token != null) {
            request.auth().oauth2(token);
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.when().post(path).then();
    }

    static ValidatableResponse escalate(String token, String code, String body) {
        return post(token, "/api/v1/risks/" + code + "/escalations", etag(code), body);
    }

    static ValidatableResponse deEscalate(String token, String code, String to) {
        return post(token, "/api/v1/risks/" + code + "/de-escalations", etag(code),
                "{\"toBody\":\"" + to + "\",\"rationale\":\"the workspace holds the mitigations\"}");
    }

    static ValidatableResponse rescore(String code, String residual) {
        return post(RDG, "/api/v1/risks/" + code + "/scores", etag(code), "{\"impact\":\"HIGH\",\"likelihood\":\"HIGH\","
                + "\"assessedRag\":\"RED\",\"residualRag\":\"" + residual + "\",\"rationale\":\"recruitment failed\"}");
    }

    List<JsonObject> events(String code, int atLeast) {
        return Topics.read(bootstrap, "risks.events.v1",
                e -> code.equals(e.key()) && !org.sendreform.risk.register.RiskChanged.TYPE.equals(e.type())
                        && !org.sendreform.risk.register.RiskRescored.TYPE.equals(e.type()), atLeast).stream()
                .map(e -> new JsonObject(e.data()).put("_type", e.type()).put("_subject", e.subject())).toList();
    }

    @Test
    void aManualEscalationMovesOneLevelUpAndIsPublishedOnce() {
        String code = fresh(Category.WORKFORCE, "commissioning-workforce", RiskStatus.OPEN);
        escalate(RDG, code, WHY).statusCode(201)
                .header("Location", containsString("/api/v1/risks/" + code + "/escalations"))
                .body("owningBody", is("rdg")).body("homeBody", is("commissioning-workforce")).body("status", is("ESCALATED"));
        given().auth().oauth2(RDG).when().get("/api/v1/risks/" + code + "/escalations").then().statusCode(200)
                .body("size()", is(1)).body("[0].fromBody", is("commissioning-workforce")).body("[0].toBody", is("rdg"))
                .body("[0].reason", is("MANUAL")).body("[0].rationale", is("delivery confidence dropped"))
                .body("[0].movedBy", is("rdg.member"));
        List<JsonObject> events = events(code, 1);
        assertEquals(1, events.size());
        JsonObject e = events.get(0);
        assertEquals(RiskMoved.ESCALATED, e.getString("_type"));
        assertEquals(code, e.getString("_subject"));
        assertEquals("rdg", e.getString("toBody"));
        assertEquals("MANUAL", e.getString("reason"));
        given().auth().oauth2(RDG).when().get("/api/v1/risks/" + code + "/history").then().statusCode(200)
                .body("action", is(List.of("ESCALATED"))).body("[0].before.owningBody", is("commissioning-workforce"))
                .body("[0].after.owningBody", is("rdg")).body("[0].actor", is("rdg.member"));
        given().auth().oauth2(RDG).when().get("/api/v1/risks/R-404/history").then().statusCode(404);
    }

    @Test
    void aRedResidualRisesThenPersistsOneLevelAtATime() {
        String code = fresh(Category.WORKFORCE, "commissioning-workforce", RiskStatus.OPEN);
        rescore(code, "RED").statusCode(201).body("owningBody", is("rdg")).body("status", is("ESCALATED"));
        rescore(code, "RED").statusCode(201).body("owningBody", is("board"));
        rescore(code, "AMBER").statusCode(201).body("owningBody", is("board"));
        given().auth().oauth2(RDG).when().get("/api/v1/risks/" + code + "/escalations").then().statusCode(200)
                .body("reason", is(List.of("RED_RESIDUAL_RISING", "RED_RESIDUAL_PERSISTING")))
                .body("toBody", is(List.of("rdg", "board")))
                .body("[0].rationale", containsString("recruitment failed"));
        List<JsonObject> events = events(code, 2);
        assertEquals(List.of("rdg", "board"), events.stream().map(e -> e.getString("toBody")).toList());
    }

    @Test
    void aMandatoryCategoryRiskGoesToTheBoardAtItsNextRescoreAndCannotLeaveIt() {
        String code = fresh(Category.SUFFICIENCY, "capital-sufficiency", RiskStatus.OPEN);
        rescore(code, "AMBER").statusCode(201).body("owningBody", is("board")).body("status", is("ESCALATED"));
        given().auth().oauth2(RDG).when().get("/api/v1/risks/" + code + "/escalations").then()
                .body("[0].reason", is("MANDATORY_CATEGORY")).body("[0].fromBody", is("capital-sufficiency"));
        deEscalate(BOARD, code, "rdg").statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", is("toBody")).body("detail", containsString("Board"));
    }

    @Test
    void deEscalationReturnsTheRiskHomeAndReopensIt() {
        String code = fresh(Category.WORKFORCE, "commissioning-workforce", RiskStatus.OPEN);
        escalate(RDG, code, WHY).statusCode(201);
        escalate(RDG, code, WHY).statusCode(201).body("owningBody", is("board"));
        deEscalate(RDG, code, "rdg").statusCode(403).body("detail", containsString("Board"));
        deEscalate(BOARD, code, "capital-sufficiency").statusCode(422).body("errors[0].field", is("toBody"));
        deEscalate(BOARD, code, "hwb").statusCode(422);
        deEscalate(BOARD, code, "rdg").statusCode(201).body("owningBody", is("rdg")).body("status", is("ESCALATED"));
        deEscalate(RDG, code, "commissioning-workforce").statusCode(201)
                .body("owningBody", is("commissioning-workforce")).body("status", is("OPEN"));
        List<JsonObject> events = events(code, 4);
        assertEquals(List.of(RiskMoved.ESCALATED, RiskMoved.ESCALATED, RiskMoved.DE_ESCALATED, RiskMoved.DE_ESCALATED),
                events.stream().map(e -> e.getString("_type")).toList());
    }

    @Test
    void permissions() {
        String code = fresh(Category.DATA, "qa-data-digital", RiskStatus.OPEN);
        post(null, "/api/v1/risks/" + code + "/escalations", null, WHY).statusCode(401).contentType("application/problem+json");
        escalate(TestTokens.user("icb.analyst", "analytics-reader"), code, WHY).statusCode(403);
        escalate(TestTokens.partner("demo-la-send", "coventry-la-send"), code, WHY).statusCode(403);
        escalate(TestTokens.user("pcf.rep"), code, WHY).statusCode(403);
        escalate(TestTokens.user("lead", Map.of("workspace", "capital-sufficiency"), "workspace-lead"), code, WHY)
                .statusCode(403).body("detail", containsString("workspace"));
        deEscalate(TestTokens.user("lead", Map.of("workspace", "qa-data-digital"), "workspace-lead"), code, "qa-data-digital")
                .statusCode(403);
        escalate(TestTokens.user("lead", Map.of("workspace", "qa-data-digital"), "workspace-lead"), code, WHY).statusCode(201);
        post(RDG, "/api/v1/risks/R-404/escalations", "\"0\"", WHY).statusCode(404);
        given().auth().oauth2(RDG).when().get("/api/v1/risks/R-404/escalations").then().statusCode(404);
    }

    @Test
    void badRequestsChangeNothing() {
        String code = fresh(Category.DATA, "qa-data-digital", RiskStatus.OPEN);
        String tag = etag(code);
        post(RDG, "/api/v1/risks/" + code + "/escalations", null, WHY).statusCode(428);
        post(RDG, "/api/v1/risks/" + code + "/escalations", "\"99\"", WHY).statusCode(412);
        post(RDG, "/api/v1/risks/" + code + "/escalations", tag, "{}").statusCode(422).body("errors[0].field", is("rationale"));
        post(RDG, "/api/v1/risks/" + code + "/escalations", tag, "{\"rationale\":\"" + "x".repeat(2001) + "\"}").statusCode(422);
        post(RDG, "/api/v1/risks/" + code + "/escalations", tag, "{\"rationale\":\"x\",\"toBody\":\"board\"}").statusCode(400)
                .body("errors[0].field", is("toBody"));
        post(RDG, "/api/v1/risks/" + code + "/escalations", tag, "not json").statusCode(400);
        post(RDG, "/api/v1/risks/" + code + "/de-escalations", tag, "{\"rationale\":\"x\"}").statusCode(422)
                .body("errors[0].field", is("toBody"));
        post(RDG, "/api/v1/risks/" + code + "/de-escalations", tag, "{\"toBody\":\"qa-data-digital\",\"rationale\":\"x\"}")
                .statusCode(422);
        given().auth().oauth2(RDG).when().get("/api/v1/risks/" + code).then().header("ETag", is(tag)).body("owningBody", is("qa-data-digital"));
        given().auth().oauth2(RDG).when().get("/api/v1/risks/" + code + "/escalations").then().body("size()", is(0));

        String closed = fresh(Category.DATA, "qa-data-digital", RiskStatus.CLOSED);
        escalate(RDG, closed, WHY).statusCode(409);
        String accepted = fresh(Category.DATA, "board", RiskStatus.ACCEPTED);
        escalate(RDG, accepted, WHY).statusCode(409);
        String top = fresh(Category.DATA, "hwb", RiskStatus.OPEN);
        escalate(BOARD, top, WHY).statusCode(409).body("detail", containsString("top"));
    }
}
