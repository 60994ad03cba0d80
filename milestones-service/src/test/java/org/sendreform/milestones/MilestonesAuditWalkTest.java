package org.sendreform.milestones;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sendreform.milestones.milestone.MilestoneStatus;
import org.sendreform.milestones.resequencing.ResequencingTest;
import org.sendreform.platform.testing.AuditWalk;
import org.sendreform.platform.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/** Every write of the milestones service, each then found in its trail with who and when (see {@link AuditWalk}). */
@QuarkusTest
class MilestonesAuditWalkTest extends AuditWalk {

    static final String MANAGER = TestTokens.user("programme.manager", "programme-manager");
    static final String WHO = "programme.manager";

    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    static RequestSpecification as() {
        return given().auth().oauth2(MANAGER).contentType("application/json");
    }

    static Recorded history(String code) {
        return newest(MANAGER, "/api/v1/milestones/" + code + "/history");
    }

    static String etag(String code) {
        return given().auth().oauth2(MANAGER).when().get("/api/v1/milestones/" + code).then().statusCode(200).extract().header("ETag");
    }

    static String linked() {
        String before = TestMilestones.fresh(MilestoneStatus.NOT_STARTED);
        String after = TestMilestones.fresh(MilestoneStatus.NOT_STARTED);
        as().body("{\"predecessor\":\"" + before + "\"}").when().post("/api/v1/milestones/" + after + "/dependencies")
                .then().statusCode(201);
        return after + "/dependencies/" + before;
    }

    static String evidenced(String code) {
        int id = as().body("{\"note\":\"Place Strategy adopted at Cabinet\"}").when().post("/api/v1/milestones/" + code + "/evidence")
                .then().statusCode(201).extract().path("id");
        return code + "/evidence/" + id;
    }

    @Override
    protected List<Write> writes() {
        return List.of(
                new Write("createMilestone", WHO, () -> {
                    String code = "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
                    as().body("{\"code\":\"" + code + "\",\"title\":\"Specialist Base opens\",\"theme\":\"BB2\","
                            + "\"workspace\":\"capital-sufficiency\",\"dueDate\":\"2029-03-31\"}").when().post("/api/v1/milestones")
                            .then().statusCode(201);
                    return history(code);
                }),
                new Write("updateMilestone", WHO, () -> {
                    String code = TestMilestones.fresh(MilestoneStatus.NOT_STARTED);
                    as().contentType("application/merge-patch+json").header("If-Match", etag(code)).body("{\"title\":\"Revised\"}")
                            .when().patch("/api/v1/milestones/" + code).then().statusCode(200);
                    return history(code);
                }),
                new Write("addMilestoneDependency", WHO, () -> history(linked().split("/")[0])),
                new Write("removeMilestoneDependency", WHO, () -> {
                    String link = linked();
                    as().when().delete("/api/v1/milestones/" + link).then().statusCode(204);
                    return history(link.split("/")[0]);
                }),
                new Write("addMilestoneEvidence", WHO, () -> history(evidenced(TestMilestones.fresh(MilestoneStatus.IN_PROGRESS)).split("/")[0])),
                new Write("removeMilestoneEvidence", WHO, () -> {
                    String evidence = evidenced(TestMilestones.fresh(MilestoneStatus.IN_PROGRESS));
                    as().when().delete("/api/v1/milestones/" + evidence).then().statusCode(204);
                    return history(evidence.split("/")[0]);
                }),
                new Write("rebaselineMilestone", WHO, () -> {
                    // the RDG decision arrives from governance first (its event moves a control milestone)
                    String control = TestMilestones.fresh(MilestoneStatus.IN_PROGRESS);
                    long decision;
                    try {
                        decision = ResequencingTest.decide(bootstrap, UUID.randomUUID().toString(), "rdg", control, "2030-02-28");
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    await().atMost(Duration.ofSeconds(20)).until(() -> "2030-02-28".equals(given().auth().oauth2(MANAGER)
                            .when().get("/api/v1/milestones/" + control).then().extract().path("dueDate")));
                    String code = TestMilestones.fresh(MilestoneStatus.IN_PROGRESS);
                    as().header("If-Match", etag(code)).body("{\"dueDate\":\"2030-03-31\",\"decisionId\":" + decision + "}")
                            .when().post("/api/v1/milestones/" + code + "/rebaseline").then().statusCode(200);
                    return history(code);
                }),
                new Write("startPlanVersion", WHO, () -> {
                    String label = "v9." + ThreadLocalRandom.current().nextInt(1, 999);
                    // the current version's plan year: a new version may not go back, and other tests start later years
                    String year = given().auth().oauth2(MANAGER).when().get("/api/v1/plan").then().statusCode(200).extract().path("planYear");
                    as().body("{\"version\":\"" + label + "\",\"title\":\"Coventry Local SEND and AP Reform Plan\",\"planYear\":\"" + year + "\"}")
                            .when().post("/api/v1/plan/versions").then().statusCode(201);
                    return newestAuditEntry(dataSource, "plan", label);
                }));
    }
}
