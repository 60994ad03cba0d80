package org.sendreform.risk.register;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.sendreform.platform.testing.TestTokens;
import org.sendreform.platform.testing.Topics;
import org.sendreform.risk.escalation.RiskMoved;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** POST /api/v1/risks: raising a risk with its first scoring, the mandatory-escalation rule, and what is refused. */
@QuarkusTest
class RaiseRiskTest {

    static final String PM = TestTokens.user("programme.manager", "programme-manager");
    static final String RDG = TestTokens.user("rdg.member", "rdg-member");
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    static String newCode() {
        return "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** A valid new risk (High × Medium, assessed Amber: the matrix says Red) owned by the workspace given. */
    static JsonObject risk(String code, String category, String body) {
        return new JsonObject().put("code", code).put("title", "Specialist Base staffing not ready")
                .put("description", "Staff for the new bases are not recruited in time").put("cause", "late recruitment")
                .put("event", "bases open short-staffed").put("effect", "places held back").put("category", category)
                .put("owner", "Head of SEND Sufficiency").put("owningBody", body).put("impact", "high").put("likelihood", "MEDIUM")
                .put("assessedRag", "AMBER").put("residualRag", "AMBER_GREEN").put("targetRag", "GREEN")
                .put("milestones", new JsonArray().add("M-CS-Q2-02")).put("measures", new JsonArray().add("PLACES-SB"))
                .put("dependencies", new JsonArray().add("D-05").add("D-02"));
    }

    static ValidatableResponse raise(String token, JsonObject body) {
        var request = given().contentType("application/json").body(body.encode());
        if (token != null) {
            request.auth().oauth2(token);
        }
        return request.when().post("/api/v1/risks").then();
    }

    List<Topics.Event> events(String code, int atLeast) {
        return Topics.read(bootstrap, "risks.events.v1", e -> code.equals(e.key()), atLeast);
    }

    @Test
    void aRiskIsRaisedWithItsFirstScoringKeptAsEnteredAndAnnounced() {
        String code = newCode();
        String tag = raise(PM, risk(code, "WORKFORCE", "capital-sufficiency")).statusCode(201)
                .header("Location", endsWith("/api/v1/risks/" + code))
                .body("code", is(code)).body("status", is("OPEN")).body("owningBody", is("capital-sufficiency"))
                .body("homeBody", is("capital-sufficiency")).body("mandatoryBoardEscalation", is(false))
                .body("inherent.impact", is("HIGH")).body("inherent.assessedRag", is("AMBER")).body("inherent.matrixRag", is("RED"))
                .body("inherent.departsFromMatrix", is(true)).body("residualRag", is("AMBER_GREEN"))
                .body("milestones", is(List.of("M-CS-Q2-02"))).body("measures", is(List.of("PLACES-SB")))
                .body("dependencies", is(List.of("D-02", "D-05")))
                .body("reviewFrequency", is("TWO_MONTHLY")).body("reviewFrequencyFixed", is(false))
                .body("lastReviewedOn", nullValue()).body("nextReviewDate", is(TODAY.plusMonths(2).toString()))
                .extract().header("ETag");
        given().auth().oauth2(RDG).when().get("/api/v1/risks/" + code).then().statusCode(200).header("ETag", is(tag));
        given().auth().oauth2(RDG).when().get("/api/v1/risks/" + code + "/scores").then().statusCode(200)
                .body("size()", is(1)).body("[0].scoredBy", is("programme.manager")).body("[0].matrixRag", is("RED"))
                .body("[0].departsFromMatrix", is(true));
        given().auth().oauth2(RDG).when().get("/api/v1/risks/" + code + "/history").then().statusCode(200)
                .body("action", is(List.of("RAISED"))).body("[0].actor", is("programme.manager")).body("[0].before", nullValue());
        List<Topics.Event> events = events(code, 2);
        assertEquals(List.of(RiskRaised.TYPE, RiskChanged.TYPE), events.stream().map(Topics.Event::type).toList());
        JsonObject raised = new JsonObject(events.get(0).data());
        assertEquals("capital-sufficiency", raised.getString("owningBody"));
        assertEquals("RED", raised.getString("matrixRag"));
        assertEquals("programme.manager", raised.getString("raisedBy"));
        assertEquals(code, events.get(0).subject());
        JsonObject changed = new JsonObject(events.get(1).data());
        assertEquals(tag, "\"" + changed.getLong("version") + "\"");
        // risk-changed.v1 keeps its first contract: the review dates are the API's, not the event's
        assertEquals(false, changed.containsKey("nextReviewDate"));
    }

    @Test
    void aMandatoryCategoryRiskRaisedInAWorkspaceGoesStraightToTheBoard() {
        String code = newCode();
        raise(PM, risk(code, "SUFFICIENCY", "capital-sufficiency")).statusCode(201)
                .body("owningBody", is("board")).body("homeBody", is("capital-sufficiency")).body("status", is("ESCALATED"))
                .body("mandatoryBoardEscalation", is(true));
        given().auth().oauth2(RDG).when().get("/api/v1/risks/" + code + "/escalations").then().statusCode(200)
                .body("size()", is(1)).body("[0].reason", is("MANDATORY_CATEGORY")).body("[0].toBody", is("board"))
                .body("[0].rationale", containsString("Raised with capital-sufficiency"));
        given().auth().oauth2(RDG).when().get("/api/v1/risks/" + code + "/history").then()
                .body("action", is(List.of("RAISED", "ESCALATED")));
        List<Topics.Event> events = events(code, 3);
        assertEquals(List.of(RiskRaised.TYPE, RiskMoved.ESCALATED, RiskChanged.TYPE), events.stream().map(Topics.Event::type).toList());
        assertEquals("board", new JsonObject(events.get(1).data()).getString("toBody"));
        assertEquals("board", new JsonObject(events.get(2).data()).getString("owningBody"));

        String atBoard = newCode();
        raise(RDG, risk(atBoard, "PARTNERSHIP_FAILURE", "board")).statusCode(201).body("owningBody", is("board")).body("status", is("OPEN"));
        given().auth().oauth2(RDG).when().get("/api/v1/risks/" + atBoard + "/escalations").then().body("size()", is(0));
    }

    @Test
    void aFixedReviewFrequencyAndTheFiveByFiveScale() {
        String code = newCode();
        raise(PM, risk(code, "DATA", "qa-data-digital").put("reviewFrequency", "MONTHLY").put("scale", "FIVE_BY_FIVE")
                .put("impact", "4").put("likelihood", "2").put("assessedRag", "AMBER").putNull("residualRag")
                .putNull("milestones").put("dependencies", new JsonArray()))
                .statusCode(201).body("inherent.score", is(8)).body("inherent.matrixRag", is("AMBER"))
                .body("inherent.departsFromMatrix", is(false)).body("reviewFrequency", is("MONTHLY")).body("reviewFrequencyFixed", is(true))
                .body("nextReviewDate", is(TODAY.plusMonths(1).toString())).body("milestones", is(List.of())).body("residualRag", nullValue());
    }

    @Test
    void aCodeIsRaisedOnce() {
        String code = newCode();
        raise(PM, risk(code, "DATA", "qa-data-digital")).statusCode(201);
        raise(PM, risk(code, "CAPITAL", "capital-sufficiency").put("title", "another")).statusCode(409)
                .contentType("application/problem+json").body("detail", containsString(code));
        raise(PM, risk("R-01", "DATA", "qa-data-digital")).statusCode(409);
        given().auth().oauth2(RDG).when().get("/api/v1/risks/" + code).then().body("category", is("DATA"));
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndNothingIsStored() {
        String code = newCode();
        expect422(risk(code, "DATA", "qa-data-digital").putNull("title"), "title");
        JsonObject noTitle = risk(code, "DATA", "qa-data-digital");
        noTitle.remove("title");
        expect422(noTitle, "title");
        expect422(risk(code, "DATA", "qa-data-digital").put("code", "r 9"), "code");
        expect422(risk(code, "DATA", "qa-data-digital").putNull("category"), "category");
        expect422(risk(code, "DATA", "qa-data-digital").put("impact", "HUGE"), "impact");
        expect422(risk(code, "DATA", "qa-data-digital").put("scale", "FIVE_BY_FIVE"), "impact");
        expect422(risk(code, "DATA", "qa-data-digital").put("assessedRag", "AMBER_GREEN"), "assessedRag");
        expect422(risk(code, "DATA", "qa-data-digital").putNull("assessedRag"), "assessedRag");
        expect422(risk(code, "DATA", "qa-data-digital").put("owningBody", "hwb"), "owningBody");
        expect422(risk(code, "DATA", "qa-data-digital").put("owningBody", "Board Room"), "owningBody");
        expect422(risk(code, "DATA", "qa-data-digital").put("dependencies", new JsonArray().add("D-05").add("D-99")), "dependencies[1]");
        expect422(risk(code, "DATA", "qa-data-digital").put("milestones", new JsonArray().add("M-1").add("M-1")), "milestones[1]");
        expect422(risk(code, "DATA", "qa-data-digital").put("measures", new JsonArray().add("not a code")), "measures[0]");
        expect422(risk(code, "DATA", "qa-data-digital").put("description", "x".repeat(4001)), "description");
        raise(PM, risk(code, "DATA", "qa-data-digital").put("assessedRag", "PURPLE")).statusCode(400).body("errors[0].field", is("assessedRag"));
        raise(PM, risk(code, "DATA", "qa-data-digital").put("status", "CLOSED")).statusCode(400).body("errors[0].field", is("status"));
        raise(PM, risk(code, "DATA", "qa-data-digital").put("matrixRag", "GREEN")).statusCode(400).body("errors[0].field", is("matrixRag"));
        given().auth().oauth2(PM).contentType("application/json").body("not json").when().post("/api/v1/risks").then().statusCode(400);
        given().auth().oauth2(RDG).when().get("/api/v1/risks/" + code).then().statusCode(404);
        assertEquals(List.of(), events(code, 0));
    }

    static void expect422(JsonObject body, String field) {
        raise(PM, body).statusCode(422).contentType("application/problem+json")
                .body("type", is("https://sendreform.org/problems/validation")).body("errors.field", hasItem(field));
    }

    @Test
    void whoMayRaiseARisk() {
        String code = newCode();
        raise(null, risk(code, "DATA", "qa-data-digital")).statusCode(401).contentType("application/problem+json");
        raise(TestTokens.user("icb.analyst", "analytics-reader"), risk(code, "DATA", "qa-data-digital")).statusCode(403);
        raise(TestTokens.user("board.member", "board-member"), risk(code, "DATA", "qa-data-digital")).statusCode(403);
        raise(TestTokens.partner("demo-la-send", "coventry-la-send"), risk(code, "DATA", "qa-data-digital")).statusCode(403);
        String lead = TestTokens.user("lead", Map.of("workspace", "capital-sufficiency"), "workspace-lead");
        raise(lead, risk(code, "DATA", "qa-data-digital")).statusCode(403).body("detail", containsString("workspace"));
        raise(lead, risk(code, "DATA", "rdg")).statusCode(403);
        given().auth().oauth2(RDG).when().get("/api/v1/risks/" + code).then().statusCode(404);
        raise(lead, risk(code, "CAPITAL", "capital-sufficiency")).statusCode(201).body("owningBody", is("capital-sufficiency"));
        raise(TestTokens.user("admin", "admin"), risk(newCode(), "DATA", "rdg")).statusCode(201);
    }
}
