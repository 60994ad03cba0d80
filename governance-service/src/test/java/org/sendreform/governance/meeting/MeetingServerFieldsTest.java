package org.sendreform.governance.meeting;

import static io.restassured.RestAssured.given;

import org.junit.jupiter.api.Test;
import org.sendreform.governance.ServerFields;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Fields a client must not set on a meeting. Scheduling takes the body and the year only: the id, dates, status,
 * agenda, attendance, minutes and version come from the cadence or from later changes. A change does not move a
 * meeting to another body or year, nor write its agenda (items are added one by one), its id or version. Each is
 * refused naming it (400: the request has no such field), and nothing is stored.
 */
@QuarkusTest
class MeetingServerFieldsTest {

    static final String RDG = MeetingResourceTest.RDG;

    @Test
    void schedulingWithAServerOwnedFieldIsRefusedNamingItAndSchedulesNothing() {
        String body = MeetingResourceTest.parentAndChild()[0];
        ServerFields.eachRefused("{\"body\":\"" + body + "\",\"academicYear\":\"AY2027-28\"}",
                ServerFields.idVersionAnd("scheduledOn", "\"2027-09-09\"", "status", "\"HELD\"", "agenda", "[]", "attendance", "[]",
                        "minutes", "\"Agreed the plan\""),
                b -> given().auth().oauth2(RDG).contentType("application/json").body(b).when().post("/api/v1/meetings/schedule"),
                () -> MeetingResourceTest.meetings("body=" + body).getInt("total"));
    }

    @Test
    void changingAMeetingWithAServerOwnedOrFixedFieldIsRefusedNamingItAndChangesNothing() {
        String body = MeetingResourceTest.parentAndChild()[0];
        long id = MeetingResourceTest.schedule(RDG, body, "AY2027-28").statusCode(201).extract().jsonPath().getLong("[0].id");
        String etag = MeetingResourceTest.etag(id);
        ServerFields.eachRefused("{\"status\":\"CANCELLED\"}",
                ServerFields.idVersionAnd("body", "\"rdg\"", "academicYear", "\"AY2028-29\"", "agenda", "[]"),
                b -> MeetingResourceTest.patch(RDG, id, etag, b).extract().response(), ServerFields.item(RDG, "/api/v1/meetings/" + id));
    }
}
