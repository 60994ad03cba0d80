package org.sendreform.milestones.milestone;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sendreform.milestones.TestMilestones;
import org.sendreform.platform.testing.ServerOwnedFields;
import org.sendreform.platform.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Fields a client must not set on a milestone, in a create or a change: each is refused naming it (422 for a
 * field the milestone has but rules or the plan set, 400 for one it does not have), and nothing is stored.
 */
@QuarkusTest
class MilestoneServerFieldsTest {

    static final String MANAGER = TestTokens.user("programme.manager", "programme-manager");

    /** Set by the platform or by rules, whatever the operation. */
    static final Map<String, String> SERVER_OWNED = Map.ofEntries(
            Map.entry("id", "99"),
            Map.entry("version", "7"),
            Map.entry("createdAt", "\"2026-01-01T00:00:00Z\""),
            Map.entry("updatedAt", "\"2026-01-01T00:00:00Z\""),
            Map.entry("createdBy", "\"someone.else\""),
            Map.entry("duePeriod", "\"FY2026-27-Q1\""),
            Map.entry("slipped", "false"),
            Map.entry("slippageDays", "0"),
            Map.entry("dependencyRisk", "null"),
            Map.entry("rebaselinedByDecision", "1"),
            Map.entry("history", "[]"));

    /** Set when the milestone is added, then only by an RDG re-sequencing decision or never. */
    static final Map<String, String> FIXED_AFTER_CREATION = Map.of(
            "code", "\"M-XX-Q1-01\"",
            "dueDate", "\"2030-01-01\"",
            "baselineDate", "\"2030-01-01\"",
            "theme", "\"BB1\"",
            "workspace", "\"capital-sufficiency\"");

    @Test
    void aCreateCarryingAServerOwnedFieldIsRefusedNamingItAndAddsNothing() {
        String code = "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String body = "{\"code\":\"" + code + "\",\"title\":\"Specialist Base opens\",\"theme\":\"BB2\","
                + "\"workspace\":\"capital-sufficiency\",\"dueDate\":\"2029-03-31\"}";
        Map<String, Integer> answers = ServerOwnedFields.eachRefused(body, SERVER_OWNED, b -> given().auth().oauth2(MANAGER)
                .contentType("application/json").body(b).when().post("/api/v1/milestones"));
        assertEquals(SERVER_OWNED.keySet(), answers.keySet());
        given().auth().oauth2(MANAGER).when().get("/api/v1/milestones/" + code).then().statusCode(404);
    }

    @Test
    void aChangeCarryingAServerOwnedOrFixedFieldIsRefusedNamingItAndChangesNothing() {
        String code = TestMilestones.fresh(MilestoneStatus.IN_PROGRESS);
        String tag = given().auth().oauth2(MANAGER).when().get("/api/v1/milestones/" + code).then().extract().header("ETag");
        Map<String, String> fields = new java.util.HashMap<>(SERVER_OWNED);
        fields.putAll(FIXED_AFTER_CREATION);
        Map<String, Integer> answers = ServerOwnedFields.eachRefused("{\"title\":\"Revised\"}", fields, b -> given().auth().oauth2(MANAGER)
                .contentType("application/merge-patch+json").header("If-Match", tag).body(b).when().patch("/api/v1/milestones/" + code));
        assertEquals(fields.keySet(), answers.keySet());
        given().auth().oauth2(MANAGER).when().get("/api/v1/milestones/" + code).then().statusCode(200).header("ETag", is(tag))
                .body("title", is("Test milestone"));
        given().auth().oauth2(MANAGER).when().get("/api/v1/milestones/" + code + "/history").then().body("size()", is(0));
    }
}
