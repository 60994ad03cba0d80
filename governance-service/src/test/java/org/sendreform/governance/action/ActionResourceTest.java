package org.sendreform.governance.action;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
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
public class ActionResourceTest {

    public static final String SECRETARY = TestTokens.user("board.secretary", "board-secretary");
    static final String RDG = TestTokens.user("rdg.member", "rdg-member");
    static final String PM = TestTokens.user("programme.manager", "programme-manager");
    static final String CAPITAL_LEAD = TestTokens.user("capital.lead", Map.of("workspace", "capital-sufficiency"), "workspace-lead");
    static final String QA_LEAD = TestTokens.user("qa.lead", Map.of("workspace", "qa-data-digital"), "workspace-lead");
    static final String BOARD_MEMBER = TestTokens.user("board.member", "board-member");
    static final String PARTNER = TestTokens.partner("demo-la-send", "coventry-la-send");

    public static ValidatableResponse create(String token, String body) {
        var request = given().contentType("application/json").body(body);
        if (token != null) {
            request.auth().oauth2(token);
        }
        return request.when().post("/api/v1/actions").then();
    }

    public static ValidatableResponse patch(String token, long id, String ifMatch, String body) {
        var request = given().auth().oauth2(token).contentType("application/merge-patch+json").body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.when().patch("/api/v1/actions/" + id).then();
    }

    /** A seeded meeting of the body, not cancelled (the 2026/27 schedule is seeded at start). */
    public static long meetingOf(String body) {
        List<Integer> ids = given().auth().oauth2(RDG).when().get("/api/v1/meetings?size=5&body=" + body + "&status=SCHEDULED")
                .then().statusCode(200).extract().path("items.id");
        return ids.get(ids.size() - 1);
    }

    public static LocalDate meetingDate(long id) {
        return LocalDate.parse(given().auth().oauth2(RDG).when().get("/api/v1/meetings/" + id).then().statusCode(200)
                .extract().<String>path("scheduledOn"));
    }

    static long total() {
        return given().auth().oauth2(RDG).when().get("/api/v1/actions?size=1").then().statusCode(200).extract().<Integer>path("total");
    }

    public static String action(long meeting, LocalDate due, String extra) {
        return "{\"text\":\"" + UUID.randomUUID() + "\",\"owner\":\"Capital and sufficiency lead\",\"dueOn\":\"" + due
                + "\",\"meeting\":" + meeting + extra + "}";
    }

    @Test
    void anActionFromAMeetingIsKeptByTheBodysRecorderAndClosedWithItsHistory() {
        long meeting = meetingOf("board");
        LocalDate due = meetingDate(meeting).plusDays(30);
        String location = create(SECRETARY, action(meeting, due, ",\"note\":\"costings awaited\""))
                .statusCode(201).header("Location", containsString("/api/v1/actions/")).header("ETag", is("\"0\""))
                .body("body", is("board")).body("status", is("OPEN")).body("overdue", is(false))
                .body("meeting", is((int) meeting)).body("createdBy", is("board.secretary")).body("closedOn", nullValue())
                .extract().header("Location");
        int id = given().auth().oauth2(BOARD_MEMBER).when().get(location).then().statusCode(200).header("ETag", is("\"0\""))
                .extract().path("id");

        patch(SECRETARY, id, "\"0\"", "{\"status\":\"IN_PROGRESS\",\"owner\":\"Head of SEND\"}").statusCode(200)
                .header("ETag", is("\"1\"")).body("status", is("IN_PROGRESS")).body("owner", is("Head of SEND"))
                .body("updatedBy", is("board.secretary"));
        patch(SECRETARY, id, "\"1\"", "{\"status\":\"DONE\",\"note\":\"tabled at the Board\"}").statusCode(200)
                .body("status", is("DONE")).body("closedOn", notNullValue());
        // done stays done: only reopening changes it
        patch(SECRETARY, id, "\"2\"", "{\"owner\":\"someone else\"}").statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("reopen"));
        patch(SECRETARY, id, "\"2\"", "{\"status\":\"OPEN\"}").statusCode(200).body("closedOn", nullValue());

        List<String> history = given().auth().oauth2(RDG).when().get("/api/v1/actions/" + id + "/history").then().statusCode(200)
                .extract().path("action");
        assertEquals(List.of("CREATED", "IN_PROGRESS", "DONE", "OPEN"), history);
        given().auth().oauth2(RDG).when().get("/api/v1/actions?body=board&meeting=" + meeting + "&open=true").then().statusCode(200)
                .body("items.id", hasItem(id));
    }

    @Test
    void anActionFromADecisionTakesTheDecisionsBodyAndAWorkspaceLeadKeepsOnlyTheirOwn() {
        String decision = "{\"body\":\"capital-sufficiency\",\"type\":\"RECOMMEND\",\"statement\":\"" + UUID.randomUUID()
                + "\",\"decidedOn\":\"" + LocalDate.now().minusDays(2) + "\"}";
        int decisionId = given().auth().oauth2(CAPITAL_LEAD).contentType("application/json").body(decision).when()
                .post("/api/v1/decisions").then().statusCode(201).extract().path("id");
        String body = "{\"text\":\"Draft the Woodfield phasing options\",\"owner\":\"Education capital lead\",\"dueOn\":\""
                + LocalDate.now().plusDays(20) + "\",\"decision\":" + decisionId + "}";
        long before = total();
        create(QA_LEAD, body).statusCode(403).contentType("application/problem+json");
        create(RDG, body).statusCode(403);
        assertEquals(before, total());
        int id = create(CAPITAL_LEAD, body).statusCode(201).body("body", is("capital-sufficiency"))
                .body("decision", is(decisionId)).extract().path("id");
        patch(QA_LEAD, id, "\"0\"", "{\"status\":\"IN_PROGRESS\"}").statusCode(403);
        patch(CAPITAL_LEAD, id, "\"0\"", "{\"status\":\"IN_PROGRESS\"}").statusCode(200);
    }

    @Test
    void overdueActionsAreFlaggedAndListed() {
        long meeting = given().auth().oauth2(RDG).when().get("/api/v1/meetings?size=1&body=rdg").then().statusCode(200)
                .extract().<Integer>path("items[0].id");
        LocalDate held = meetingDate(meeting);
        if (!held.isBefore(LocalDate.now().minusDays(1))) {
            return; // the seeded year has no RDG meeting in the past yet: nothing can be overdue
        }
        int id = create(RDG, action(meeting, held, "")).statusCode(201).body("overdue", is(true)).extract().path("id");
        given().auth().oauth2(RDG).when().get("/api/v1/actions?overdue=true&size=100&body=rdg").then().statusCode(200)
                .body("items.id", hasItem(id));
        given().auth().oauth2(RDG).when().get("/api/v1/actions?overdue=false&size=100&body=rdg").then().statusCode(200)
                .body("items.id", not(hasItem(id)));
    }

    @Test
    void badActionsAreRefusedNamingTheFieldAndNothingIsStored() {
        long meeting = meetingOf("board");
        LocalDate on = meetingDate(meeting);
        long before = total();
        create(SECRETARY, "{\"owner\":\"x\",\"dueOn\":\"" + on + "\",\"meeting\":" + meeting + "}").statusCode(422)
                .contentType("application/problem+json").body("errors.field", hasItem("text"));
        create(SECRETARY, "{\"text\":\"t\",\"owner\":\"x\",\"dueOn\":\"" + on + "\"}").statusCode(422)
                .body("errors.field", hasItem("meeting"));
        create(SECRETARY, action(999_999, on, "")).statusCode(422).body("errors.field", hasItem("meeting"));
        create(SECRETARY, "{\"text\":\"t\",\"owner\":\"x\",\"dueOn\":\"" + on + "\",\"decision\":999999}").statusCode(422)
                .body("errors.field", hasItem("decision"));
        create(SECRETARY, action(meeting, on.minusDays(1), "")).statusCode(422).body("errors.field", hasItem("dueOn"));
        create(SECRETARY, action(meeting, on, ",\"status\":\"DONE\"")).statusCode(422).body("errors.field", hasItem("status"));
        create(SECRETARY, action(meeting, on, ",\"body\":\"nowhere\"")).statusCode(422).body("errors.field", hasItem("body"));
        create(SECRETARY, action(meeting, on, ",\"body\":\"hwb\"")).statusCode(422).body("errors.field", hasItem("body"));
        create(SECRETARY, action(meeting, on, ",\"colour\":\"red\"")).statusCode(400).contentType("application/problem+json");
        create(SECRETARY, "{\"text\":\"t\",\"owner\":\"x\",\"dueOn\":\"tomorrow\",\"meeting\":" + meeting + "}").statusCode(400)
                .body("errors.field", hasItem("dueOn"));
        create(SECRETARY, action(meeting, on, ",\"text\":\"" + "x".repeat(2001) + "\"")).statusCode(anyOf400or422());
        assertEquals(before, total());
    }

    /** A duplicated key is either refused as malformed (400) or read as the last value and then too long (422). */
    private static org.hamcrest.Matcher<Integer> anyOf400or422() {
        return org.hamcrest.Matchers.anyOf(is(400), is(422));
    }

    @Test
    void updatesNeedTheCurrentVersionAndKeepTheRules() {
        long meeting = meetingOf("board");
        LocalDate on = meetingDate(meeting);
        int id = create(SECRETARY, action(meeting, on.plusDays(5), "")).statusCode(201).extract().path("id");
        patch(SECRETARY, id, null, "{\"status\":\"IN_PROGRESS\"}").statusCode(428).contentType("application/problem+json");
        patch(SECRETARY, id, "\"7\"", "{\"status\":\"IN_PROGRESS\"}").statusCode(412);
        patch(SECRETARY, id, "\"0\"", "{\"status\":\"DROPPED\"}").statusCode(422).body("errors.field", hasItem("note"));
        patch(SECRETARY, id, "\"0\"", "{\"dueOn\":\"" + on.minusDays(3) + "\"}").statusCode(422).body("errors.field", hasItem("dueOn"));
        patch(SECRETARY, id, "\"0\"", "{\"body\":\"rdg\"}").statusCode(422).body("errors.field", hasItem("body"));
        patch(SECRETARY, id, "\"0\"", "{\"meeting\":1}").statusCode(422).body("errors.field", hasItem("meeting"));
        patch(SECRETARY, id, "\"0\"", "{\"overdue\":true}").statusCode(400).body("errors.field", hasItem("overdue"));
        patch(SECRETARY, id, "\"0\"", "{\"text\":null}").statusCode(422).body("errors.field", hasItem("text"));
        patch(SECRETARY, id, "\"0\"", "[1,2]").statusCode(422);
        patch(SECRETARY, 999_999, "\"0\"", "{\"status\":\"DONE\"}").statusCode(404).contentType("application/problem+json");
        // nothing above changed it
        given().auth().oauth2(RDG).when().get("/api/v1/actions/" + id).then().statusCode(200).header("ETag", is("\"0\""))
                .body("status", is("OPEN")).body("body", is("board"));
        patch(SECRETARY, id, "\"0\"", "{\"status\":\"DROPPED\",\"note\":\"overtaken by the capital plan\"}").statusCode(200)
                .body("status", is("DROPPED"));
    }

    @Test
    void readsNeedATokenAndWritesNeedAKeeperRole() {
        long meeting = meetingOf("board");
        String body = action(meeting, meetingDate(meeting).plusDays(1), "");
        long before = total();
        create(null, body).statusCode(401).contentType("application/problem+json");
        create(PARTNER, body).statusCode(403).contentType("application/problem+json");
        create(BOARD_MEMBER, body).statusCode(403);
        create(RDG, body).statusCode(403); // the Board's actions are the secretary's to keep
        assertEquals(before, total());
        given().when().get("/api/v1/actions").then().statusCode(401);
        given().auth().oauth2(SECRETARY).when().get("/api/v1/actions/999999").then().statusCode(404)
                .contentType("application/problem+json");
        int id = create(PM, body).statusCode(201).extract().path("id");
        given().when().get("/api/v1/actions/" + id + "/history").then().statusCode(401);
        patch(PARTNER, id, "\"0\"", "{\"status\":\"DONE\"}").statusCode(403);
        patch(BOARD_MEMBER, id, "\"0\"", "{\"status\":\"IN_PROGRESS\"}").statusCode(403);
        given().contentType("application/merge-patch+json").body("{}").when().patch("/api/v1/actions/" + id).then().statusCode(401);
    }
}
