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
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.sendreform.governance.qa.QaReport;
import org.sendreform.platform.testing.TestTokens;
import org.sendreform.platform.testing.Topics;

import io.restassured.path.json.JsonPath;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The pack built from governance's read models, fed here with the producers' own example events over the real
 * broker (no other service runs in these tests, as when they are down).
 */
@QuarkusTest
public class PackTest {

    public static final String SECRETARY = TestTokens.user("board.secretary", "board-secretary");
    static final String RDG = TestTokens.user("rdg.member", "rdg-member");
    static final String QA_LEAD = TestTokens.user("qa.lead", Map.of("workspace", "qa-data-digital"), "workspace-lead");

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    String example(String folder, String file) throws Exception {
        return Files.readString(Path.of("..", "docs", "events", folder, file));
    }

    void send(String topic, String type, String key, String value) {
        Topics.send(bootstrap, topic, key, UUID.randomUUID().toString(), type, value);
    }

    public static long boardMeeting(int index) {
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

    static long qaReport(String provider, String rating, String findings, String status) {
        return given().auth().oauth2(QA_LEAD).contentType("application/json").body("""
                {"kind": "OUT_OF_CITY_PROVIDER_VISIT", "provider": "%s", "auditedOn": "2026-09-20", "rating": "%s", "findings": "%s",
                 "concerns": [{"text": "Part-time timetables for 3 of 8 pupils placed"}], "status": "%s"}"""
                .formatted(provider, rating, findings, status)).when().post("/api/v1/qa-reports").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    static void publishedOn(long report, String day) {
        QuarkusTransaction.requiringNew().run(() -> QaReport.getEntityManager()
                .createNativeQuery("update qa_report set published_on = cast(?1 as date) where id = ?2").setParameter(1, day)
                .setParameter(2, report).executeUpdate());
    }

    static void withdraw(long report) {
        String etag = given().auth().oauth2(QA_LEAD).when().get("/api/v1/qa-reports/" + report).then().extract().header("ETag");
        given().auth().oauth2(QA_LEAD).contentType("application/merge-patch+json").header("If-Match", etag)
                .body("{\"status\": \"WITHDRAWN\", \"withdrawnReason\": \"wrong provider\"}").when()
                .patch("/api/v1/qa-reports/" + report).then().statusCode(200);
    }

    @Test
    void qaReportsPublishedSinceTheBoardsPreviousMeetingAreInItsPackWithdrawnOnesLeaveThePreviewNotTheIssuedPack() {
        long october = boardMeeting(0); // 15 October 2026: the year's first, so everything published up to it
        long december = boardMeeting(1); // 17 December 2026: only what was published after 15 October
        String provider = "Elm Bank " + UUID.randomUUID().toString().substring(0, 6);
        long bad = qaReport(provider, "INADEQUATE", "<script>alert(1)</script> & weak oversight", "PUBLISHED");
        long good = qaReport(provider, "GOOD", "Well led", "PUBLISHED");
        long withdrawn = qaReport(provider, "GOOD", "Wrong provider", "PUBLISHED");
        long draft = qaReport(provider, "OUTSTANDING", "Not yet agreed", "DRAFT");
        for (long report : List.of(bad, good, withdrawn)) {
            publishedOn(report, "2026-10-01");
        }
        withdraw(withdrawn);

        JsonPath pack = preview(october);
        List<Integer> ids = pack.getList("qaReports.id");
        assertEquals(true, ids.indexOf((int) bad) >= 0 && ids.indexOf((int) bad) < ids.indexOf((int) good), "worst rating first: " + ids);
        assertEquals(false, ids.contains((int) withdrawn));
        assertEquals(false, ids.contains((int) draft));
        String line = "qaReports.find { it.id == " + bad + " }";
        assertEquals("RED", pack.getString(line + ".rag"));
        assertEquals(provider, pack.getString(line + ".provider"));
        assertEquals(List.of("Part-time timetables for 3 of 8 pupils placed"), pack.getList(line + ".concerns"));
        assertEquals(1, pack.getInt(line + ".openConcerns"));
        assertEquals("2026-10-01", pack.getString(line + ".publishedOn"));
        assertEquals(false, preview(december).getList("qaReports.id").contains((int) bad), "reached the Board in October");

        given().auth().oauth2(RDG).accept("text/html").queryParam("meeting", october).when().get("/api/v1/packs/preview").then()
                .statusCode(200).body(containsString("Quality assurance reports"))
                .body(containsString("&lt;script&gt;alert(1)&lt;/script&gt; &amp; weak oversight")).body(not(containsString("<script>")));

        // issued: frozen with the report, which stays when the report is withdrawn afterwards
        int issued = given().auth().oauth2(SECRETARY).contentType("application/json").body("{\"meeting\":" + october + "}").when()
                .post("/api/v1/packs").then().statusCode(201).extract().path("id");
        withdraw(good);
        assertEquals(false, preview(october).getList("qaReports.id").contains((int) good));
        given().auth().oauth2(RDG).when().get("/api/v1/packs/" + issued).then().statusCode(200)
                .body("content.qaReports.id", hasItem((int) good));
    }

    @Test
    void aPackIssuedBeforeTheQaSectionExistedReadsAndRendersAsItWas() throws Exception {
        PackContent old = new PackContent("board", 1, java.time.LocalDate.of(2026, 10, 15), java.time.Instant.parse("2026-10-08T09:00:00Z"),
                new PackContent.Freshness(null, null, null), new PackContent.Progress(0, Map.of(), Map.of(), 0, List.of(), List.of()),
                List.of(), new PackContent.Risks(Map.of(), List.of(), List.of(), List.of()), List.of(), List.of(), null, null, null);
        String stored = json.writeValueAsString(old);
        assertEquals(false, stored.contains("qaReports"));
        PackContent read = json.readValue(stored, PackContent.class);
        assertEquals(null, read.qaReports());
        String html = PackHtml.render(read, 1, "board.secretary", "2026-10-08T09:00:00Z");
        assertEquals(false, html.contains("Quality assurance reports"));
        assertEquals(PackHtml.render(old, 1, "board.secretary", "2026-10-08T09:00:00Z"), html);
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
