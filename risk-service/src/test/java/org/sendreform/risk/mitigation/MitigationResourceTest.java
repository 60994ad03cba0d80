package org.sendreform.risk.mitigation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
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
import org.sendreform.risk.TestRisks;
import org.sendreform.risk.register.Category;
import org.sendreform.risk.register.RiskChanged;
import org.sendreform.risk.register.RiskStatus;
import org.sendreform.risk.scoring.Rag;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.vertx.core.json.JsonObject;

@QuarkusTest
class MitigationResourceTest {

    static final String PM = TestTokens.user("programme.manager", "programme-manager");
    static final String RDG = TestTokens.user("rdg.member", "rdg-member");
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));
    static final String ACTION = "{\"action\": \"Joint recruitment campaign\", \"owner\": \"Workforce lead\", \"dueDate\": \""
            + TODAY.plusMonths(2) + "\"}";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    static String fresh(String body) {
        return TestRisks.fresh(Category.WORKFORCE, body, RiskStatus.OPEN, Rag.AMBER);
    }

    static String riskTag(String code) {
        return given().auth().oauth2(RDG).when().get("/api/v1/risks/" + code).then().statusCode(200).extract().header("ETag");
    }

    static ValidatableResponse add(String token, String code, String body) {
        var request = given().contentType("application/json").body(body);
        if (token != null) {
            request.auth().oauth2(token);
        }
        return request.when().post("/api/v1/risks/" + code + "/mitigations").then();
    }

    static ValidatableResponse patch(String token, String code, long id, String ifMatch, String body) {
        var request = given().contentType("application/merge-patch+json").body(body);
        if (token != null) {
            request.auth().oauth2(token);
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.when().patch("/api/v1/risks/" + code + "/mitigations/" + id).then();
    }

    static long addOne(String code) {
        return add(PM, code, ACTION).statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void theSeededMitigationsAreListedInThePlansOrder() {
        given().auth().oauth2(RDG).when().get("/api/v1/risks/R-05/mitigations").then().statusCode(200)
                .body("size()", is(4)).body("position", is(List.of(1, 2, 3, 4)))
                .body("[0].owner", is("Capital and Sufficiency Workspace")).body("[0].status", is("OPEN"))
                .body("[0].dueDate", nullValue());
        given().auth().oauth2(RDG).when().get("/api/v1/risks/R-404/mitigations").then().statusCode(404);
    }

    @Test
    void aMitigationIsAddedLastAndTheRisksVersionMoves() {
        String code = fresh("commissioning-workforce");
        String before = riskTag(code);
        add(RDG, code, "{\"action\": \"first\"}").statusCode(201).body("position", is(1)).body("status", is("OPEN"));
        var added = add(PM, code, ACTION).statusCode(201)
                .header("Location", containsString("/api/v1/risks/" + code + "/mitigations/")).header("ETag", is("\"0\""))
                .body("position", is(2)).body("action", is("Joint recruitment campaign")).body("owner", is("Workforce lead"))
                .body("dueDate", is(TODAY.plusMonths(2).toString())).body("completedOn", nullValue()).body("version", is(0))
                .extract();
        long id = added.jsonPath().getLong("id");
        assertEquals(true, added.header("Location").endsWith("/api/v1/risks/" + code + "/mitigations/" + id));
        String after = riskTag(code);
        assertEquals(false, before.equals(after));
        given().auth().oauth2(RDG).when().get("/api/v1/risks/" + code).then().body("mitigations.action", is(List.of("first",
                "Joint recruitment campaign")));
        given().auth().oauth2(RDG).when().get("/api/v1/risks/" + code + "/mitigations/" + id).then().statusCode(200)
                .header("ETag", is("\"0\"")).body("id", is((int) id));
        given().auth().oauth2(RDG).header("If-None-Match", "\"0\"").when().get("/api/v1/risks/" + code + "/mitigations/" + id)
                .then().statusCode(304);
        given().auth().oauth2(RDG).when().get("/api/v1/risks/" + code + "/history").then()
                .body("action", is(List.of("MITIGATION_ADDED", "MITIGATION_ADDED"))).body("[1].after.action", is("Joint recruitment campaign"))
                .body("[1].before", nullValue());
        List<Topics.Event> events = Topics.read(bootstrap, "risks.events.v1", e -> code.equals(e.key()), 2);
        assertEquals(List.of(RiskChanged.TYPE, RiskChanged.TYPE), events.stream().map(Topics.Event::type).toList());
        assertEquals(after, "\"" + new JsonObject(events.get(1).data()).getLong("version") + "\"");
    }

    @Test
    void aMitigationChangesAgainstItsOwnVersion() {
        String code = fresh("commissioning-workforce");
        long id = addOne(code);
        long other = addOne(code);
        String riskBefore = riskTag(code);
        patch(PM, code, id, null, "{\"status\": \"IN_PROGRESS\"}").statusCode(428);
        patch(PM, code, id, "\"0\"", "{\"status\": \"DONE\", \"owner\": null}").statusCode(200).header("ETag", is("\"1\""))
                .body("status", is("DONE")).body("completedOn", is(TODAY.toString())).body("owner", nullValue());
        patch(PM, code, id, "\"0\"", "{\"status\": \"OPEN\"}").statusCode(412);
        // another action's version is its own: changing the first did not make it stale
        patch(PM, code, other, "\"0\"", "{\"dueDate\": \"" + TODAY.plusMonths(3) + "\"}").statusCode(200);
        patch(PM, code, id, "\"1\"", "{\"status\": \"IN_PROGRESS\"}").statusCode(200).body("completedOn", nullValue());
        given().auth().oauth2(RDG).when().get("/api/v1/risks/" + code).then().header("ETag", not(is(riskBefore)))
                .body("mitigations.status", is(List.of("IN_PROGRESS", "OPEN")));
        given().auth().oauth2(RDG).when().get("/api/v1/risks/" + code + "/history").then()
                .body("action[2]", is("MITIGATION_UPDATED")).body("[2].before.status", is("OPEN")).body("[2].after.status", is("DONE"));
        patch(PM, code, id, "\"2\"", "{}").statusCode(200).header("ETag", is("\"2\""));
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndNothingChanges() {
        String code = fresh("commissioning-workforce");
        add(PM, code, "{\"owner\": \"x\"}").statusCode(422).body("errors[0].field", is("action"));
        add(PM, code, "{\"action\": \" \"}").statusCode(422).body("errors[0].field", is("action"));
        add(PM, code, "{\"action\": \"a\", \"dueDate\": \"" + TODAY.minusDays(1) + "\"}").statusCode(422)
                .body("errors[0].field", is("dueDate"));
        add(PM, code, "{\"action\": \"a\", \"dueDate\": \"31/12/2026\"}").statusCode(400).body("errors[0].field", is("dueDate"));
        add(PM, code, "{\"action\": \"a\", \"status\": \"STUCK\"}").statusCode(400).body("errors[0].field", is("status"));
        add(PM, code, "{\"action\": \"a\", \"version\": 3}").statusCode(400).body("errors[0].field", is("version"));
        given().auth().oauth2(RDG).when().get("/api/v1/risks/" + code + "/mitigations").then().body("size()", is(0));

        long id = addOne(code);
        for (String field : List.of("id", "position", "completedOn", "version", "riskCode")) {
            patch(PM, code, id, "\"0\"", "{\"" + field + "\": 1}").statusCode(422).body("errors[0].field", is(field));
        }
        patch(PM, code, id, "\"0\"", "{\"action\": null, \"status\": null, \"dueDate\": \"" + TODAY.minusDays(1) + "\"}").statusCode(422)
                .body("errors.field", hasItem("action")).body("errors.field", hasItem("status")).body("errors.field", hasItem("dueDate"));
        patch(PM, code, id, "\"0\"", "{\"status\": \"STUCK\", \"dueDate\": \"soon\"}").statusCode(422)
                .body("errors.field", hasItem("status")).body("errors.field", hasItem("dueDate"));
        patch(PM, code, id, "\"0\"", "{\"colour\": 1}").statusCode(400).body("errors[0].field", is("colour"));
        given().auth().oauth2(RDG).when().get("/api/v1/risks/" + code + "/mitigations/" + id).then().header("ETag", is("\"0\""))
                .body("status", is("OPEN")).body("action", is("Joint recruitment campaign"));
    }

    @Test
    void anOverdueDueDateMayStayWhileOtherFieldsChange() {
        String code = fresh("commissioning-workforce");
        long id = addOne(code);
        QuarkusTransaction.requiringNew().run(() -> Mitigation.update("dueDate = ?1 where id = ?2", TODAY.minusDays(5), id));
        patch(PM, code, id, "\"0\"", "{\"status\": \"IN_PROGRESS\"}").statusCode(200).body("dueDate", is(TODAY.minusDays(5).toString()));
    }

    @Test
    void whoMayChangeMitigations() {
        String code = fresh("commissioning-workforce");
        long id = addOne(code);
        add(null, code, ACTION).statusCode(401).contentType("application/problem+json");
        patch(null, code, id, "\"0\"", "{\"status\": \"DONE\"}").statusCode(401);
        String analyst = TestTokens.user("icb.analyst", "analytics-reader");
        add(analyst, code, ACTION).statusCode(403);
        patch(analyst, code, id, "\"0\"", "{\"status\": \"DONE\"}").statusCode(403);
        String otherLead = TestTokens.user("lead", Map.of("workspace", "capital-sufficiency"), "workspace-lead");
        add(otherLead, code, ACTION).statusCode(403).body("detail", containsString("workspace"));
        patch(otherLead, code, id, "\"0\"", "{\"status\": \"DONE\"}").statusCode(403);
        String lead = TestTokens.user("lead", Map.of("workspace", "commissioning-workforce"), "workspace-lead");
        add(lead, code, ACTION).statusCode(201);
        patch(lead, code, id, "\"0\"", "{\"status\": \"DONE\"}").statusCode(200);

        add(PM, "R-404", ACTION).statusCode(404);
        patch(PM, "R-404", id, "\"0\"", "{}").statusCode(404);
        long ofAnotherRisk = addOne(fresh("commissioning-workforce"));
        patch(PM, code, ofAnotherRisk, "\"0\"", "{\"status\": \"DONE\"}").statusCode(404);
        given().auth().oauth2(RDG).when().get("/api/v1/risks/" + code + "/mitigations/" + ofAnotherRisk).then().statusCode(404);

        String closed = TestRisks.fresh(Category.WORKFORCE, "commissioning-workforce", RiskStatus.CLOSED, Rag.GREEN);
        add(PM, closed, ACTION).statusCode(409);
        String closing = fresh("commissioning-workforce");
        long onClosed = addOne(closing);
        QuarkusTransaction.requiringNew().run(() -> org.sendreform.risk.register.Risk.update("status = ?1 where code = ?2",
                RiskStatus.CLOSED, closing));
        patch(PM, closing, onClosed, "\"0\"", "{\"status\": \"DONE\"}").statusCode(409).contentType("application/problem+json");
    }

    @Test
    void overdueMitigationsAcrossTheRegisterByBodyPaged() {
        String body = "ws-" + UUID.randomUUID().toString().substring(0, 8);
        String a = fresh(body);
        String b = fresh(body);
        String closed = fresh(body);
        long late = addOne(a);
        long later = addOne(b);
        long done = addOne(a);
        long notYet = addOne(a);
        long onClosed = addOne(closed);
        QuarkusTransaction.requiringNew().run(() -> {
            Mitigation.update("dueDate = ?1 where id = ?2", TODAY.minusDays(30), late);
            Mitigation.update("dueDate = ?1 where id = ?2", TODAY.minusDays(3), later);
            Mitigation.update("dueDate = ?1, status = ?2 where id = ?3", TODAY.minusDays(40), Mitigation.Status.DONE, done);
            Mitigation.update("dueDate = ?1 where id = ?2", TODAY, notYet);
            Mitigation.update("dueDate = ?1 where id = ?2", TODAY.minusDays(50), onClosed);
            org.sendreform.risk.register.Risk.update("status = ?1 where code = ?2", RiskStatus.CLOSED, closed);
        });
        given().auth().oauth2(TestTokens.user("icb.analyst", "analytics-reader")).queryParam("body", body)
                .when().get("/api/v1/mitigations/overdue").then().statusCode(200)
                .header("X-Total-Count", is("2"))
                .body("total", is(2)).body("items.id", is(List.of((int) late, (int) later)))
                .body("items[0].riskCode", is(a)).body("items[0].owningBody", is(body)).body("items[0].daysOverdue", is(30))
                .body("items[1].riskCode", is(b)).body("items[1].status", is("OPEN"));
        given().auth().oauth2(RDG).queryParam("body", body).queryParam("size", 1).queryParam("page", 1)
                .when().get("/api/v1/mitigations/overdue").then().statusCode(200)
                .header("Link", containsString("rel=\"prev\"")).header("Link", containsString("body=" + body))
                .body("items.id", is(List.of((int) later))).body("total", is(2));
        given().auth().oauth2(RDG).when().get("/api/v1/mitigations/overdue").then().statusCode(200)
                .body("items.id", hasItem((int) late)).body("items.id", not(hasItem((int) onClosed)));
        given().auth().oauth2(RDG).queryParam("size", 0).when().get("/api/v1/mitigations/overdue").then().statusCode(422)
                .body("errors[0].field", is("size"));
        given().when().get("/api/v1/mitigations/overdue").then().statusCode(401);
    }
}
