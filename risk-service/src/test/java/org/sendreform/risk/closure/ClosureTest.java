package org.sendreform.risk.closure;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.sendreform.platform.testing.TestTokens;
import org.sendreform.platform.testing.Topics;
import org.sendreform.risk.TestRisks;
import org.sendreform.risk.event.EventSchemas;
import org.sendreform.risk.register.Category;
import org.sendreform.risk.register.RiskChanged;
import org.sendreform.risk.register.RiskStatus;
import org.sendreform.risk.scoring.Rag;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.vertx.core.json.JsonObject;

@QuarkusTest
class ClosureTest {

    static final String PM = TestTokens.user("programme.manager", "programme-manager");
    static final String RDG = TestTokens.user("rdg.member", "rdg-member");
    static final String WORKSPACE = "commissioning-workforce";
    static final String REASON = "{\"rationale\": \"The workforce plan is in place and recruitment is at establishment\"}";
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    static String fresh(RiskStatus status) {
        return TestRisks.fresh(Category.WORKFORCE, WORKSPACE, status, Rag.AMBER);
    }

    static ValidatableResponse close(String token, String code, String ifMatch, String body) {
        var request = given().contentType("application/json").body(body);
        if (token != null) {
            request.auth().oauth2(token);
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.when().post("/api/v1/risks/" + code + "/closure").then();
    }

    /** Nothing was stored: the risk is as it was, with no history and no closure event. */
    void unchanged(String code, String status) {
        given().auth().oauth2(RDG).when().get("/api/v1/risks/" + code).then().statusCode(200).header("ETag", is("\"0\""))
                .body("status", is(status)).body("closedOn", nullValue()).body("closedBy", nullValue());
        given().auth().oauth2(RDG).when().get("/api/v1/risks/" + code + "/history").then().body("size()", is(0));
    }

    @Test
    void aClosedRiskRecordsWhenWhoAndWhyAndIsAnnounced() {
        String code = fresh(RiskStatus.OPEN);
        close(PM, code, "\"0\"", REASON).statusCode(200).contentType("application/json").header("ETag", is("\"1\""))
                .body("status", is("CLOSED")).body("closedOn", is(TODAY.toString())).body("closedBy", is("programme.manager"))
                .body("closureRationale", containsString("recruitment is at establishment")).body("owningBody", is(WORKSPACE));
        given().auth().oauth2(RDG).when().get("/api/v1/risks/" + code + "/history").then()
                .body("action", is(List.of("CLOSED"))).body("[0].actor", is("programme.manager"))
                .body("[0].before.status", is("OPEN")).body("[0].after.status", is("CLOSED"))
                .body("[0].after.closedOn", is(TODAY.toString()));
        List<Topics.Event> events = Topics.read(bootstrap, "risks.events.v1", e -> code.equals(e.key()), 2);
        assertEquals(List.of(RiskClosed.TYPE, RiskChanged.TYPE), events.stream().map(Topics.Event::type).toList());
        JsonObject closed = new JsonObject(events.get(0).data());
        assertEquals("OPEN", closed.getString("statusBefore"));
        assertEquals("programme.manager", closed.getString("closedBy"));
        assertEquals(TODAY.toString(), closed.getString("closedOn"));
        assertEquals(1, closed.getInteger("version"));
        assertEquals("CLOSED", new JsonObject(events.get(1).data()).getString("status"));
        assertEquals(List.of(), EventSchemas.problems("risk-closed.v1.schema.json", events.get(0).data()), "the real event fits its schema");
        assertEquals(List.of(), EventSchemas.problems("risk-changed.v1.schema.json", events.get(1).data()));

        // closed once only, and nothing re-opens it
        close(PM, code, "\"1\"", REASON).statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("closed on " + TODAY));
        given().auth().oauth2(PM).contentType("application/merge-patch+json").header("If-Match", "\"1\"").body("{\"title\": \"again\"}")
                .when().patch("/api/v1/risks/" + code).then().statusCode(409);
        given().auth().oauth2(PM).contentType("application/merge-patch+json").header("If-Match", "\"1\"")
                .body("{\"status\": \"OPEN\"}").when().patch("/api/v1/risks/" + code).then().statusCode(409);
        given().auth().oauth2(RDG).when().get("/api/v1/risks/" + code + "/history").then().body("size()", is(1));
        given().auth().oauth2(RDG).queryParam("body", WORKSPACE).when().get("/api/v1/risks/heat-map").then()
                .body("residual.bands.risks.flatten()", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(code)));
    }

    @Test
    void acceptedAndEscalatedRisksCanBeClosed() {
        String accepted = fresh(RiskStatus.ACCEPTED);
        close(RDG, accepted, "\"0\"", REASON).statusCode(200).body("status", is("CLOSED")).body("closedBy", is("rdg.member"));
        List<Topics.Event> events = Topics.read(bootstrap, "risks.events.v1", e -> accepted.equals(e.key()) && RiskClosed.TYPE.equals(e.type()), 1);
        assertEquals("ACCEPTED", new JsonObject(events.get(0).data()).getString("statusBefore"));
        String escalated = fresh(RiskStatus.ESCALATED);
        close(TestTokens.user("admin", "admin"), escalated, "\"0\"", REASON).statusCode(200).body("status", is("CLOSED"));
    }

    @Test
    void whoMayCloseARisk() {
        String code = fresh(RiskStatus.OPEN);
        close(null, code, "\"0\"", REASON).statusCode(401).contentType("application/problem+json");
        close(TestTokens.user("icb.analyst", "analytics-reader"), code, "\"0\"", REASON).statusCode(403).contentType("application/problem+json");
        close(TestTokens.partner("la-case-system", "coventry-city-council"), code, "\"0\"", REASON).statusCode(403);
        close(TestTokens.user("board.member", "board-member"), code, "\"0\"", REASON).statusCode(403);
        close(TestTokens.user("lead", Map.of("workspace", "capital-sufficiency"), "workspace-lead"), code, "\"0\"", REASON).statusCode(403)
                .body("detail", containsString("workspace"));
        unchanged(code, "OPEN");
        close(TestTokens.user("workforce.lead", Map.of("workspace", WORKSPACE), "workspace-lead"), code, "\"0\"", REASON).statusCode(200)
                .body("closedBy", is("workforce.lead"));
    }

    @Test
    void refusalsNameTheProblemAndStoreNothing() {
        String code = fresh(RiskStatus.OPEN);
        close(PM, "R-404", "\"0\"", REASON).statusCode(404).contentType("application/problem+json");
        close(PM, code, null, REASON).statusCode(428).contentType("application/problem+json");
        close(PM, code, "\"7\"", REASON).statusCode(412).contentType("application/problem+json");
        close(PM, code, "\"0\"", "{}").statusCode(422).contentType("application/problem+json").body("errors[0].field", is("rationale"));
        close(PM, code, "\"0\"", "{\"rationale\": \"  \"}").statusCode(422).body("errors[0].field", is("rationale"));
        close(PM, code, "\"0\"", "{\"rationale\": \"" + "x".repeat(2001) + "\"}").statusCode(422).body("errors[0].field", is("rationale"));
        close(PM, code, "\"0\"", "{\"rationale\": \"done\", \"closedOn\": \"2026-01-01\"}").statusCode(400)
                .body("errors[0].field", is("closedOn"));
        // the closure fields are not edited either
        given().auth().oauth2(PM).contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body("{\"closedOn\": \"2026-01-01\", \"closedBy\": \"x\", \"closureRationale\": \"y\"}").when()
                .patch("/api/v1/risks/" + code).then().statusCode(422)
                .body("errors.field", org.hamcrest.Matchers.hasItems("closedOn", "closedBy", "closureRationale"));
        unchanged(code, "OPEN");
        assertEquals(List.of(), TestRisks.outbox(code), "no event for a refusal");
    }
}
