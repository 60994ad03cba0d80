package org.sendreform.governance.pack;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.sendreform.platform.testing.TestTokens;
import org.sendreform.platform.testing.Topics;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;

/** Issuing a pack announces it once, in the issuing transaction (through the outbox). */
@QuarkusTest
class PackIssuedTest {

    static final String SECRETARY = TestTokens.user("board.secretary", "board-secretary");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void anIssuedPackIsAnnouncedWithItsMeetingAndVersion() {
        long meeting = PackTest.boardMeeting(4);
        int id = given().auth().oauth2(SECRETARY).contentType("application/json").body("{\"meeting\":" + meeting + "}").when()
                .post("/api/v1/packs").then().statusCode(201).extract().path("id");
        int version = given().auth().oauth2(SECRETARY).when().get("/api/v1/packs/" + id).then().statusCode(200).extract().path("version");
        List<Topics.Event> events = Topics.read(bootstrap, "governance.events.v1",
                e -> e.key().equals(Integer.toString(id)) && e.type().equals(PackIssued.TYPE), 1);
        assertEquals(1, events.size());
        assertEquals("board/" + meeting, events.get(0).subject());
        JsonObject data = new JsonObject(events.get(0).data());
        assertEquals(meeting, data.getLong("meetingId"));
        assertEquals(version, data.getInteger("version"));
        assertEquals("board.secretary", data.getString("issuedBy"));
    }
}
