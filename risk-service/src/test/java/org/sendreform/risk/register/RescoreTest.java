package org.sendreform.risk.register;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sendreform.platform.testing.TestTokens;
import org.sendreform.platform.testing.Topics;
import org.sendreform.risk.TestRisks;
import org.sendreform.risk.scoring.Rag;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class RescoreTest {

    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    static final String RDG = TestTokens.user("rdg.member", "rdg-member");
    static final String BODY = "{\"impact\":\"HIGH\",\"likelihood\":\"LOW\",\"assessedRag\":\"GREEN\",\"residualRag\":\"GREEN\","
            + "\"rationale\":\"mitigations working\"}";

    static String fresh(RiskStatus status) {
        return TestRisks.fresh(Category.WORKFORCE, "qa-data-digital", status, Rag.AMBER_GREEN);
    }

    static String etag(String code) {
        return given().auth().oauth2(RDG).when().get("/api/v1/risks/" + code).then().statusCode(200).extract().header("ETag");
    }

    static ValidatableResponse rescore(String token, String code, String ifMatch, String body) {
        var request = given().auth().oauth2(token).contentType("application/json").body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.when().post("/api/v1/risks/" + code + "/scores").then();
    }

    @Test
    void aRescoreKeepsTheAssessedRagAndTheHistory() {
        String code = fresh(RiskStatus.OPEN);
        String tag = etag(code);
        rescore(RDG, code, tag, "{\"impact\":\"high\",\"likelihood\":\"Medium\",\"assessedRag\":\"AMBER\",\"residualRag\":\"GREEN\","
                + "\"targetRag\":\"GREEN\",\"rationale\":\"partnership judgement stands\"}")
                .statusCode(201)
                .header("ETag", not(is(tag)))
                .body("inherent.assessedRag", is("AMBER"))
                .body("inherent.matrixRag", is("RED"))
                .body("inherent.departsFromMatrix", is(true))
                .body("residualRag", is("GREEN"));
        given().auth().oauth2(RDG).when().get("/api/v1/risks/" + code + "/scores")
                .then().statusCode(200)
                .body("size()", is(2))
                .body("[0].scoredBy", is("register"))
                .body("[0].residualRag", is("AMBER_GREEN"))
                .body("[1].impact", is("HIGH"))
                .body("[1].scoredBy", is("rdg.member"))
                .body("[1].rationale", is("partnership judgement stands"));
        java.util.List<Topics.Event> events = Topics.read(bootstrap, "risks.events.v1",
                e -> code.equals(e.key()) && e.type().equals(RiskRescored.TYPE), 1);
        org.junit.jupiter.api.Assertions.assertEquals(1, events.size());
        io.vertx.core.json.JsonObject data = new io.vertx.core.json.JsonObject(events.get(0).data());
        org.junit.jupiter.api.Assertions.assertEquals("AMBER", data.getString("assessedRag"));
        org.junit.jupiter.api.Assertions.assertEquals("RED", data.getString("matrixRag"));
        org.junit.jupiter.api.Assertions.assertEquals(true, data.getBoolean("departsFromMatrix"));
        org.junit.jupiter.api.Assertions.assertEquals("AMBER_GREEN", data.getString("residualRagBefore"));
        org.junit.jupiter.api.Assertions.assertEquals("rdg.member", data.getString("rescoredBy"));
    }

    @Test
    void ifMatchIsRequiredAndMustBeCurrent() {
        String code = fresh(RiskStatus.OPEN);
        String tag = etag(code);
        rescore(RDG, code, null, BODY).statusCode(428).contentType("application/problem+json");
        rescore(RDG, code, tag, BODY).statusCode(201);
        rescore(RDG, code, tag, BODY).statusCode(412);
    }

    @Test
    void rolesAndWorkspaces() {
        String code = fresh(RiskStatus.OPEN);
        given().contentType("application/json").body(BODY).when().post("/api/v1/risks/" + code + "/scores").then().statusCode(401);
        rescore(TestTokens.user("icb.analyst", "analytics-reader"), code, etag(code), BODY).statusCode(403);
        rescore(TestTokens.partner("demo-la-send", "coventry-la-send"), code, etag(code), BODY).statusCode(403);
        rescore(TestTokens.user("lead", Map.of("workspace", "capital-sufficiency"), "workspace-lead"), code, etag(code), BODY)
                .statusCode(403).body("detail", containsString("workspace"));
        rescore(TestTokens.user("lead", Map.of("workspace", "qa-data-digital"), "workspace-lead"), code, etag(code), BODY)
                .statusCode(201);
        rescore(RDG, "R-404", "\"0\"", BODY).statusCode(404);
    }

    @Test
    void badScoresAreProblemsAndClosedRisksAreNotRescored() {
        String code = fresh(RiskStatus.OPEN);
        String tag = etag(code);
        rescore(RDG, code, tag, BODY.replace("\"HIGH\"", "\"HUGE\"")).statusCode(422).body("errors[0].field", is("impact"));
        rescore(RDG, code, tag, BODY.replace("{", "{\"scale\":\"FIVE_BY_FIVE\",")).statusCode(422).body("errors[0].field", is("impact"));
        rescore(RDG, code, tag, "{\"impact\":\"HIGH\",\"likelihood\":\"LOW\",\"assessedRag\":\"GREEN\"}").statusCode(422)
                .body("errors[0].field", is("rationale"));
        rescore(RDG, code, tag, "{\"impact\":\"HIGH\",\"likelihood\":\"LOW\",\"rationale\":\"x\"}").statusCode(422)
                .body("errors[0].field", is("assessedRag"));
        rescore(RDG, code, tag, BODY.replace("\"GREEN\",\"rationale", "\"PURPLE\",\"rationale")).statusCode(400);
        rescore(RDG, code, tag, BODY.replace("\"assessedRag\":\"GREEN\"", "\"assessedRag\":\"AMBER_GREEN\"")).statusCode(422)
                .body("errors[0].field", is("assessedRag"));
        rescore(RDG, code, tag, BODY.replace("\"HIGH\"", "\"HUGE\"").replace("\"LOW\"", "\"TINY\"")).statusCode(422)
                .body("errors.field", is(java.util.List.of("impact", "likelihood")));
        rescore(RDG, code, tag, BODY.replace("{", "{\"owner\":\"me\",")).statusCode(400).body("errors[0].field", is("owner"));
        given().auth().oauth2(RDG).when().get("/api/v1/risks/" + code).then().header("ETag", is(tag));
        String closed = fresh(RiskStatus.CLOSED);
        rescore(RDG, closed, etag(closed), BODY).statusCode(409);
        rescore(RDG, code, tag, BODY.replace("{", "{\"scale\":\"FIVE_BY_FIVE\",").replace("\"HIGH\"", "\"4\"").replace("\"LOW\"", "\"5\""))
                .statusCode(201).body("inherent.score", is(20)).body("inherent.matrixRag", is("RED"));
    }
}
