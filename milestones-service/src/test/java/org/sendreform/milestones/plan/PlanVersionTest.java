package org.sendreform.milestones.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.sendreform.milestones.TestMilestones;
import org.sendreform.milestones.milestone.MilestoneStatus;
import org.sendreform.platform.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class PlanVersionTest {

    static final String MANAGER = TestTokens.user("programme.manager", "programme-manager");

    static ValidatableResponse start(String token, String body) {
        var request = given().contentType("application/json").body(body);
        if (token != null) {
            request.auth().oauth2(token);
        }
        return request.when().post("/api/v1/plan/versions").then();
    }

    @Test
    void theSeedIsVersionThreePointOneAndANewVersionFreezesTheOldOneAsItStood() {
        given().auth().oauth2(MANAGER).when().get("/api/v1/plan/versions/v3.1").then().statusCode(200)
                .body("planYear", is("FY2026-27")).body("source", containsString("signed 18 June 2026"))
                .body("content.themes.code", hasItems("BB1", "EN3")).body("content.milestones.size()", greaterThanOrEqualTo(74));
        String code = TestMilestones.fresh(MilestoneStatus.NOT_STARTED);
        String label = "v4." + ThreadLocalRandom.current().nextInt(1, 999);
        String body = "{\"version\":\"" + label + "\",\"title\":\"Coventry Local SEND and AP Reform Plan\",\"planYear\":\"FY2027-28\"}";
        String previous = given().auth().oauth2(MANAGER).when().get("/api/v1/plan").then().statusCode(200).extract().path("version");
        start(MANAGER, body).statusCode(201).header("Location", containsString("/api/v1/plan/versions/" + label))
                .body("status", is("CURRENT")).body("startedBy", is("programme.manager")).body("content", nullValue());
        // the live plan moves on; the old version keeps the milestone as it stood
        String tag = given().auth().oauth2(MANAGER).when().get("/api/v1/milestones/" + code).then().extract().header("ETag");
        given().auth().oauth2(MANAGER).contentType("application/merge-patch+json").header("If-Match", tag).body("{\"title\":\"Revised\"}")
                .when().patch("/api/v1/milestones/" + code).then().statusCode(200);
        given().auth().oauth2(MANAGER).when().get("/api/v1/plan/versions/" + previous).then().statusCode(200)
                .body("status", is("SUPERSEDED"))
                .body("content.milestones.find { it.code == '" + code + "' }.title", is("Test milestone"));
        given().auth().oauth2(TestTokens.user("board.member", "board-member")).when().get("/api/v1/plan").then().statusCode(200)
                .body("version", is(label)).body("content.milestones.find { it.code == '" + code + "' }.title", is("Revised"));
        given().auth().oauth2(MANAGER).when().get("/api/v1/plan/versions").then().statusCode(200)
                .body("[0].version", is(label)).body("version", hasItems(label, previous, "v3.1"));
        start(MANAGER, body).statusCode(409).contentType("application/problem+json");
    }

    @Test
    void aBadVersionIsAProblemNamingTheFieldAndChangesNothing() {
        String current = given().auth().oauth2(MANAGER).when().get("/api/v1/plan").then().extract().path("version");
        start(MANAGER, "{\"version\":\"four\",\"title\":\"x\",\"planYear\":\"FY2027-28\"}").statusCode(422).body("errors[0].field", is("version"));
        start(MANAGER, "{\"version\":\"v8.0\",\"title\":\" \",\"planYear\":\"FY2027-28\"}").statusCode(422).body("errors[0].field", is("title"));
        start(MANAGER, "{\"version\":\"v8.0\",\"title\":\"x\",\"planYear\":\"FY2027-28-Q1\"}").statusCode(422).body("errors[0].field", is("planYear"));
        start(MANAGER, "{\"version\":\"v8.0\",\"title\":\"x\"}").statusCode(422).body("errors[0].field", is("planYear"));
        start(MANAGER, "{\"version\":\"v8.0\",\"title\":\"x\",\"planYear\":\"FY2020-21\"}").statusCode(422).body("errors[0].field", is("planYear"));
        start(MANAGER, "{\"version\":\"v8.0\",\"title\":\"x\",\"planYear\":\"FY2027-28\",\"colour\":1}").statusCode(400);
        start(MANAGER, "{\"version\":").statusCode(400).contentType("application/problem+json");
        start(null, "{\"version\":\"v8.0\",\"title\":\"x\",\"planYear\":\"FY2027-28\"}").statusCode(401);
        start(TestTokens.user("lead", Map.of("workspace", "qa-data-digital"), "workspace-lead"),
                "{\"version\":\"v8.0\",\"title\":\"x\",\"planYear\":\"FY2027-28\"}").statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(MANAGER).when().get("/api/v1/plan").then().body("version", is(current));
        given().auth().oauth2(MANAGER).when().get("/api/v1/plan/versions/v8.0").then().statusCode(404).contentType("application/problem+json");
    }
}
