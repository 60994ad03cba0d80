package org.sendreform.milestones.milestone;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.sendreform.milestones.TestMilestones;
import org.sendreform.platform.testing.TestTokens;
import org.sendreform.platform.testing.Topics;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;

/** Every version of a milestone is announced once as milestone-changed: the seed at start, each change after. */
@QuarkusTest
class MilestoneAnnouncementsTest {

    static final String MANAGER = TestTokens.user("programme.manager", "programme-manager");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    List<JsonObject> announced(String code, int atLeast) {
        return Topics.read(bootstrap, "milestones.events.v1", e -> code.equals(e.key()) && MilestoneChanged.TYPE.equals(e.type()), atLeast)
                .stream().map(e -> new JsonObject(e.data())).toList();
    }

    @Test
    void theSeededPlanIsAnnouncedOnceAtStart() {
        List<JsonObject> events = announced("M-CS-Q2-02", 1);
        assertEquals(1, events.size());
        assertEquals("capital-sufficiency", events.get(0).getString("workspace"));
        assertEquals("FY2026-27-Q2", events.get(0).getString("duePeriod"));
    }

    @Test
    void eachChangeIsAnnouncedWithItsVersion() {
        String code = TestMilestones.fresh(MilestoneStatus.IN_PROGRESS);
        String tag = given().auth().oauth2(MANAGER).when().get("/api/v1/milestones/" + code).then().extract().header("ETag");
        String newTag = given().auth().oauth2(MANAGER).contentType("application/merge-patch+json").header("If-Match", tag)
                .body("{\"confidence\":\"AMBER\",\"confidenceNote\":\"supplier late\"}").when().patch("/api/v1/milestones/" + code)
                .then().statusCode(200).extract().header("ETag");
        List<JsonObject> events = announced(code, 1);
        assertEquals(1, events.size());
        assertEquals("AMBER", events.get(0).getString("confidence"));
        assertEquals(newTag, "\"" + events.get(0).getLong("version") + "\"");
    }
}
