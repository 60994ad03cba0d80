package org.sendreform.governance.meeting;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sendreform.governance.body.Body;
import org.sendreform.governance.body.BodyKind;
import org.sendreform.governance.body.Cadence;
import org.sendreform.governance.body.DecisionType;
import org.sendreform.platform.testing.TestTokens;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
public class MeetingResourceTest {

    static final String SECRETARY = TestTokens.user("board.secretary", "board-secretary");
    public static final String RDG = TestTokens.user("rdg.member", "rdg-member");
    static final String ADMIN = TestTokens.user("admin", "admin");

    static JsonPath meetings(String query) {
        return given().auth().oauth2(RDG).when().get("/api/v1/meetings?size=100&" + query).then().statusCode(200).extract().jsonPath();
    }

    public static String etag(long id) {
        return given().auth().oauth2(RDG).when().get("/api/v1/meetings/" + id).then().statusCode(200).extract().header("ETag");
    }

    public static ValidatableResponse patch(String token, long id, String ifMatch, String body) {
        var request = given().auth().oauth2(token).contentType("application/merge-patch+json").body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.when().patch("/api/v1/meetings/" + id).then();
    }

    public static ValidatableResponse schedule(String token, String body, String year) {
        return given().auth().oauth2(token).contentType("application/json")
                .body("{\"body\":\"" + body + "\",\"academicYear\":\"" + year + "\"}").when().post("/api/v1/meetings/schedule").then();
    }

    /** A parent body meeting monthly and a child workspace escalating to it, of their own for one test. */
    public static String[] parentAndChild() {
        String parent = "t-p-" + UUID.randomUUID().toString().substring(0, 6);
        String child = "t-c-" + parent.substring(4);
        QuarkusTransaction.requiringNew().run(() -> {
            Body p = new Body();
            p.code = parent;
            p.name = "Test delivery group";
            p.kind = BodyKind.DELIVERY_GROUP;
            p.cadence = Cadence.MONTHLY;
            p.parentCode = "board";
            p.persist();
            Body c = new Body();
            c.code = child;
            c.name = "Test workspace";
            c.kind = BodyKind.WORKSPACE;
            c.cadence = Cadence.MONTHLY;
            c.parentCode = parent;
            c.decisionRights.add(new Body.DecisionRight(DecisionType.ESCALATE, false));
            c.persist();
        });
        return new String[] { parent, child };
    }

    @Test
    void theSeededScheduleFollowsEachBodysCadenceWithTheStandingItems() {
        JsonPath board = meetings("body=board&period=AY2026-27");
        assertEquals(List.of("2026-10-15", "2026-12-17", "2027-02-18", "2027-03-18", "2027-05-20", "2027-07-15"),
                board.getList("items.scheduledOn"));
        assertEquals(List.of("ASSURANCE_PACK", "ESCALATIONS", "VOICE", "SETTING_INPUT"),
                board.getList("items[0].agenda.kind").subList(0, 4));
        assertEquals(6, meetings("body=rdg&period=AY2026-27").getInt("total"));
        assertEquals(12, meetings("body=capital-sufficiency&period=AY2026-27").getInt("total"));
        assertEquals(0, meetings("body=hwb").getInt("total"));
        given().auth().oauth2(RDG).queryParam("period", "2026-13").when().get("/api/v1/meetings").then().statusCode(400);
        given().auth().oauth2(RDG).queryParam("status", "POSTPONED").when().get("/api/v1/meetings").then().statusCode(400);
        given().auth().oauth2(RDG).when().get("/api/v1/meetings/999999999").then().statusCode(404);
    }

    @Test
    void aScheduleIsMadeOncePerYearByThoseWhoRecordTheBodysBusiness() {
        String[] bodies = parentAndChild();
        schedule(SECRETARY, bodies[0], "AY2027-28").statusCode(403);
        schedule(TestTokens.user("icb.analyst", "analytics-reader"), bodies[0], "AY2027-28").statusCode(403);
        given().contentType("application/json").body("{\"body\":\"rdg\",\"academicYear\":\"AY2027-28\"}")
                .when().post("/api/v1/meetings/schedule").then().statusCode(401);
        schedule(RDG, bodies[0], "FY2027-28").statusCode(422).body("errors[0].field", is("academicYear"));
        schedule(RDG, bodies[0], "AY27").statusCode(422).body("errors[0].field", is("academicYear"));
        schedule(RDG, "nowhere", "AY2027-28").statusCode(422).body("errors[0].field", is("body"));
        schedule(ADMIN, "hwb", "AY2027-28").statusCode(403);
        schedule(RDG, bodies[0], "AY2027-28").statusCode(201).body("size()", is(12))
                .body("[0].scheduledOn", is("2027-09-09")).body("status", everyItem(is("SCHEDULED")));
        schedule(RDG, bodies[0], "AY2027-28").statusCode(409);
    }

    @Test
    void anEscalationGoesOnTheNextMeetingAndMovesOnWhenItIsCancelled() {
        String[] bodies = parentAndChild();
        schedule(RDG, bodies[0], "AY2027-28").statusCode(201);
        JsonPath year = meetings("body=" + bodies[0]);
        long first = year.getLong("items[0].id");
        long second = year.getLong("items[1].id");
        given().auth().oauth2(ADMIN).contentType("application/json")
                .body("{\"body\":\"" + bodies[1] + "\",\"type\":\"ESCALATE\",\"statement\":\"workforce gap needs the group\"}")
                .when().post("/api/v1/decisions").then().statusCode(201);
        JsonPath escalation = given().auth().oauth2(RDG).queryParam("body", bodies[0]).when().get("/api/v1/escalations")
                .then().statusCode(200).extract().jsonPath();
        long id = escalation.getLong("items[0].id");
        assertEquals(first, escalation.getLong("items[0].meetingId"));
        given().auth().oauth2(RDG).when().get("/api/v1/meetings/" + first).then()
                .body("agenda.find { it.kind == 'ESCALATION' }.escalationId", is((int) id))
                .body("agenda.find { it.kind == 'ESCALATION' }.title", containsString("workforce gap"));

        patch(RDG, first, etag(first), "{\"status\":\"CANCELLED\"}").statusCode(200).body("status", is("CANCELLED"));
        given().auth().oauth2(RDG).when().get("/api/v1/escalations/" + id).then().body("meetingId", is((int) second));
        given().auth().oauth2(RDG).when().get("/api/v1/meetings/" + second).then()
                .body("agenda.escalationId", hasItem((int) id));
        given().auth().oauth2(RDG).when().get("/api/v1/meetings/" + first + "/history").then().statusCode(200)
                .body("action", hasItem("CANCELLED"));
        patch(RDG, first, etag(first), "{\"scheduledOn\":\"2027-09-10\"}").statusCode(409);
    }

    @Test
    void movingHoldingAndMinutesFollowTheRules() {
        String[] bodies = parentAndChild();
        schedule(RDG, bodies[0], "AY2025-26").statusCode(201); // all in the past
        schedule(RDG, bodies[0], "AY2027-28").statusCode(201); // all in the future
        long past = meetings("body=" + bodies[0] + "&period=AY2025-26").getLong("items[0].id");
        JsonPath future = meetings("body=" + bodies[0] + "&period=AY2027-28");
        long next = future.getLong("items[0].id");
        String taken = future.getString("items[1].scheduledOn");

        patch(RDG, next, null, "{\"scheduledOn\":\"2027-09-16\"}").statusCode(428);
        patch(RDG, next, "\"99\"", "{\"scheduledOn\":\"2027-09-16\"}").statusCode(412);
        patch(SECRETARY, next, etag(next), "{\"scheduledOn\":\"2027-09-16\"}").statusCode(403);
        patch(RDG, 999999999L, "\"0\"", "{\"scheduledOn\":\"2027-09-16\"}").statusCode(404);
        patch(RDG, next, etag(next), "{\"scheduledOn\":\"" + taken + "\"}").statusCode(409);
        patch(RDG, next, etag(next), "{\"status\":\"HELD\"}").statusCode(422).body("errors[0].field", is("status"));
        patch(RDG, next, etag(next), "{\"minutes\":\"early\"}").statusCode(422).body("errors[0].field", is("minutes"));
        patch(RDG, next, etag(next), "{\"scheduledOn\":\"16/09/2027\"}").statusCode(400);
        patch(RDG, next, etag(next), "{\"venue\":\"Council House\"}").statusCode(400).body("errors[0].field", is("venue"));
        patch(RDG, next, etag(next), "{\"scheduledOn\":\"2027-09-16\"}").statusCode(200).body("scheduledOn", is("2027-09-16"));

        String attendance = "\"attendance\":[{\"role\":\"Chair: SEND Reform Programme Manager\",\"organisation\":\"Coventry City Council\",\"present\":true},"
                + "{\"role\":\"PCF representative\",\"organisation\":\"Coventry Parent Carer Forum\",\"present\":false}]";
        patch(RDG, past, etag(past), "{\"status\":\"HELD\"," + attendance + ",\"minutes\":\"Agreed the mitigation plan.\"}").statusCode(200)
                .body("status", is("HELD")).body("attendance[1].present", is(false)).body("minutes", is("Agreed the mitigation plan."));
        patch(RDG, past, etag(past), "{\"minutes\":\"Agreed the mitigation plan, with actions.\"}").statusCode(200);
        patch(RDG, past, etag(past), "{\"scheduledOn\":\"2025-09-12\"}").statusCode(409);
        patch(RDG, past, etag(past), "{\"attendance\":[{\"role\":\"\",\"organisation\":\"x\",\"present\":true}]}").statusCode(422);

        String paper = "{\"kind\":\"PAPER\",\"title\":\"Options paper: therapy model\",\"paperRef\":\"RDG/2027/09/01\"}";
        given().auth().oauth2(RDG).contentType("application/json").header("If-Match", etag(next)).body(paper)
                .when().post("/api/v1/meetings/" + next + "/agenda").then().statusCode(201)
                .body("agenda[-1].kind", is("PAPER")).body("agenda[-1].paperRef", is("RDG/2027/09/01"));
        given().auth().oauth2(RDG).contentType("application/json").header("If-Match", etag(next))
                .body(paper.replace("PAPER", "ESCALATION")).when().post("/api/v1/meetings/" + next + "/agenda").then().statusCode(422)
                .body("errors[0].field", is("kind"));
        given().auth().oauth2(RDG).contentType("application/json").header("If-Match", etag(next)).body("{\"kind\":\"ITEM\"}")
                .when().post("/api/v1/meetings/" + next + "/agenda").then().statusCode(422).body("errors[0].field", is("title"));
        given().auth().oauth2(RDG).contentType("application/json").header("If-Match", etag(past)).body(paper)
                .when().post("/api/v1/meetings/" + past + "/agenda").then().statusCode(409);
    }

    @Test
    void aDecisionCitesAMeetingOfItsOwnBody() {
        long boardMeeting = meetings("body=board&period=AY2026-27").getLong("items[0].id");
        long rdgMeeting = meetings("body=rdg&period=AY2026-27").getLong("items[0].id");
        given().auth().oauth2(RDG).contentType("application/json")
                .body("{\"body\":\"rdg\",\"type\":\"OPERATIONAL\",\"statement\":\"x\",\"meeting\":" + boardMeeting + "}")
                .when().post("/api/v1/decisions").then().statusCode(422).body("errors[0].field", is("meeting"));
        given().auth().oauth2(RDG).contentType("application/json")
                .body("{\"body\":\"rdg\",\"type\":\"OPERATIONAL\",\"statement\":\"x\",\"meeting\":999999999}")
                .when().post("/api/v1/decisions").then().statusCode(422).body("errors[0].field", is("meeting"));
        given().auth().oauth2(RDG).contentType("application/json")
                .body("{\"body\":\"rdg\",\"type\":\"OPERATIONAL\",\"statement\":\"x\",\"meeting\":" + rdgMeeting + "}")
                .when().post("/api/v1/decisions").then().statusCode(201).body("meeting", is((int) rdgMeeting));
        given().auth().oauth2(RDG).contentType("application/json").body("{\"body\":\"rdg\",\"type\":\"OPERATIONAL\",\"statement\":\"x\"}")
                .when().post("/api/v1/decisions").then().statusCode(201).body("meeting", nullValue());
        assertEquals(LocalDate.parse("2026-10-08"), LocalDate.parse(meetings("body=rdg&period=AY2026-27").getString("items[0].scheduledOn")));
    }
}
