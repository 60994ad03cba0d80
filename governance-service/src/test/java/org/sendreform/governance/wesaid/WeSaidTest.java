package org.sendreform.governance.wesaid;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sendreform.platform.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
public class WeSaidTest {

    public static final String PM = TestTokens.user("programme.manager", "programme-manager");
    static final String SECRETARY = TestTokens.user("board.secretary", "board-secretary");
    static final String BOARD_MEMBER = TestTokens.user("board.member", "board-member");
    static final String LEAD = TestTokens.user("qa.lead", Map.of("workspace", "qa-data-digital"), "workspace-lead");
    static final String PARTNER = TestTokens.partner("demo-la-send", "coventry-la-send");
    static final String ANALYTICS = TestTokens.user("icb-analytics", "analytics-reader");

    public static ValidatableResponse create(String token, String body) {
        var request = given().contentType("application/json").body(body);
        if (token != null) {
            request.auth().oauth2(token);
        }
        return request.when().post("/api/v1/we-said-we-did").then();
    }

    public static ValidatableResponse patch(String token, long id, String ifMatch, String body) {
        var request = given().auth().oauth2(token).contentType("application/merge-patch+json").body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.when().patch("/api/v1/we-said-we-did/" + id).then();
    }

    static long total() {
        return given().auth().oauth2(PM).when().get("/api/v1/we-said-we-did?size=1").then().statusCode(200)
                .extract().<Integer>path("total");
    }

    public static String item(String extra) {
        return "{\"source\":\"PARENT_CARERS\",\"theme\":\"EHCP timescales " + UUID.randomUUID() + "\",\"saidOn\":\""
                + LocalDate.now().minusDays(10) + "\",\"weSaid\":\"Families do not know where an assessment has got to.\"" + extra + "}";
    }

    static int decision() {
        return given().auth().oauth2(SECRETARY).contentType("application/json")
                .body("{\"body\":\"board\",\"type\":\"SET_PRIORITIES\",\"statement\":\"" + UUID.randomUUID() + "\"}").when()
                .post("/api/v1/decisions").then().statusCode(201).extract().path("id");
    }

    @Test
    void anItemIsHeardActedOnPublishedAndReadByThePublicWithoutItsNotes() {
        int decision = decision();
        int id = create(PM, item(",\"notes\":\"raised at the PCF coffee morning\"")).statusCode(201)
                .header("Location", containsString("/api/v1/we-said-we-did/")).header("ETag", is("\"0\""))
                .body("status", is("LISTENING")).body("published", is(false)).extract().path("id");
        // not public yet
        given().when().get("/api/v1/public/we-said-we-did/" + id).then().statusCode(404).contentType("application/problem+json");

        patch(PM, id, "\"0\"", "{\"weDid\":\"We write to families at weeks 6, 12 and 16.\",\"status\":\"IN_PROGRESS\","
                + "\"decisions\":[" + decision + "],\"milestones\":[\"M-QA-Q3-01\"],\"published\":true}")
                .statusCode(200).header("ETag", is("\"1\"")).body("published", is(true)).body("publishedAt", notNullValue());

        given().when().get("/api/v1/public/we-said-we-did/" + id).then().statusCode(200)
                .body("weDid", containsString("weeks 6")).body("decisions", is(List.of(decision)))
                .body("milestones", is(List.of("M-QA-Q3-01"))).body("$", not(hasKey("notes"))).body("$", not(hasKey("createdBy")));
        given().when().get("/api/v1/public/we-said-we-did?size=100").then().statusCode(200).body("items.id", hasItem(id));
        given().auth().oauth2(PM).when().get("/api/v1/we-said-we-did?decision=" + decision).then().statusCode(200)
                .body("items.id", is(List.of(id)));

        patch(SECRETARY, id, "\"1\"", "{\"published\":false}").statusCode(200);
        given().when().get("/api/v1/public/we-said-we-did/" + id).then().statusCode(404);
        given().when().get("/api/v1/public/we-said-we-did?size=100").then().statusCode(200).body("items.id", not(hasItem(id)));
        List<String> history = given().auth().oauth2(BOARD_MEMBER).when().get("/api/v1/we-said-we-did/" + id + "/history").then()
                .statusCode(200).extract().path("action");
        assertEquals(List.of("CREATED", "PUBLISHED", "UNPUBLISHED"), history);
    }

    @Test
    void aPromiseWithNothingBehindItIsNotPublishedAndBadItemsAreRefusedNamingTheField() {
        long before = total();
        create(PM, item(",\"published\":true")).statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("published"));
        create(PM, item(",\"weDid\":\"done\",\"published\":true")).statusCode(422).body("errors.field", hasItem("published"));
        create(PM, item(",\"status\":\"DONE\"")).statusCode(422).body("errors.field", hasItem("weDid"));
        create(PM, item(",\"decisions\":[999999]")).statusCode(422).body("errors.field", hasItem("decisions[0]"));
        create(PM, item(",\"milestones\":[\"not a code\"]")).statusCode(422).body("errors.field", hasItem("milestones[0]"));
        create(PM, "{\"source\":\"PARENT_CARERS\",\"theme\":\"t\",\"saidOn\":\"" + LocalDate.now().plusDays(3)
                + "\",\"weSaid\":\"w\"}").statusCode(422).body("errors.field", hasItem("saidOn"));
        create(PM, "{\"source\":\"PARENT_CARERS\",\"saidOn\":\"2026-10-01\"}").statusCode(422)
                .body("errors.field", hasItem("theme")).body("errors.field", hasItem("weSaid"));
        create(PM, item("").replace("PARENT_CARERS", "THE_PRESS")).statusCode(400).body("errors.field", hasItem("source"));
        create(PM, item(",\"source\":\"PARENT_CARERS\"")).statusCode(400).contentType("application/problem+json");
        create(PM, item(",\"childName\":\"x\"")).statusCode(400).contentType("application/problem+json");
        create(PM, "not json").statusCode(400).contentType("application/problem+json");
        assertEquals(before, total());
    }

    @Test
    void updatesNeedTheCurrentVersionAndKeepTheRulesOfACreate() {
        int id = create(LEAD, item("")).statusCode(201).extract().path("id");
        patch(PM, id, null, "{\"status\":\"IN_PROGRESS\"}").statusCode(428).contentType("application/problem+json");
        patch(PM, id, "\"3\"", "{\"status\":\"IN_PROGRESS\"}").statusCode(412);
        patch(PM, id, "\"0\"", "{\"published\":true}").statusCode(422).body("errors.field", hasItem("published"));
        patch(PM, id, "\"0\"", "{\"weSaid\":null}").statusCode(422).body("errors.field", hasItem("weSaid"));
        patch(PM, id, "\"0\"", "{\"id\":5}").statusCode(400).body("errors.field", hasItem("id"));
        patch(PM, 999_999, "\"0\"", "{\"status\":\"DONE\"}").statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(PM).when().get("/api/v1/we-said-we-did/" + id).then().statusCode(200).header("ETag", is("\"0\""))
                .body("status", is("LISTENING"));
    }

    @Test
    void partnersAndAnalyticsReadOnlyPublishedItemsAndWritesNeedAKeeper() {
        long before = total();
        create(null, item("")).statusCode(401).contentType("application/problem+json");
        create(PARTNER, item("")).statusCode(403).contentType("application/problem+json");
        create(BOARD_MEMBER, item("")).statusCode(403);
        assertEquals(before, total());
        given().auth().oauth2(PARTNER).when().get("/api/v1/we-said-we-did").then().statusCode(403);
        given().auth().oauth2(ANALYTICS).when().get("/api/v1/we-said-we-did").then().statusCode(403);
        given().auth().oauth2(PARTNER).when().get("/api/v1/public/we-said-we-did").then().statusCode(200);
        int id = create(PM, item("")).statusCode(201).extract().path("id");
        patch(BOARD_MEMBER, id, "\"0\"", "{\"status\":\"IN_PROGRESS\"}").statusCode(403);
        given().contentType("application/merge-patch+json").body("{}").when().patch("/api/v1/we-said-we-did/" + id).then()
                .statusCode(401);
    }
}
