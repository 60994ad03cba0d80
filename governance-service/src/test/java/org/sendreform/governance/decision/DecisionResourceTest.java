package org.sendreform.governance.decision;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
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
public class DecisionResourceTest {

    static final String SECRETARY = TestTokens.user("board.secretary", "board-secretary");
    public static final String RDG = TestTokens.user("rdg.member", "rdg-member");
    static final String PM = TestTokens.user("programme.manager", "programme-manager");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    public static ValidatableResponse record(String token, String body) {
        var request = given().contentType("application/json").body(body);
        if (token != null) {
            request.auth().oauth2(token);
        }
        return request.when().post("/api/v1/decisions").then();
    }

    public static String decision(String body, String type, String extra) {
        return "{\"body\":\"" + body + "\",\"type\":\"" + type + "\",\"statement\":\"" + UUID.randomUUID() + "\"" + extra + "}";
    }

    static int total() {
        return given().auth().oauth2(RDG).when().get("/api/v1/decisions").then().statusCode(200).extract().path("total");
    }

    @Test
    void theBoardAcceptsARiskAndTheDecisionIsPublishedOnce() {
        String body = decision("board", "ACCEPT_SYSTEM_RISK", ",\"rationale\":\"grant confirmed to 2028/29\","
                + "\"acceptsRisks\":[\"R-02\"],\"evidence\":{\"measures\":[\"EAH-SETTINGS\"],\"risks\":[\"R-02\"]},"
                + "\"decidedOn\":\"2026-11-20\",\"reviewOn\":\"2027-05-20\"");
        String location = record(SECRETARY, body).statusCode(201)
                .header("Location", containsString("/api/v1/decisions/"))
                .header("ETag", is("\"0\""))
                .body("body", is("board")).body("type", is("ACCEPT_SYSTEM_RISK"))
                .body("acceptsRisks", is(List.of("R-02"))).body("evidence.measures", is(List.of("EAH-SETTINGS")))
                .body("decidedOn", is("2026-11-20")).body("reviewDue", is(false))
                .body("recordedBy", is("board.secretary")).body("supersededBy", nullValue())
                .extract().header("Location");
        int id = given().auth().oauth2(RDG).when().get(location).then().statusCode(200)
                .body("rationale", is("grant confirmed to 2028/29")).extract().path("id");
        List<Topics.Event> events = Topics.read(bootstrap, "governance.events.v1", e -> String.valueOf(id).equals(e.key()), 1);
        assertEquals(1, events.size());
        assertEquals(DecisionRecorded.TYPE, events.get(0).type());
        assertEquals("/send-reform/governance-service", events.get(0).source());
        JsonObject data = new JsonObject(events.get(0).data());
        assertEquals("board", data.getString("body"));
        assertEquals("R-02", data.getJsonArray("acceptsRisks").getString(0));
        given().auth().oauth2(RDG).queryParam("reference", "R-02").queryParam("type", "ACCEPT_SYSTEM_RISK")
                .when().get("/api/v1/decisions").then().statusCode(200).body("items.id", org.hamcrest.Matchers.hasItem(id));
    }

    @Test
    void decisionRightsAreEnforcedNamingTheBodyThatHoldsTheRight() {
        int before = total();
        record(RDG, decision("rdg", "ACCEPT_SYSTEM_RISK", ",\"acceptsRisks\":[\"R-02\"]")).statusCode(422)
                .contentType("application/problem+json")
                .body("type", endsWith("/outside-decision-rights"))
                .body("errors[0].field", is("type"))
                .body("detail", containsString("held by board"));
        record(TestTokens.user("lead", Map.of("workspace", "capital-sufficiency"), "workspace-lead"),
                decision("capital-sufficiency", "RESEQUENCE_MILESTONES", ",\"rebaselines\":[{\"milestoneCode\":\"M-1\",\"dueDate\":\"2027-01-31\"}]"))
                .statusCode(422).body("detail", containsString("held by rdg"));
        assertEquals(before, total());
    }

    @Test
    void whoRecordsWhichBodysDecisions() {
        String board = decision("board", "DIRECT_RDG", "");
        record(null, board).statusCode(401).contentType("application/problem+json");
        record(TestTokens.user("icb.analyst", "analytics-reader"), board).statusCode(403);
        record(TestTokens.partner("demo-la-send", "coventry-la-send"), board).statusCode(403);
        record(TestTokens.user("pcf.rep"), board).statusCode(403);
        record(TestTokens.user("board.member", "board-member"), board).statusCode(403);
        record(RDG, board).statusCode(403).body("detail", containsString("board"));
        record(SECRETARY, decision("rdg", "OPERATIONAL", "")).statusCode(403);
        record(TestTokens.user("lead", Map.of("workspace", "qa-data-digital"), "workspace-lead"),
                decision("capital-sufficiency", "RECOMMEND", "")).statusCode(403);
        record(TestTokens.user("admin", "admin"), decision("hwb", "ESCALATE", "")).statusCode(403);
        record(TestTokens.user("lead", Map.of("workspace", "capital-sufficiency"), "workspace-lead"),
                decision("capital-sufficiency", "RECOMMEND", "")).statusCode(201).body("recordedBy", is("lead"));
        record(PM, decision("rdg", "OPERATIONAL", "")).statusCode(201);
        record(SECRETARY, board).statusCode(201);
        given().auth().oauth2(RDG).when().get("/api/v1/decisions/999999999").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void badDecisionsAreProblemsNamingTheFieldAndNothingIsStored() {
        int before = total();
        String future = LocalDate.now().plusDays(2).toString();
        record(RDG, decision("nowhere", "OPERATIONAL", "")).statusCode(422).body("errors[0].field", is("body"));
        record(RDG, "{\"body\":\"rdg\",\"statement\":\"x\"}").statusCode(422).body("errors[0].field", is("type"));
        record(RDG, "{\"body\":\"rdg\",\"type\":\"OPERATIONAL\"}").statusCode(422).body("errors[0].field", is("statement"));
        record(RDG, "{\"body\":\"rdg\",\"type\":\"OPERATIONAL\",\"statement\":\"" + "x".repeat(4001) + "\"}").statusCode(422)
                .body("errors[0].field", is("statement"));
        record(RDG, decision("rdg", "DECIDE_EVERYTHING", "")).statusCode(400).body("errors[0].field", is("type"));
        record(RDG, decision("rdg", "OPERATIONAL", ",\"recordedBy\":\"someone else\"")).statusCode(400)
                .body("errors[0].field", is("recordedBy"));
        record(RDG, decision("rdg", "OPERATIONAL", ",\"decidedOn\":\"" + future + "\"")).statusCode(422)
                .body("errors[0].field", is("decidedOn"));
        record(RDG, decision("rdg", "OPERATIONAL", ",\"decidedOn\":\"2026-11-01\",\"reviewOn\":\"2026-10-01\"")).statusCode(422)
                .body("errors[0].field", is("reviewOn"));
        record(RDG, decision("rdg", "OPERATIONAL", ",\"decidedOn\":\"31/12/2026\"")).statusCode(400)
                .body("errors[0].field", is("decidedOn"));
        record(RDG, decision("rdg", "OPERATIONAL", ",\"acceptsRisks\":[\"R-01\"]")).statusCode(422)
                .body("errors[0].field", is("acceptsRisks"));
        record(SECRETARY, decision("board", "ACCEPT_SYSTEM_RISK", "")).statusCode(422).body("errors[0].field", is("acceptsRisks"));
        record(SECRETARY, decision("board", "ACCEPT_SYSTEM_RISK", ",\"acceptsRisks\":[\"R-01\",\"R-01\"]")).statusCode(422)
                .body("errors[0].field", is("acceptsRisks"));
        record(SECRETARY, decision("board", "ACCEPT_SYSTEM_RISK", ",\"acceptsRisks\":[\"R 01; drop table\"]")).statusCode(422)
                .body("errors[0].field", containsString("acceptsRisks"));
        record(RDG, decision("rdg", "RESEQUENCE_MILESTONES", "")).statusCode(422).body("errors[0].field", is("rebaselines"));
        record(RDG, decision("rdg", "RESEQUENCE_MILESTONES", ",\"rebaselines\":[{\"milestoneCode\":\"M-1\"}]")).statusCode(422)
                .body("errors[0].field", containsString("dueDate"));
        record(RDG, decision("rdg", "OPERATIONAL", ",\"supersedes\":999999999")).statusCode(422).body("errors[0].field", is("supersedes"));
        record(RDG, decision("rdg", "OPERATIONAL", ",\"answersEscalation\":999999999")).statusCode(422)
                .body("errors[0].field", is("answersEscalation"));
        record(RDG, decision("rdg", "OPERATIONAL", ",\"evidence\":{\"risks\":[\"\"]}")).statusCode(422)
                .body("errors[0].field", containsString("evidence.risks"));
        record(RDG, "not json").statusCode(400);
        record(RDG, "").statusCode(422);
        given().auth().oauth2(RDG).contentType("text/plain").body("x").when().post("/api/v1/decisions").then().statusCode(415);
        assertEquals(before, total());
    }

    @Test
    void aCorrectionSupersedesADecisionOnceAndOnlyWithinItsBody() {
        int first = record(RDG, decision("rdg", "OPERATIONAL", "")).statusCode(201).extract().path("id");
        String tag = given().auth().oauth2(RDG).when().get("/api/v1/decisions/" + first).then().extract().header("ETag");
        int second = record(PM, decision("rdg", "OPERATIONAL", ",\"supersedes\":" + first)).statusCode(201)
                .body("supersedes", is(first)).extract().path("id");
        given().auth().oauth2(RDG).when().get("/api/v1/decisions/" + first).then().statusCode(200)
                .body("supersededBy", is(second)).header("ETag", not(is(tag)));
        record(RDG, decision("rdg", "OPERATIONAL", ",\"supersedes\":" + first)).statusCode(409);
        record(SECRETARY, decision("board", "DIRECT_RDG", ",\"supersedes\":" + second)).statusCode(422)
                .body("errors[0].field", is("supersedes"));
        given().auth().oauth2(RDG).when().put("/api/v1/decisions/" + first).then().statusCode(405);
        given().auth().oauth2(RDG).when().delete("/api/v1/decisions/" + first).then().statusCode(405);
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyReturnsTheFirstDecision() {
        String key = UUID.randomUUID().toString();
        String body = decision("rdg", "AGREE_MITIGATION", "");
        int before = total();
        int id = given().auth().oauth2(RDG).header("Idempotency-Key", key).contentType("application/json").body(body)
                .when().post("/api/v1/decisions").then().statusCode(201).extract().path("id");
        given().auth().oauth2(RDG).header("Idempotency-Key", key).contentType("application/json").body(body)
                .when().post("/api/v1/decisions").then().statusCode(201).header("Idempotent-Replayed", "true").body("id", is(id));
        given().auth().oauth2(RDG).header("Idempotency-Key", key).contentType("application/json")
                .body(decision("rdg", "AGREE_MITIGATION", "")).when().post("/api/v1/decisions").then().statusCode(422)
                .body("errors[0].field", is("Idempotency-Key"));
        given().auth().oauth2(RDG).header("Idempotency-Key", "k".repeat(201)).contentType("application/json").body(body)
                .when().post("/api/v1/decisions").then().statusCode(400);
        assertEquals(before + 1, total());
    }
}
