package org.sendreform.milestones.milestone;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.sendreform.platform.testing.TestTokens;
import org.sendreform.platform.testing.Topics;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.vertx.core.json.JsonObject;

@QuarkusTest
class MilestoneCreationTest {

    static final String MANAGER = TestTokens.user("programme.manager", "programme-manager");
    static final String CS_LEAD = TestTokens.user("cs.lead", Map.of("workspace", "capital-sufficiency"), "workspace-lead");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    static String code() {
        return "M-TC-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase().replaceAll("[^A-Z0-9]", "X");
    }

    static String body(String code, String extra) {
        return "{\"code\":\"" + code + "\",\"title\":\"Specialist Base opens at a secondary school (+12 places)\",\"theme\":\"BB2\","
                + "\"workspace\":\"capital-sufficiency\",\"dueDate\":\"2029-03-31\"" + extra + "}";
    }

    static ValidatableResponse create(String token, String body) {
        var request = given().contentType("application/json").body(body);
        if (token != null) {
            request.auth().oauth2(token);
        }
        return request.when().post("/api/v1/milestones").then();
    }

    @Test
    void aWorkspaceLeadAddsAMilestoneToTheirWorkspaceWithItsLinks() {
        String code = code();
        create(CS_LEAD, body(code, ",\"measures\":[{\"measureCode\":\"PLACES-SB\",\"expectedValue\":12,\"expectedText\":\"+12 places\"}],"
                + "\"risks\":[\"R-05\"],\"responsible\":\"Head of SEND\"")).statusCode(201)
                .header("Location", containsString("/api/v1/milestones/" + code)).header("ETag", is("\"0\""))
                .body("duePeriod", is("FY2028-29-Q4")).body("baselineDate", is("2029-03-31")).body("status", is("NOT_STARTED"))
                .body("measures[0].measureCode", is("PLACES-SB")).body("measures[0].expectedValue", is(12))
                .body("risks", is(List.of("R-05"))).body("slipped", is(false));
        given().auth().oauth2(MANAGER).when().get("/api/v1/milestones/" + code + "/history").then()
                .body("action", is(List.of("CREATED"))).body("[0].actor", is("cs.lead"));
        List<Topics.Event> created = Topics.read(bootstrap, "milestones.events.v1",
                e -> code.equals(e.key()) && MilestoneCreated.TYPE.equals(e.type()), 1);
        assertEquals(1, created.size());
        assertEquals("cs.lead", new JsonObject(created.get(0).data()).getString("createdBy"));
    }

    @Test
    void completingAMilestonePublishesItsStatusChangeAndCompletion() {
        String code = code();
        create(MANAGER, body(code, ",\"status\":\"IN_PROGRESS\",\"measures\":[{\"measureCode\":\"PLACES-SB\",\"expectedValue\":12}]"))
                .statusCode(201).body("status", is("IN_PROGRESS"));
        String tag = given().auth().oauth2(MANAGER).when().get("/api/v1/milestones/" + code).then().extract().header("ETag");
        given().auth().oauth2(MANAGER).contentType("application/merge-patch+json").header("If-Match", tag)
                .body("{\"status\":\"COMPLETE\",\"completedOn\":\"2026-11-02\"}").when().patch("/api/v1/milestones/" + code)
                .then().statusCode(200);
        List<Topics.Event> events = Topics.read(bootstrap, "milestones.events.v1", e -> code.equals(e.key())
                && (MilestoneStatusChanged.TYPE.equals(e.type()) || MilestoneCompleted.TYPE.equals(e.type())), 2);
        assertEquals(List.of(MilestoneStatusChanged.TYPE, MilestoneCompleted.TYPE), events.stream().map(Topics.Event::type).toList());
        JsonObject changed = new JsonObject(events.get(0).data());
        assertEquals("IN_PROGRESS", changed.getString("from"));
        assertEquals("COMPLETE", changed.getString("to"));
        JsonObject completed = new JsonObject(events.get(1).data());
        assertEquals(0L, completed.getLong("slippageDays"));
        assertEquals("PLACES-SB", completed.getJsonArray("measures").getJsonObject(0).getString("measureCode"));
    }

    @Test
    void badMilestonesAreProblemsNamingEveryFieldAndStoreNothing() {
        String code = code();
        create(MANAGER, "{\"theme\":\"BB9\",\"workspace\":\"nowhere\",\"dueDate\":\"soon\"}").statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("code", "title", "theme", "workspace", "dueDate"));
        create(MANAGER, body(code, ",\"baselineDate\":\"2029-06-30\"")).statusCode(422).body("errors[0].field", is("dueDate"))
                .body("errors[0].message", containsString("baseline"));
        create(MANAGER, body("m 1", "")).statusCode(422).body("errors[0].field", is("code"));
        create(MANAGER, body(code, ",\"measures\":[{\"measureCode\":\"PLACES-SB\",\"expectedValue\":\"lots\"}]")).statusCode(422)
                .body("errors[0].field", is("measures[0].expectedValue"));
        create(MANAGER, body(code, ",\"risks\":[\"R-05\",7]")).statusCode(422).body("errors[0].field", is("risks[1]"));
        // a measure link's unknown field or non-text expectedText was silently dropped (found by HostileInputTest)
        create(MANAGER, body(code, ",\"measures\":[{\"measureCode\":\"PLACES-SB\",\"expectedValu\":12}]")).statusCode(422)
                .body("errors[0].field", is("measures[0].expectedValu")).body("errors[0].message", is("unknown field"));
        create(MANAGER, body(code, ",\"measures\":[{\"measureCode\":\"PLACES-SB\",\"expectedText\":{\"x\":1}}]")).statusCode(422)
                .body("errors[0].field", is("measures[0].expectedText"));
        create(MANAGER, body(code, ",\"measures\":[\"PLACES-SB\"]")).statusCode(422).body("errors[0].field", is("measures[0]"));
        create(MANAGER, body(code, ",\"confidence\":\"RED\"")).statusCode(422).body("errors[0].field", is("confidenceNote"));
        create(MANAGER, body(code, ",\"slippageDays\":3")).statusCode(422).body("errors[0].field", is("slippageDays"));
        create(MANAGER, body(code, ",\"colour\":\"red\"")).statusCode(400).body("errors[0].field", is("colour"));
        create(MANAGER, "[]").statusCode(422);
        create(MANAGER, "{\"code\":").statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(MANAGER).when().get("/api/v1/milestones/" + code).then().statusCode(404);
        create(MANAGER, body(code, "")).statusCode(201);
        create(MANAGER, body(code, "")).statusCode(409).contentType("application/problem+json");
        create(MANAGER, body("M-CS-Q2-02", "")).statusCode(409);
    }

    @Test
    void onlyThePlansEditorsAddMilestonesAndLeadsOnlyToTheirOwnWorkspace() {
        String code = code();
        create(null, body(code, "")).statusCode(401);
        create(TestTokens.user("board.member", "board-member"), body(code, "")).statusCode(403).contentType("application/problem+json");
        create(TestTokens.partner("coventry-la-ehcp", "coventry-city-council"), body(code, "")).statusCode(403);
        create(TestTokens.user("qa.lead", Map.of("workspace", "qa-data-digital"), "workspace-lead"), body(code, "")).statusCode(403);
        given().auth().oauth2(MANAGER).when().get("/api/v1/milestones/" + code).then().statusCode(404);
        given().auth().oauth2(MANAGER).queryParam("workspace", "capital-sufficiency").queryParam("size", 100)
                .when().get("/api/v1/milestones").then().body("items.code", org.hamcrest.Matchers.not(hasItem(code)));
    }
}
