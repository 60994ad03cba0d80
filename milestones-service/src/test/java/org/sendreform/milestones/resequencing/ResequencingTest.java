package org.sendreform.milestones.resequencing;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.sendreform.milestones.TestMilestones;
import org.sendreform.milestones.milestone.MilestoneStatus;
import org.sendreform.platform.testing.TestTokens;
import org.sendreform.platform.testing.Topics;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.vertx.core.json.JsonObject;

/** Consumer test with governance-service's own example re-sequencing decision, over the real Kafka broker. */
@QuarkusTest
public class ResequencingTest {

    static final String MANAGER = TestTokens.user("programme.manager", "programme-manager");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    /** The RDG's example decision, moving {@code milestone} to {@code due}, as {@code body} recorded it. */
    long decide(String eventId, String body, String milestone, String due) throws Exception {
        return decide(bootstrap, eventId, body, milestone, due);
    }

    /** Sends governance's decision-recorded event of a re-sequencing decision moving the milestone's due date. */
    public static long decide(String bootstrap, String eventId, String body, String milestone, String due) throws Exception {
        long id = ThreadLocalRandom.current().nextLong(1_000_000, Long.MAX_VALUE / 2);
        String value = Files.readString(Path.of("..", "docs", "events", "governance", "decision-recorded.v1.resequence.example.json"))
                .replace("\"M-CS-Q2-03\"", "\"" + milestone + "\"").replace("\"2027-03-31\"", "\"" + due + "\"")
                .replace("\"decisionId\": 43", "\"decisionId\": " + id).replace("\"body\": \"rdg\"", "\"body\": \"" + body + "\"");
        Topics.send(bootstrap, "governance.events.v1", Long.toString(id), eventId, "org.sendreform.governance.decision-recorded.v1", value);
        return id;
    }

    static ValidatableResponse milestone(String code) {
        return given().auth().oauth2(MANAGER).when().get("/api/v1/milestones/" + code).then().statusCode(200);
    }

    @Test
    void anRdgDecisionMovesTheDueDateOnceCitingItAndKeepsTheBaseline() throws Exception {
        String code = TestMilestones.fresh(MilestoneStatus.IN_PROGRESS);
        String event = UUID.randomUUID().toString();
        long decision = decide(event, "rdg", code, "2030-01-15");
        decide(event, "rdg", code, "2030-01-15");
        await().atMost(Duration.ofSeconds(20)).until(() -> "2030-01-15".equals(milestone(code).extract().path("dueDate")));
        Thread.sleep(1_000);
        milestone(code).body("duePeriod", is("FY2029-30-Q4")).body("baselineDate", is("2029-09-30"))
                .body("rebaselinedByDecision", is(decision));
        given().auth().oauth2(MANAGER).when().get("/api/v1/milestones/" + code + "/history").then().statusCode(200)
                .body("action", is(List.of("REBASELINED")))
                .body("[0].before.dueDate", is("2029-09-30")).body("[0].after.dueDate", is("2030-01-15"))
                .body("[0].actor", is("rdg.member (via governance-service)"));
        List<Topics.Event> events = Topics.read(bootstrap, "milestones.events.v1",
                e -> code.equals(e.key()) && MilestoneRebaselined.TYPE.equals(e.type()), 1);
        assertEquals(1, events.size());
        JsonObject data = new JsonObject(events.get(0).data());
        assertEquals("2029-09-30", data.getString("previousDueDate"));
        assertEquals(decision, data.getLong("decisionId"));
    }

    @Test
    void anEarlierDueDateThatIsAlreadyPastMakesTheMilestoneSlip() throws Exception {
        String code = TestMilestones.fresh(MilestoneStatus.IN_PROGRESS);
        decide(UUID.randomUUID().toString(), "rdg", code, "2026-04-30");
        await().atMost(Duration.ofSeconds(20)).until(() -> "2026-04-30".equals(milestone(code).extract().path("dueDate")));
        milestone(code).body("slipped", is(true)).body("duePeriod", is("FY2026-27-Q1"));
        List<Topics.Event> slipped = Topics.read(bootstrap, "milestones.events.v1",
                e -> code.equals(e.key()) && "org.sendreform.milestones.milestone-slipped.v1".equals(e.type()), 1);
        assertEquals(1, slipped.size());
    }

    @Test
    void onlyTheRdgResequencesAndFinishedMilestonesStayPut() throws Exception {
        String byWorkspace = TestMilestones.fresh(MilestoneStatus.IN_PROGRESS);
        decide(UUID.randomUUID().toString(), "capital-sufficiency", byWorkspace, "2030-01-15");
        String complete = TestMilestones.fresh(MilestoneStatus.COMPLETE);
        decide(UUID.randomUUID().toString(), "rdg", complete, "2030-01-15");
        String control = TestMilestones.fresh(MilestoneStatus.NOT_STARTED);
        decide(UUID.randomUUID().toString(), "rdg", control, "2030-02-28");
        await().atMost(Duration.ofSeconds(20)).until(() -> "2030-02-28".equals(milestone(control).extract().path("dueDate")));
        milestone(byWorkspace).body("dueDate", is("2029-09-30")).body("rebaselinedByDecision", nullValue());
        milestone(complete).body("dueDate", is("2029-09-30")).body("rebaselinedByDecision", nullValue());
    }

    static ValidatableResponse rebaseline(String token, String code, String ifMatch, String body) {
        var request = given().contentType("application/json").body(body);
        if (token != null) {
            request.auth().oauth2(token);
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.when().post("/api/v1/milestones/" + code + "/rebaseline").then();
    }

    static String etag(String code) {
        return milestone(code).extract().header("ETag");
    }

    @Test
    void theProgrammeManagerReBaselinesByHandOnlyCitingAnRdgReSequencingDecision() throws Exception {
        String control = TestMilestones.fresh(MilestoneStatus.IN_PROGRESS);
        long decision = decide(UUID.randomUUID().toString(), "rdg", control, "2030-02-28");
        await().atMost(Duration.ofSeconds(20)).until(() -> "2030-02-28".equals(milestone(control).extract().path("dueDate")));
        String code = TestMilestones.fresh(MilestoneStatus.IN_PROGRESS);
        String body = "{\"dueDate\":\"2030-03-31\",\"decisionId\":" + decision + "}";
        rebaseline(MANAGER, code, etag(code), "{\"dueDate\":\"2030-03-31\"}").statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", is("decisionId"));
        rebaseline(MANAGER, code, etag(code), "{\"dueDate\":\"2030-03-31\",\"decisionId\":12345}").statusCode(422)
                .body("errors[0].field", is("decisionId"));
        rebaseline(MANAGER, code, etag(code), "{\"dueDate\":\"soon\",\"decisionId\":" + decision + "}").statusCode(422)
                .body("errors[0].field", is("dueDate"));
        rebaseline(MANAGER, code, etag(code), "{\"dueDate\":\"2029-09-30\",\"decisionId\":" + decision + "}").statusCode(422)
                .body("errors[0].field", is("dueDate"));
        rebaseline(MANAGER, code, null, body).statusCode(428);
        rebaseline(MANAGER, code, "\"99\"", body).statusCode(412);
        rebaseline(null, code, etag(code), body).statusCode(401);
        rebaseline(TestTokens.user("lead", java.util.Map.of("workspace", "test-ws"), "workspace-lead"), code, etag(code), body).statusCode(403);
        rebaseline(MANAGER, "M-NOPE", "\"0\"", body).statusCode(404);
        milestone(code).body("dueDate", is("2029-09-30")).body("rebaselinedByDecision", nullValue());
        rebaseline(MANAGER, code, etag(code), body).statusCode(200).body("dueDate", is("2030-03-31"))
                .body("duePeriod", is("FY2029-30-Q4")).body("baselineDate", is("2029-09-30")).body("rebaselinedByDecision", is(decision));
        given().auth().oauth2(MANAGER).when().get("/api/v1/milestones/" + code + "/history").then()
                .body("action", is(List.of("REBASELINED"))).body("[0].actor", is("programme.manager"));
        String done = TestMilestones.fresh(MilestoneStatus.COMPLETE);
        rebaseline(MANAGER, done, etag(done), body).statusCode(409);
    }
}
