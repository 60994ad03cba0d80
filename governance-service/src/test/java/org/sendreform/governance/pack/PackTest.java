package org.sendreform.governance.pack;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.sendreform.platform.testing.TestTokens;
import org.sendreform.platform.testing.Topics;

import io.restassured.path.json.JsonPath;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The pack built from governance's read models, fed here with the producers' own example events over the real
 * broker (no other service runs in these tests, as when they are down).
 */
@QuarkusTest
class PackTest {

    static final String SECRETARY = TestTokens.user("board.secretary", "board-secretary");
    static final String RDG = TestTokens.user("rdg.member", "rdg-member");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    String example(String folder, String file) throws Exception {
        return Files.readString(Path.of("..", "docs", "events", folder, file));
    }

    void send(String topic, String type, String key, String value) {
        Topics.send(bootstrap, topic, key, UUID.randomUUID().toString(), type, value);
    }

    static long boardMeeting(int index) {
        return given().auth().oauth2(RDG).queryParam("body", "board").queryParam("period", "AY2026-27").when().get("/api/v1/meetings")
                .then().statusCode(200).extract().jsonPath().getLong("items[" + index + "].id");
    }

    static JsonPath preview(long meeting) {
        return given().auth().oauth2(RDG).queryParam("meeting", meeting).when().get("/api/v1/packs/preview")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void thePackReflectsWhatTheOtherServicesAnnouncedNewestVersionFirst() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String milestone = "T-M-" + suffix;
        String risk = "T-R-" + suffix;
        String measure = "T-MS-" + suffix;
        send("milestones.events.v1", ReadModelInbox.MILESTONE_CHANGED, milestone,
                example("milestones", "milestone-changed.v1.example.json").replace("\"M-CS-Q2-02\"", "\"" + milestone + "\""));
        String riskV2 = example("risks", "risk-changed.v1.example.json").replace("\"R-04\"", "\"" + risk + "\"")
                .replace("\"Data and evaluation too weak to evidence impact\"", "\"<b>Data</b> & evaluation\"");
        send("risks.events.v1", "org.sendreform.risks.risk-changed.v1", risk, riskV2);
        // an older version arriving late changes nothing
        send("risks.events.v1", "org.sendreform.risks.risk-changed.v1", risk,
                riskV2.replace("\"version\": 2", "\"version\": 1").replace("\"owningBody\": \"rdg\"", "\"owningBody\": \"board\""));
        send("metrics.events.v1", ReadModelInbox.MEASURE_STATUS_CHANGED, measure,
                example("metrics", "measure-status-changed.v1.example.json").replace("\"EHCP-20WK\"", "\"" + measure + "\""));

        long meeting = boardMeeting(1);
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            JsonPath p = preview(meeting);
            return p.getList("progress.slipped.code").contains(milestone) && p.getList("measures.code").contains(measure)
                    && p.getList("risks.escalated").contains(risk);
        });
        Thread.sleep(1_000);
        JsonPath pack = preview(meeting);
        assertEquals("board", pack.getString("body"));
        assertEquals("OFF_TRACK", pack.getString("measures.find { it.code == '" + measure + "' }.status"));
        assertEquals("rdg", pack.getString("risks.byBody.rdg.find { it.code == '" + risk + "' }.owningBody"));
        assertEquals(List.of(), pack.getList("risks.byBody.board.findAll { it.code == '" + risk + "' }"));
        assertEquals(true, pack.getList("risks.aboveAppetite").contains(risk));
        assertEquals(true, pack.getList("risks.redResidual").contains(risk));
        assertEquals("AMBER", pack.getString("progress.slipped.find { it.code == '" + milestone + "' }.confidence"));
        assertEquals(true, pack.getString("freshness.risks") != null);
    }

    @Test
    void anIssuedPackIsFrozenAndVersionedInJsonAndHtml() throws Exception {
        long meeting = boardMeeting(2);
        String body = "{\"meeting\":" + meeting + "}";
        int first = given().auth().oauth2(SECRETARY).contentType("application/json").body(body).when().post("/api/v1/packs")
                .then().statusCode(201).header("Location", containsString("/api/v1/packs/")).body("version", is(1))
                .body("issuedBy", is("board.secretary")).body("content.meetingId", is((int) meeting)).extract().path("id");
        String frozen = given().auth().oauth2(RDG).when().get("/api/v1/packs/" + first).then().statusCode(200)
                .header("Cache-Control", containsString("immutable")).extract().asString();

        // the world moves on: a new risk appears in the read model
        String risk = "T-R-" + UUID.randomUUID().toString().substring(0, 6);
        send("risks.events.v1", "org.sendreform.risks.risk-changed.v1", risk,
                example("risks", "risk-changed.v1.example.json").replace("\"R-04\"", "\"" + risk + "\"")
                        .replace("\"Data and evaluation too weak to evidence impact\"", "\"<i>Workforce</i> & capacity\""));
        await().atMost(Duration.ofSeconds(20)).until(() -> preview(meeting).getList("risks.escalated").contains(risk));

        given().auth().oauth2(SECRETARY).contentType("application/json").body(body).when().post("/api/v1/packs")
                .then().statusCode(201).body("version", is(2)).body("content.risks.escalated", hasItem(risk));
        assertEquals(frozen, given().auth().oauth2(RDG).when().get("/api/v1/packs/" + first).then().extract().asString());
        given().auth().oauth2(RDG).queryParam("meeting", meeting).when().get("/api/v1/packs").then().statusCode(200)
                .body("version", is(List.of(2, 1)));

        given().auth().oauth2(RDG).accept("text/html").when().get("/api/v1/packs/" + first).then().statusCode(200)
                .contentType(containsString("text/html")).body(containsString("assurance pack")).body(not(containsString(risk)));
        given().auth().oauth2(RDG).accept("text/html").queryParam("meeting", meeting).when().get("/api/v1/packs/preview").then()
                .statusCode(200).contentType(containsString("text/html"))
                .body(containsString("&lt;i&gt;Workforce&lt;/i&gt; &amp; capacity")).body(not(containsString("<i>Workforce</i>")));
    }

    @Test
    void whoIssuesAndWhatIsRefused() {
        long meeting = boardMeeting(3);
        long rdgMeeting = given().auth().oauth2(RDG).queryParam("body", "rdg").when().get("/api/v1/meetings").then().extract()
                .jsonPath().getLong("items[0].id");
        String body = "{\"meeting\":" + meeting + "}";
        given().contentType("application/json").body(body).when().post("/api/v1/packs").then().statusCode(401);
        given().auth().oauth2(RDG).contentType("application/json").body(body).when().post("/api/v1/packs").then().statusCode(403);
        given().auth().oauth2(TestTokens.user("board.member", "board-member")).contentType("application/json").body(body)
                .when().post("/api/v1/packs").then().statusCode(403);
        given().auth().oauth2(TestTokens.partner("demo-la-send", "coventry-la-send")).contentType("application/json").body(body)
                .when().post("/api/v1/packs").then().statusCode(403);
        given().auth().oauth2(SECRETARY).contentType("application/json").body("{\"meeting\":" + rdgMeeting + "}")
                .when().post("/api/v1/packs").then().statusCode(422).body("errors[0].field", is("meeting"));
        given().auth().oauth2(SECRETARY).contentType("application/json").body("{\"meeting\":999999999}")
                .when().post("/api/v1/packs").then().statusCode(422).body("errors[0].field", is("meeting"));
        given().auth().oauth2(SECRETARY).contentType("application/json").body("{}")
                .when().post("/api/v1/packs").then().statusCode(422).body("errors[0].field", is("meeting"));
        given().auth().oauth2(SECRETARY).contentType("application/json").body("{\"meeting\":\"next\"}")
                .when().post("/api/v1/packs").then().statusCode(400);
        given().auth().oauth2(RDG).when().get("/api/v1/packs/preview").then().statusCode(400);
        given().auth().oauth2(RDG).queryParam("meeting", 999999999).when().get("/api/v1/packs/preview").then().statusCode(404);
        given().auth().oauth2(RDG).queryParam("meeting", rdgMeeting).when().get("/api/v1/packs/preview").then().statusCode(422);
        given().auth().oauth2(RDG).when().get("/api/v1/packs/999999999").then().statusCode(404);
    }
}
