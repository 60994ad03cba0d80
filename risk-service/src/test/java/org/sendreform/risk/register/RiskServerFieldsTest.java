package org.sendreform.risk.register;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sendreform.platform.testing.ServerOwnedFields;
import org.sendreform.platform.testing.TestTokens;
import org.sendreform.risk.TestRisks;
import org.sendreform.risk.scoring.Rag;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Fields a client must not set on a risk, when raising or changing it: status, the escalation route, computed
 * scores, review and closure fields, who and when, the version. Each is refused naming it (422 for a field the
 * risk has but another operation or a rule sets, 400 for one the request does not have), and nothing is stored.
 */
@QuarkusTest
class RiskServerFieldsTest {

    static final String PM = TestTokens.user("programme.manager", "programme-manager");

    /** Set by rules, by other operations or by the platform, on any risk. */
    static final Map<String, String> SERVER_OWNED = Map.ofEntries(
            Map.entry("id", "99"),
            Map.entry("status", "\"ACCEPTED\""),
            Map.entry("homeBody", "\"board\""),
            Map.entry("mandatoryBoardEscalation", "false"),
            Map.entry("acceptedByDecision", "1"),
            Map.entry("acceptedOn", "\"2026-01-01\""),
            Map.entry("inherent", "{}"),
            Map.entry("matrixRag", "\"GREEN\""),
            Map.entry("score", "1"),
            Map.entry("departsFromMatrix", "false"),
            Map.entry("reviewFrequencyFixed", "true"),
            Map.entry("lastReviewedOn", "\"2026-01-01\""),
            Map.entry("nextReviewDate", "\"2030-01-01\""),
            Map.entry("mitigations", "[]"),
            Map.entry("closedOn", "\"2026-01-01\""),
            Map.entry("closedBy", "\"someone.else\""),
            Map.entry("closureRationale", "\"x\""),
            Map.entry("version", "7"),
            Map.entry("createdAt", "\"2026-01-01T00:00:00Z\""),
            Map.entry("updatedAt", "\"2026-01-01T00:00:00Z\""),
            Map.entry("createdBy", "\"someone.else\""),
            Map.entry("history", "[]"));

    /** Set when the risk is raised, then only by a re-score or the escalation route. */
    static final Map<String, String> FIXED_AFTER_RAISING = Map.of(
            "code", "\"R-99\"",
            "owningBody", "\"board\"",
            "impact", "\"LOW\"",
            "likelihood", "\"LOW\"",
            "assessedRag", "\"GREEN\"",
            "residualRag", "\"GREEN\"",
            "targetRag", "\"GREEN\"",
            "scale", "\"FIVE_BY_FIVE\"");

    @Test
    void raisingARiskWithAServerOwnedFieldIsRefusedNamingItAndRaisesNothing() {
        String code = "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String body = "{\"code\":\"" + code + "\",\"title\":\"Specialist Base staffing not ready\",\"description\":\"late\","
                + "\"category\":\"WORKFORCE\",\"owningBody\":\"capital-sufficiency\",\"impact\":\"HIGH\",\"likelihood\":\"MEDIUM\","
                + "\"assessedRag\":\"AMBER\",\"residualRag\":\"AMBER_GREEN\"}";
        Map<String, Integer> answers = ServerOwnedFields.eachRefused(body, SERVER_OWNED, b -> given().auth().oauth2(PM)
                .contentType("application/json").body(b).when().post("/api/v1/risks"));
        assertEquals(SERVER_OWNED.keySet(), answers.keySet());
        given().auth().oauth2(PM).when().get("/api/v1/risks/" + code).then().statusCode(404);
    }

    @Test
    void changingARiskWithAServerOwnedOrFixedFieldIsRefusedNamingItAndChangesNothing() {
        String code = TestRisks.fresh(Category.DATA, "qa-data-digital", RiskStatus.OPEN, Rag.AMBER);
        String tag = given().auth().oauth2(PM).when().get("/api/v1/risks/" + code).then().extract().header("ETag");
        Map<String, String> fields = new HashMap<>(SERVER_OWNED);
        fields.putAll(FIXED_AFTER_RAISING);
        Map<String, Integer> answers = ServerOwnedFields.eachRefused("{\"owner\":\"QA lead\"}", fields, b -> given().auth().oauth2(PM)
                .contentType("application/merge-patch+json").header("If-Match", tag).body(b).when().patch("/api/v1/risks/" + code));
        assertEquals(fields.keySet(), answers.keySet());
        given().auth().oauth2(PM).when().get("/api/v1/risks/" + code).then().statusCode(200).header("ETag", is(tag))
                .body("status", is("OPEN")).body("owningBody", is("qa-data-digital"));
        given().auth().oauth2(PM).when().get("/api/v1/risks/" + code + "/history").then().body("size()", is(0));
    }
}
