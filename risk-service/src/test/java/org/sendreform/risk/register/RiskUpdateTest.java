package org.sendreform.risk.register;

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

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.sendreform.platform.testing.TestTokens;
import org.sendreform.platform.testing.Topics;
import org.sendreform.risk.TestRisks;
import org.sendreform.risk.scoring.Rag;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.vertx.core.json.JsonObject;

/** PATCH /api/v1/risks/{code}: descriptive fields and links by JSON merge patch; what rules set is refused. */
@QuarkusTest
class RiskUpdateTest {

    static final String PM = TestTokens.user("programme.manager", "programme-manager");
    static final String RDG = TestTokens.user("rdg.member", "rdg-member");
    static final String MERGE_PATCH = "application/merge-patch+json";
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    static String fresh(Category category, String body) {
        return TestRisks.fresh(category, body, RiskStatus.OPEN, Rag.AMBER);
    }

    static String etag(String code) {
        return given().auth().oauth2(RDG).when().get("/api/v1/risks/" + code).then().statusCode(200).extract().header("ETag");
    }

    static ValidatableResponse patch(String token, String code, String ifMatch, String body) {
        var request = given().contentType(MERGE_PATCH).body(body);
        if (token != null) {
            request.auth().oauth2(token);
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.when().patch("/api/v1/risks/" + code).then();
    }

    @Test
    void descriptiveFieldsAndLinksChangeAndTheNewVersionIsAnnounced() {
        String code = fresh(Category.DATA, "qa-data-digital");
        String tag = etag(code);
        String newTag = patch(PM, code, tag, """
                {"title": "Data too weak to evidence impact", "owner": "QA lead", "cause": null, "effect": "plan not revised",
                 "measures": ["EHCP-20WK", "PEX-EHCP"], "dependencies": ["D-01"]}""")
                .statusCode(200).header("ETag", not(is(tag)))
                .body("title", is("Data too weak to evidence impact")).body("owner", is("QA lead")).body("cause", nullValue())
                .body("effect", is("plan not revised")).body("measures", is(List.of("EHCP-20WK", "PEX-EHCP")))
                .body("dependencies", is(List.of("D-01"))).body("owningBody", is("qa-data-digital"))
                .extract().header("ETag");
        patch(PM, code, newTag, "{\"measures\": null}").statusCode(200).body("measures", is(List.of()))
                .body("dependencies", is(List.of("D-01")));
        given().auth().oauth2(RDG).when().get("/api/v1/risks/" + code + "/history").then().statusCode(200)
                .body("action", is(List.of("UPDATED", "UPDATED"))).body("[0].before.title", is("Test risk"))
                .body("[0].after.title", is("Data too weak to evidence impact")).body("[0].actor", is("programme.manager"));
        List<Topics.Event> events = Topics.read(bootstrap, "risks.events.v1", e -> code.equals(e.key()), 2);
        assertEquals(List.of(RiskChanged.TYPE, RiskChanged.TYPE), events.stream().map(Topics.Event::type).toList());
        assertEquals("Data too weak to evidence impact", new JsonObject(events.get(0).data()).getString("title"));
        assertEquals(newTag, "\"" + new JsonObject(events.get(0).data()).getLong("version") + "\"");
    }

    @Test
    void anEmptyPatchChangesNothing() {
        String code = fresh(Category.DATA, "qa-data-digital");
        String tag = etag(code);
        patch(PM, code, tag, "{}").statusCode(200).header("ETag", is(tag));
        patch(PM, code, tag, "{\"title\": \"Test risk\"}").statusCode(200).header("ETag", is(tag));
        given().auth().oauth2(RDG).when().get("/api/v1/risks/" + code + "/history").then().body("size()", is(0));
    }

    @Test
    void reCategorisingIntoAMandatoryCategoryMovesTheRiskToTheBoard() {
        String code = fresh(Category.WORKFORCE, "commissioning-workforce");
        patch(RDG, code, etag(code), "{\"category\": \"SUFFICIENCY\"}").statusCode(200)
                .body("category", is("SUFFICIENCY")).body("owningBody", is("board")).body("status", is("ESCALATED"));
        given().auth().oauth2(RDG).when().get("/api/v1/risks/" + code + "/escalations").then()
                .body("[0].reason", is("MANDATORY_CATEGORY")).body("[0].rationale", containsString("Re-categorised from WORKFORCE"));
        given().auth().oauth2(RDG).when().get("/api/v1/risks/" + code + "/history").then()
                .body("action", is(List.of("UPDATED", "ESCALATED")));
        String accepted = TestRisks.fresh(Category.WORKFORCE, "rdg", RiskStatus.ACCEPTED, Rag.AMBER);
        patch(RDG, accepted, etag(accepted), "{\"category\": \"PARTNERSHIP_FAILURE\"}").statusCode(200)
                .body("owningBody", is("rdg")).body("status", is("ACCEPTED"));
    }

    @Test
    void aFixedReviewFrequencyMovesTheNextReviewAndNullReturnsItToTheRag() {
        String code = fresh(Category.DATA, "qa-data-digital");
        LocalDate last = TODAY.minusDays(10);
        QuarkusTransaction.requiringNew().run(() -> Risk.update("lastReviewedOn = ?1 where code = ?2", last, code));
        String tag = patch(PM, code, etag(code), "{\"reviewFrequency\": \"SIX_MONTHLY\"}").statusCode(200)
                .body("reviewFrequency", is("SIX_MONTHLY")).body("reviewFrequencyFixed", is(true))
                .body("nextReviewDate", is(last.plusMonths(6).toString())).extract().header("ETag");
        patch(PM, code, tag, "{\"reviewFrequency\": null}").statusCode(200)
                .body("reviewFrequency", is("TWO_MONTHLY")).body("reviewFrequencyFixed", is(false))
                .body("nextReviewDate", is(last.plusMonths(2).toString()));
    }

    @Test
    void whatRulesOrOtherOperationsSetIsRefusedNamingTheField() {
        String code = fresh(Category.DATA, "qa-data-digital");
        String tag = etag(code);
        for (String field : List.of("status", "owningBody", "homeBody", "assessedRag", "residualRag", "targetRag", "impact", "scale",
                "matrixRag", "departsFromMatrix", "mandatoryBoardEscalation", "acceptedByDecision", "lastReviewedOn", "nextReviewDate",
                "reviewFrequencyFixed", "mitigations", "version", "createdAt", "code")) {
            patch(PM, code, tag, "{\"" + field + "\": \"X\", \"title\": \"changed\"}").statusCode(422)
                    .contentType("application/problem+json").body("errors[0].field", is(field));
        }
        patch(PM, code, tag, "{\"title\": \"\", \"description\": null, \"category\": \"WEATHER\", \"reviewFrequency\": \"DAILY\","
                + " \"dependencies\": [\"D-42\"], \"milestones\": \"M-1\", \"owner\": \"" + "x".repeat(301) + "\"}")
                .statusCode(422).body("errors.field", hasItem("title")).body("errors.field", hasItem("description"))
                .body("errors.field", hasItem("category")).body("errors.field", hasItem("reviewFrequency"))
                .body("errors.field", hasItem("dependencies[0]")).body("errors.field", hasItem("milestones"))
                .body("errors.field", hasItem("owner"));
        patch(PM, code, tag, "{\"colour\": \"red\"}").statusCode(400).body("errors[0].field", is("colour"));
        patch(PM, code, tag, "[1, 2]").statusCode(422).body("errors[0].field", is("body"));
        patch(PM, code, tag, "not json").statusCode(400);
        given().auth().oauth2(RDG).when().get("/api/v1/risks/" + code).then().header("ETag", is(tag)).body("title", is("Test risk"));
    }

    @Test
    void ifMatchIsRequiredAndMustBeCurrent() {
        String code = fresh(Category.DATA, "qa-data-digital");
        String tag = etag(code);
        patch(PM, code, null, "{\"owner\": \"a\"}").statusCode(428).contentType("application/problem+json");
        patch(PM, code, tag, "{\"owner\": \"a\"}").statusCode(200);
        patch(PM, code, tag, "{\"owner\": \"b\"}").statusCode(412);
        given().auth().oauth2(RDG).when().get("/api/v1/risks/" + code).then().body("owner", is("a"));
        given().auth().oauth2(PM).contentType("application/json").header("If-Match", etag(code)).body("{\"owner\": \"c\"}")
                .when().patch("/api/v1/risks/" + code).then().statusCode(200).body("owner", is("c"));
    }

    @Test
    void whoMayChangeARisk() {
        String code = fresh(Category.DATA, "qa-data-digital");
        patch(null, code, etag(code), "{\"owner\": \"a\"}").statusCode(401);
        patch(TestTokens.user("icb.analyst", "analytics-reader"), code, etag(code), "{\"owner\": \"a\"}").statusCode(403);
        patch(TestTokens.user("board.member", "board-member"), code, etag(code), "{\"owner\": \"a\"}").statusCode(403);
        patch(TestTokens.user("lead", Map.of("workspace", "capital-sufficiency"), "workspace-lead"), code, etag(code), "{\"owner\": \"a\"}")
                .statusCode(403).body("detail", containsString("workspace"));
        patch(TestTokens.user("lead", Map.of("workspace", "qa-data-digital"), "workspace-lead"), code, etag(code), "{\"owner\": \"a\"}")
                .statusCode(200);
        patch(PM, "R-404", "\"0\"", "{\"owner\": \"a\"}").statusCode(404);
        String closed = TestRisks.fresh(Category.DATA, "qa-data-digital", RiskStatus.CLOSED, Rag.GREEN);
        patch(PM, closed, etag(closed), "{\"owner\": \"a\"}").statusCode(409);
    }
}
