package org.sendreform.governance.action;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sendreform.platform.testing.ServerOwnedFields;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Fields a client must not set on an action, when creating or changing it: id, who and when, the version, what
 * rules compute (overdue, closedOn); and once created, the owning body, meeting and decision. Each is refused
 * naming it (400 for a field the request does not have, 422 for a fixed one changed), and nothing is stored.
 */
@QuarkusTest
class ActionServerFieldsTest {

    static final String SECRETARY = ActionResourceTest.SECRETARY;

    static final Map<String, String> SERVER_OWNED = Map.of(
            "id", "99",
            "overdue", "false",
            "closedOn", "\"2026-01-01\"",
            "createdBy", "\"someone.else\"",
            "createdAt", "\"2026-01-01T00:00:00Z\"",
            "updatedBy", "\"someone.else\"",
            "updatedAt", "\"2026-01-01T00:00:00Z\"",
            "version", "7",
            "history", "[]");

    @Test
    void creatingAnActionWithAServerOwnedFieldIsRefusedNamingItAndAddsNothing() {
        long meeting = ActionResourceTest.meetingOf("board");
        LocalDate due = ActionResourceTest.meetingDate(meeting).plusDays(30);
        long before = ActionResourceTest.total();
        Map<String, Integer> answers = ServerOwnedFields.eachRefused(ActionResourceTest.action(meeting, due, ""), SERVER_OWNED,
                b -> ActionResourceTest.create(SECRETARY, b).extract().response());
        assertEquals(SERVER_OWNED.keySet(), answers.keySet());
        assertEquals(before, ActionResourceTest.total());
    }

    @Test
    void changingAnActionWithAServerOwnedOrFixedFieldIsRefusedNamingItAndChangesNothing() {
        long meeting = ActionResourceTest.meetingOf("board");
        LocalDate due = ActionResourceTest.meetingDate(meeting).plusDays(30);
        int id = ActionResourceTest.create(SECRETARY, ActionResourceTest.action(meeting, due, "")).statusCode(201).extract().path("id");
        Map<String, String> fields = new HashMap<>(SERVER_OWNED);
        fields.put("body", "\"rdg\"");
        fields.put("meeting", Long.toString(meeting + 1));
        fields.put("decision", "1");
        Map<String, Integer> answers = ServerOwnedFields.eachRefused("{\"owner\":\"Head of SEND\"}", fields,
                b -> ActionResourceTest.patch(SECRETARY, id, "\"0\"", b).extract().response());
        assertEquals(fields.keySet(), answers.keySet());
        given().auth().oauth2(SECRETARY).when().get("/api/v1/actions/" + id).then().statusCode(200).header("ETag", is("\"0\""))
                .body("owner", is("Capital and sufficiency lead")).body("body", is("board"));
        given().auth().oauth2(SECRETARY).when().get("/api/v1/actions/" + id + "/history").then().body("size()", is(1));
    }
}
