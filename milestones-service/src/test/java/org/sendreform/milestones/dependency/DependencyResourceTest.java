package org.sendreform.milestones.dependency;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.sendreform.milestones.TestMilestones;
import org.sendreform.milestones.milestone.MilestoneStatus;
import org.sendreform.platform.testing.TestTokens;
import org.sendreform.platform.testing.Topics;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.vertx.core.json.JsonObject;

@QuarkusTest
class DependencyResourceTest {

    static final String MANAGER = TestTokens.user("programme.manager", "programme-manager");
    static final LocalDate JUN_30 = LocalDate.of(2029, 6, 30);
    static final LocalDate SEP_30 = LocalDate.of(2029, 9, 30);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    static ValidatableResponse link(String token, String successor, String body) {
        var request = given().contentType("application/json").body(body);
        if (token != null) {
            request.auth().oauth2(token);
        }
        return request.when().post("/api/v1/milestones/" + successor + "/dependencies").then();
    }

    static ValidatableResponse milestone(String code) {
        return given().auth().oauth2(MANAGER).when().get("/api/v1/milestones/" + code).then().statusCode(200);
    }

    static void forecast(String code, String date) {
        String tag = given().auth().oauth2(MANAGER).when().get("/api/v1/milestones/" + code).then().extract().header("ETag");
        given().auth().oauth2(MANAGER).contentType("application/merge-patch+json").header("If-Match", tag)
                .body("{\"forecastDate\":\"" + date + "\"}").when().patch("/api/v1/milestones/" + code).then().statusCode(200);
    }

    @Test
    void aLatePredecessorFlagsItsSuccessorOnceAndTheFlagClearsWhenItIsBackOnTime() {
        String before = TestMilestones.fresh(MilestoneStatus.IN_PROGRESS, JUN_30);
        String after = TestMilestones.fresh(MilestoneStatus.NOT_STARTED, SEP_30);
        link(MANAGER, after, "{\"predecessor\":\"" + before + "\",\"note\":\"needs the data\"}").statusCode(201)
                .header("Location", containsString("/api/v1/milestones/" + after + "/dependencies/" + before))
                .body("code", is(before)).body("note", is("needs the data")).body("addedBy", is("programme.manager"));
        milestone(after).body("dependencyRisk", nullValue());
        given().auth().oauth2(MANAGER).when().get("/api/v1/milestones/" + after + "/dependencies").then().statusCode(200)
                .body("predecessors.code", is(List.of(before))).body("successors", is(List.of()));
        given().auth().oauth2(MANAGER).when().get("/api/v1/milestones/" + before + "/dependencies").then().statusCode(200)
                .body("successors.code", is(List.of(after)));

        forecast(before, "2029-10-15");
        milestone(after).body("dependencyRisk.predecessor", is(before))
                .body("dependencyRisk.reason", is(before + " (Test milestone) is expected on 2029-10-15, after this milestone's due date 2029-09-30"))
                .body("dependencyRisk.since", is(LocalDate.now().toString()));
        given().auth().oauth2(MANAGER).when().get("/api/v1/milestones/" + after + "/driving-chain").then().statusCode(200)
                .body("impliedDate", is("2029-10-15")).body("steps.code", is(List.of(before, after)))
                .body("steps[0].expectedDate", is("2029-10-15"));
        forecast(before, "2029-10-20"); // reworded, not raised again
        given().auth().oauth2(MANAGER).when().get("/api/v1/milestones/" + after + "/history").then().statusCode(200)
                .body("action", is(List.of("DEPENDENCY_ADDED", "FLAGGED_AT_RISK", "DEPENDENCY_FLAG_CHANGED")))
                .body("[1].actor", is("dependency rule (milestones-service)"));
        List<Topics.Event> flagged = Topics.read(bootstrap, "milestones.events.v1",
                e -> after.equals(e.key()) && MilestoneFlaggedAtRisk.TYPE.equals(e.type()), 1);
        assertEquals(1, flagged.size());
        JsonObject data = new JsonObject(flagged.get(0).data());
        assertEquals(before, data.getString("predecessorCode"));
        assertEquals("2029-10-15", data.getString("predecessorDate"));
        assertEquals(List.of("R-05"), data.getJsonArray("risks").getList());

        forecast(before, "2029-09-01");
        milestone(after).body("dependencyRisk", nullValue());
        given().auth().oauth2(MANAGER).when().get("/api/v1/milestones/" + after + "/driving-chain").then()
                .body("steps.code", is(List.of(after))).body("impliedDate", is("2029-09-30"));
    }

    @Test
    void removingTheLinkClearsTheFlagItRaised() {
        String before = TestMilestones.fresh(MilestoneStatus.IN_PROGRESS, SEP_30);
        String after = TestMilestones.fresh(MilestoneStatus.NOT_STARTED, JUN_30);
        link(MANAGER, after, "{\"predecessor\":\"" + before + "\"}").statusCode(201);
        milestone(after).body("dependencyRisk.predecessor", is(before));
        String lead = TestTokens.user("other.lead", Map.of("workspace", "qa-data-digital"), "workspace-lead");
        given().auth().oauth2(lead).when().delete("/api/v1/milestones/" + after + "/dependencies/" + before).then().statusCode(403);
        given().when().delete("/api/v1/milestones/" + after + "/dependencies/" + before).then().statusCode(401);
        given().auth().oauth2(MANAGER).when().delete("/api/v1/milestones/" + after + "/dependencies/NOPE").then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(MANAGER).when().delete("/api/v1/milestones/" + after + "/dependencies/" + before).then().statusCode(204);
        milestone(after).body("dependencyRisk", nullValue());
        given().auth().oauth2(MANAGER).when().get("/api/v1/milestones/" + after + "/history").then()
                .body("action", is(List.of("DEPENDENCY_ADDED", "FLAGGED_AT_RISK", "DEPENDENCY_REMOVED", "DEPENDENCY_FLAG_CLEARED")));
    }

    @Test
    void aLinkThatWouldCloseACycleIsRefusedAndSpelledOut() {
        String a = TestMilestones.fresh(MilestoneStatus.NOT_STARTED, JUN_30);
        String b = TestMilestones.fresh(MilestoneStatus.NOT_STARTED, SEP_30);
        String c = TestMilestones.fresh(MilestoneStatus.NOT_STARTED, SEP_30);
        link(MANAGER, b, "{\"predecessor\":\"" + a + "\"}").statusCode(201);
        link(MANAGER, c, "{\"predecessor\":\"" + b + "\"}").statusCode(201);
        link(MANAGER, a, "{\"predecessor\":\"" + c + "\"}").statusCode(422).contentType("application/problem+json")
                .body("type", is("https://sendreform.org/problems/dependency-cycle"))
                .body("detail", containsString(c + " → " + a + " → " + b + " → " + c))
                .body("errors[0].field", is("predecessor"));
        link(MANAGER, a, "{\"predecessor\":\"" + a + "\"}").statusCode(422).body("type", is("https://sendreform.org/problems/dependency-cycle"));
        given().auth().oauth2(MANAGER).when().get("/api/v1/milestones/" + a + "/dependencies").then().body("predecessors", is(List.of()));
    }

    @Test
    void badLinksAreProblemsNamingTheFieldAndStoreNothing() {
        String a = TestMilestones.fresh(MilestoneStatus.NOT_STARTED, JUN_30);
        String b = TestMilestones.fresh(MilestoneStatus.NOT_STARTED, SEP_30);
        String cancelled = TestMilestones.fresh(MilestoneStatus.CANCELLED, JUN_30);
        link(MANAGER, b, "{}").statusCode(422).body("errors[0].field", is("predecessor"));
        link(MANAGER, b, "{\"predecessor\":\"  \"}").statusCode(422).body("errors[0].field", is("predecessor"));
        link(MANAGER, b, "{\"predecessor\":\"M-NOPE\"}").statusCode(422).body("errors[0].field", is("predecessor"))
                .body("errors[0].message", containsString("M-NOPE"));
        link(MANAGER, b, "{\"predecessor\":\"" + cancelled + "\"}").statusCode(422).body("errors[0].message", containsString("cancelled"));
        link(MANAGER, b, "{\"predecessor\":\"" + a + "\",\"note\":\"" + "x".repeat(2001) + "\"}").statusCode(422)
                .body("errors[0].field", is("note"));
        link(MANAGER, b, "{\"predecessor\":42,").statusCode(400).contentType("application/problem+json");
        link(MANAGER, b, "{\"predecessor\":\"" + a + "\",\"colour\":\"red\"}").statusCode(400);
        link(MANAGER, cancelled, "{\"predecessor\":\"" + a + "\"}").statusCode(409);
        given().auth().oauth2(MANAGER).when().get("/api/v1/milestones/" + b + "/dependencies").then().body("predecessors", is(List.of()));
        link(MANAGER, b, "{\"predecessor\":\"" + a + "\"}").statusCode(201);
        link(MANAGER, b, "{\"predecessor\":\"" + a + "\"}").statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("already depends"));
    }

    @Test
    void onlyThoseWhoChangeTheSuccessorLinkIt() {
        String a = TestMilestones.fresh(MilestoneStatus.NOT_STARTED, JUN_30);
        String b = TestMilestones.fresh(MilestoneStatus.NOT_STARTED, SEP_30);
        String body = "{\"predecessor\":\"" + a + "\"}";
        link(null, b, body).statusCode(401);
        link(TestTokens.user("board.member", "board-member"), b, body).statusCode(403).contentType("application/problem+json");
        link(TestTokens.partner("coventry-la-ehcp", "coventry-city-council"), b, body).statusCode(403);
        link(TestTokens.user("other.lead", Map.of("workspace", "qa-data-digital"), "workspace-lead"), b, body).statusCode(403);
        link(MANAGER, "M-NOPE", body).statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(MANAGER).when().get("/api/v1/milestones/M-NOPE/driving-chain").then().statusCode(404);
        given().auth().oauth2(MANAGER).when().get("/api/v1/milestones/M-NOPE/dependencies").then().statusCode(404);
        given().when().get("/api/v1/milestones/" + b + "/dependencies").then().statusCode(401);
        link(TestTokens.user("workspace.lead", Map.of("workspace", "test-ws"), "workspace-lead"), b, body).statusCode(201);
        given().auth().oauth2(TestTokens.user("board.member", "board-member")).when().get("/api/v1/milestones/" + b + "/dependencies")
                .then().statusCode(200).body("predecessors.code", hasItem(a));
    }
}
