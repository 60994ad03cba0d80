package org.sendreform.systemtest;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.restassured.path.json.JsonPath;

/**
 * The platform as its users meet it: everything through the gateway, every token from the real Keycloak
 * realm, every event over the real Kafka broker between the real services and PostgreSQL. The platform is
 * fresh (Coventry's plan just loaded) when the first scenario starts; scenarios run in order because they
 * share it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlatformSystemTest {

    static final Duration FLOW = Duration.ofSeconds(30);

    static final String LA = "demo-la-send";
    static final String THERAPIES = "demo-nhs-therapies";
    static final String ANALYTICS = "demo-icb-analytics";

    static String submission(String measure, String period, Object value) {
        return "{\"values\":[{\"measureCode\":\"" + measure + "\",\"period\":\"" + period + "\",\"disaggregation\":\"all\",\"value\":"
                + value + "}]}";
    }

    static JsonPath get(String user, String path) {
        return Platform.as(Platform.user(user)).when().get(path).then().statusCode(200).extract().jsonPath();
    }

    static String etag(String user, String path) {
        return Platform.as(Platform.user(user)).when().get(path).then().statusCode(200).extract().header("ETag");
    }

    @Test
    @Order(1)
    void theGatewayRefusesWhatATokenDoesNotAllowAndStoresNothing() {
        Platform.anonymous().when().get("/api/v1/measures").then().statusCode(401)
                .contentType("application/problem+json").header("WWW-Authenticate", containsString("Bearer"));
        Platform.anonymous().contentType("application/json").body(submission("EHCP-MAINSTREAM", "AY2024-25", 41))
                .when().post("/api/v1/submissions").then().statusCode(401);
        // the NHS therapies provider does not own the LA's placement measure
        Platform.as(Platform.client(THERAPIES)).contentType("application/json").body(submission("EHCP-MAINSTREAM", "AY2024-25", 41))
                .when().post("/api/v1/submissions").then().statusCode(403).contentType("application/problem+json");
        // analytics reads, never writes
        Platform.as(Platform.client(ANALYTICS)).contentType("application/json").body(submission("EHCP-MAINSTREAM", "AY2024-25", 41))
                .when().post("/api/v1/submissions").then().statusCode(403);
        Platform.as(Platform.client(ANALYTICS)).when().get("/api/v1/feeds/values").then().statusCode(200);
        // a parent carer forum representative reads but records no decisions
        Platform.as(Platform.user("pcf.rep")).contentType("application/json")
                .body("{\"body\":\"board\",\"type\":\"DIRECT_RDG\",\"statement\":\"x\"}")
                .when().post("/api/v1/decisions").then().statusCode(403);
        assertEquals(List.of(), get("rdg.member", "/api/v1/measures/EHCP-MAINSTREAM/values/AY2024-25/history").getList("$"));
        assertEquals(0, get("rdg.member", "/api/v1/decisions").getInt("total"));
    }

    @Test
    @Order(2)
    void partnersSeeNeitherTheRiskRegisterNorTheWorkInProgressAndThePublicSeesWhatIsPublished() {
        Platform.as(Platform.client(LA)).when().get("/api/v1/risks").then().statusCode(403).contentType("application/problem+json");
        Platform.as(Platform.client(LA)).when().get("/api/v1/escalations").then().statusCode(403);
        Platform.as(Platform.client(ANALYTICS)).when().get("/api/v1/risks/heat-map").then().statusCode(200);
        Platform.as(Platform.client(ANALYTICS)).when().get("/api/v1/actions").then().statusCode(403);
        // published "we said / we did" needs no token, at the gateway or behind it
        Platform.anonymous().when().get("/api/v1/public/we-said-we-did").then().statusCode(200);
        Platform.anonymous().when().get("/api/v1/we-said-we-did").then().statusCode(401);
        // the grant's finance owner submits spend; the LA SEND service does not own it
        Platform.as(Platform.client("demo-la-send")).contentType("application/json")
                .body("{\"actuals\":[{\"quarter\":\"FY2026-27-Q2\",\"category\":\"WORKFORCE\",\"amount\":1000}]}")
                .when().post("/api/v1/spend/actuals").then().statusCode(403);
        Platform.as(Platform.client("demo-la-finance")).contentType("application/json")
                .body("{\"actuals\":[{\"quarter\":\"FY2026-27-Q2\",\"category\":\"WORKFORCE\",\"amount\":586000}]}")
                .when().post("/api/v1/spend/actuals").then().statusCode(201);
        Platform.as(Platform.user("rdg.member")).when().get("/api/v1/spend/conditions?year=FY2026-27").then().statusCode(200)
                .body(containsString("DIRECT_DELIVERY"));
    }

    @Test
    @Order(2)
    void fromAPartnersSubmissionToTheBoardsAcceptanceOfTheRisk() {
        // 1. the LA's data shows the mainstream share well below its trajectory (baseline 39.3%)
        Platform.as(Platform.client(LA)).contentType("application/json").body(submission("EHCP-MAINSTREAM", "AY2025-26", 30))
                .when().post("/api/v1/submissions").then().statusCode(201);
        assertEquals("OFF_TRACK", Platform.as(Platform.user("rdg.member")).queryParam("from", "AY2025-26").queryParam("to", "AY2025-26")
                .when().get("/api/v1/measures/EHCP-MAINSTREAM/series").then().statusCode(200).extract().path("points[0].status"));

        // 2. metrics -> risks: R-04 (data and evaluation), linked to the measure, gets a signal proposing a review
        await().atMost(FLOW).until(() -> get("rdg.member", "/api/v1/risks/R-04/signals").getList("subjectCode").contains("EHCP-MAINSTREAM"));
        Map<String, Object> signal = get("rdg.member", "/api/v1/risks/R-04/signals").getMap("find { it.subjectCode == 'EHCP-MAINSTREAM' }");
        assertEquals("MEASURE_STATUS", signal.get("kind"));
        assertEquals("OFF_TRACK", signal.get("newStatus"));

        // 3. the QA, Data and Digital lead re-scores it: residual Red, so the rules move it to the RDG
        Platform.as(Platform.user("workspace.lead")).contentType("application/json").header("If-Match", etag("rdg.member", "/api/v1/risks/R-04"))
                .body("{\"impact\":\"HIGH\",\"likelihood\":\"HIGH\",\"assessedRag\":\"RED\",\"residualRag\":\"RED\","
                        + "\"rationale\":\"placement data off trajectory; evaluation cannot yet evidence impact\"}")
                .when().post("/api/v1/risks/R-04/scores").then().statusCode(201)
                .body("owningBody", is("rdg")).body("status", is("ESCALATED"));

        // 4. risks -> governance: an escalation before the RDG
        await().atMost(FLOW).until(() -> get("rdg.member", "/api/v1/escalations?risk=R-04&body=rdg").getInt("total") == 1);
        assertEquals("RED_RESIDUAL_RISING", get("rdg.member", "/api/v1/escalations?risk=R-04&body=rdg").getString("items[0].reason"));

        // 5. the RDG needs a decision outside the plan: it escalates the risk to the Board
        Platform.as(Platform.user("rdg.member")).contentType("application/json").header("If-Match", etag("rdg.member", "/api/v1/risks/R-04"))
                .body("{\"rationale\":\"system-level data risk: needs the Board\"}")
                .when().post("/api/v1/risks/R-04/escalations").then().statusCode(201).body("owningBody", is("board"));
        await().atMost(FLOW).until(() -> get("board.secretary", "/api/v1/escalations?risk=R-04&body=board&status=OPEN").getInt("total") == 1);
        long escalation = get("board.secretary", "/api/v1/escalations?risk=R-04&body=board&status=OPEN").getLong("items[0].id");
        // ... on the agenda of the Board's next meeting
        long meeting = get("board.secretary", "/api/v1/escalations/" + escalation).getLong("meetingId");
        JsonPath agenda = get("board.secretary", "/api/v1/meetings/" + meeting);
        assertEquals("board", agenda.getString("body"));
        assertTrue(java.time.LocalDate.parse(agenda.getString("scheduledOn")).isAfter(java.time.LocalDate.now().minusDays(1)));
        assertTrue(agenda.getList("agenda.escalationId", Long.class).contains(escalation));

        // 6. the RDG may not accept system risk: the refusal names the Board
        Platform.as(Platform.user("rdg.member")).contentType("application/json")
                .body("{\"body\":\"rdg\",\"type\":\"ACCEPT_SYSTEM_RISK\",\"statement\":\"accept R-04\",\"acceptsRisks\":[\"R-04\"]}")
                .when().post("/api/v1/decisions").then().statusCode(422)
                .body("type", endsWith("/outside-decision-rights")).body("detail", containsString("held by board"));

        // 7. the Board accepts it, answering the escalation; governance -> risks: R-04 is accepted citing the decision
        int decision = Platform.as(Platform.user("board.secretary")).contentType("application/json")
                .body("{\"body\":\"board\",\"type\":\"ACCEPT_SYSTEM_RISK\",\"statement\":\"The Board accepts R-04 while the single SEND data set is piloted\","
                        + "\"acceptsRisks\":[\"R-04\"],\"answersEscalation\":" + escalation + ",\"evidence\":{\"measures\":[\"EHCP-MAINSTREAM\"]}}")
                .when().post("/api/v1/decisions").then().statusCode(201).extract().path("id");
        await().atMost(FLOW).until(() -> "ACCEPTED".equals(get("rdg.member", "/api/v1/risks/R-04").getString("status")));
        assertEquals(decision, get("rdg.member", "/api/v1/risks/R-04").getInt("acceptedByDecision"));
        assertEquals("ANSWERED", get("rdg.member", "/api/v1/escalations/" + escalation).getString("status"));
        List<String> history = get("rdg.member", "/api/v1/risks/R-04/history").getList("action");
        assertEquals(List.of("RESCORED", "ESCALATED", "ESCALATED", "ACCEPTED"), history);

        // 8. the Board's assurance pack reflects all of it, from governance's own read models
        await().atMost(FLOW).until(() -> "ACCEPTED".equals(get("board.secretary", "/api/v1/packs/preview?meeting=" + meeting)
                .getString("risks.byBody.board.find { it.code == 'R-04' }.status")));
        JsonPath pack = get("board.secretary", "/api/v1/packs/preview?meeting=" + meeting);
        assertEquals(decision, pack.getInt("risks.byBody.board.find { it.code == 'R-04' }.acceptedByDecision"));
        assertEquals("OFF_TRACK", pack.getString("measures.find { it.code == 'EHCP-MAINSTREAM' }.status"));
        assertTrue(pack.getList("decisions.id", Integer.class).contains(decision));
        assertTrue(pack.getInt("progress.total") > 0);
        int issued = Platform.as(Platform.user("board.secretary")).contentType("application/json").body("{\"meeting\":" + meeting + "}")
                .when().post("/api/v1/packs").then().statusCode(201).body("version", is(1)).extract().path("id");
        Platform.as(Platform.user("board.member")).accept("text/html").when().get("/api/v1/packs/" + issued).then().statusCode(200)
                .body(containsString("R-04"));

        // 9. the Board closes the escalation
        Platform.as(Platform.user("board.secretary")).contentType("application/json").header("If-Match", etag("board.secretary", "/api/v1/escalations/" + escalation))
                .body("{\"note\":\"accepted by the Board\"}").when().post("/api/v1/escalations/" + escalation + "/closure")
                .then().statusCode(200).body("status", is("CLOSED"));
    }

    @Test
    @Order(3)
    void anRdgResequencingDecisionReBaselinesTheMilestoneCitingIt() {
        String before = get("programme.manager", "/api/v1/milestones/M-QA-Q3-07").getString("dueDate");
        int decision = Platform.as(Platform.user("rdg.member")).contentType("application/json")
                .body("{\"body\":\"rdg\",\"type\":\"RESEQUENCE_MILESTONES\",\"statement\":\"Single data set pilot moves to Q4\","
                        + "\"rebaselines\":[{\"milestoneCode\":\"M-QA-Q3-07\",\"dueDate\":\"2027-02-26\"}]}")
                .when().post("/api/v1/decisions").then().statusCode(201).extract().path("id");
        await().atMost(FLOW).until(() -> "2027-02-26".equals(get("programme.manager", "/api/v1/milestones/M-QA-Q3-07").getString("dueDate")));
        JsonPath milestone = get("programme.manager", "/api/v1/milestones/M-QA-Q3-07");
        assertEquals(decision, milestone.getInt("rebaselinedByDecision"));
        assertEquals("FY2026-27-Q4", milestone.getString("duePeriod"));
        assertEquals(before, get("programme.manager", "/api/v1/milestones/M-QA-Q3-07/history").getString("[0].before.dueDate"));
        // a workspace lead may not move a due date by hand
        Platform.as(Platform.user("workspace.lead")).contentType("application/merge-patch+json")
                .header("If-Match", etag("programme.manager", "/api/v1/milestones/M-QA-Q3-07"))
                .body("{\"dueDate\":\"2027-03-31\"}").when().patch("/api/v1/milestones/M-QA-Q3-07").then().statusCode(422)
                .body("errors.field", hasItem("dueDate"));
    }

    @Test
    @Order(4)
    void withKafkaStoppedWritesSucceedAndTheirEffectsArriveOnceWhenItIsBack() throws Exception {
        Platform.kafka(false);
        try {
            // partner data and a risk escalation while the broker is down: both are accepted (outbox)
            Platform.as(Platform.client(LA)).contentType("application/json").body(submission("EHCP-OOA", "AY2025-26", 20))
                    .when().post("/api/v1/submissions").then().statusCode(201);
            Platform.as(Platform.user("programme.manager")).contentType("application/json")
                    .header("If-Match", etag("rdg.member", "/api/v1/risks/R-05"))
                    .body("{\"rationale\":\"Woodfield capital works delayed\"}")
                    .when().post("/api/v1/risks/R-05/escalations").then().statusCode(201).body("owningBody", is("rdg"));
            Thread.sleep(3_000); // the outbox relays retry meanwhile
        } finally {
            Platform.kafka(true);
        }
        // EHCP-OOA (lower is better, baseline 13.1%) at 20% is off track: are linked to it
        await().atMost(Duration.ofSeconds(90)).until(() -> get("rdg.member", "/api/v1/risks/R-05/signals").getList("subjectCode").contains("EHCP-OOA"));
        await().atMost(Duration.ofSeconds(90)).until(() -> get("rdg.member", "/api/v1/escalations?risk=R-05").getInt("total") >= 1);
        Thread.sleep(5_000); // anything doubled would have arrived by now
        assertEquals(1, get("rdg.member", "/api/v1/risks/R-05/signals").getList("findAll { it.subjectCode == 'EHCP-OOA' }").size());
        assertEquals(1, get("rdg.member", "/api/v1/risks/R-04/signals").getList("findAll { it.subjectCode == 'EHCP-OOA' }").size());
        assertEquals(1, get("rdg.member", "/api/v1/escalations?risk=R-05").getInt("total"));
        assertEquals(1, get("rdg.member", "/api/v1/measures/EHCP-OOA/values/AY2025-26/history").getList("$").size());
        assertTrue(Platform.kafkaPortOpen());
    }

    @Test
    @Order(5)
    void aQuarterlyReturnSignedOffByTheThreePartnersLocksTheQuarterInMetrics() {
        int id = Platform.as(Platform.user("programme.manager")).contentType("application/json").body("{\"quarter\":\"FY2026-27-Q2\"}")
                .when().post("/api/v1/returns").then().statusCode(201).body("status", is("DRAFT")).extract().path("id");
        // the return reports the Q2 milestones from governance's read model of the plan
        assertTrue(get("programme.manager", "/api/v1/returns/" + id).getInt("content.milestones.due") > 0);
        // the programme manager is not a signing partner; the PCF, the council and the ICB each sign once
        Platform.as(Platform.user("programme.manager")).header("If-Match", etag("programme.manager", "/api/v1/returns/" + id))
                .when().post("/api/v1/returns/" + id + "/signatures").then().statusCode(403);
        for (String signatory : List.of("pcf.rep", "council.signatory", "board.member")) {
            Platform.as(Platform.user(signatory)).header("If-Match", etag("programme.manager", "/api/v1/returns/" + id))
                    .when().post("/api/v1/returns/" + id + "/signatures").then().statusCode(201);
        }
        assertEquals("SIGNED_OFF", get("programme.manager", "/api/v1/returns/" + id).getString("status"));
        // governance -> metrics: Q2's periods are locked for every measure
        await().atMost(FLOW).until(() -> get("programme.manager", "/api/v1/period-locks?active=true").getList("period").contains("FY2026-27-Q2"));
        assertTrue(get("programme.manager", "/api/v1/period-locks?active=true").getString("find { it.period == 'FY2026-27-Q2' }.reason")
                .contains("PCF: pcf.rep"));
    }

    @Test
    @Order(6)
    void aLateMilestoneFlagsItsSuccessorAndTheLinkedRiskGetsSignals() {
        // the capital project cannot start before the capital plan is agreed
        Platform.as(Platform.user("programme.manager")).contentType("application/json")
                .body("{\"predecessor\":\"M-CS-Q3-05\",\"note\":\"the project starts from the agreed plan\"}")
                .when().post("/api/v1/milestones/M-CS-Q4-05/dependencies").then().statusCode(201);
        Platform.as(Platform.user("programme.manager")).contentType("application/json").body("{\"predecessor\":\"M-CS-Q4-05\"}")
                .when().post("/api/v1/milestones/M-CS-Q3-05/dependencies").then().statusCode(422)
                .body("type", endsWith("/dependency-cycle"));
        // the capital plan's forecast moves a month past the project's due date (31 March 2027)
        Platform.as(Platform.user("programme.manager")).contentType("application/merge-patch+json")
                .header("If-Match", etag("programme.manager", "/api/v1/milestones/M-CS-Q3-05"))
                .body("{\"forecastDate\":\"2027-04-30\",\"confidence\":\"RED\",\"confidenceNote\":\"contractor procurement re-run\"}")
                .when().patch("/api/v1/milestones/M-CS-Q3-05").then().statusCode(200).body("slipped", is(true));
        JsonPath successor = get("rdg.member", "/api/v1/milestones/M-CS-Q4-05");
        assertEquals("M-CS-Q3-05", successor.getString("dependencyRisk.predecessor"));
        assertEquals(List.of("M-CS-Q3-05", "M-CS-Q4-05"), get("rdg.member", "/api/v1/milestones/M-CS-Q4-05/driving-chain").getList("steps.code"));
        // risk-service: R-05 (capital delivery), linked to both, gets the slip and the dependency flag as signals, once each
        await().atMost(FLOW).until(() -> get("rdg.member", "/api/v1/risks/R-05/signals").getList("kind").contains("DEPENDENCY_FLAGGED"));
        JsonPath signals = get("rdg.member", "/api/v1/risks/R-05/signals");
        assertEquals(1, signals.getList("findAll { it.kind == 'DEPENDENCY_FLAGGED' && it.subjectCode == 'M-CS-Q4-05' }").size());
        assertEquals(1, signals.getList("findAll { it.kind == 'MILESTONE_SLIPPED' && it.subjectCode == 'M-CS-Q3-05' }").size());
        assertTrue(signals.getString("find { it.kind == 'DEPENDENCY_FLAGGED' }.detail").contains("M-CS-Q3-05"));
    }
}
