package org.sendreform.risk.register;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.sendreform.platform.testing.TestTokens;
import org.sendreform.platform.testing.Topics;
import org.sendreform.risk.TestRisks;
import org.sendreform.risk.scoring.Rag;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;

/** Every version of a risk is announced once as risk-changed: the seeded register at start, each change after. */
@QuarkusTest
class RiskAnnouncementsTest {

    static final String RDG = TestTokens.user("rdg.member", "rdg-member");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    List<JsonObject> announced(String code, int atLeast) {
        return Topics.read(bootstrap, "risks.events.v1", e -> code.equals(e.key()) && RiskChanged.TYPE.equals(e.type()), atLeast)
                .stream().map(e -> new JsonObject(e.data())).toList();
    }

    @Test
    void theSeededRegisterIsAnnouncedOnceAtStart() {
        List<JsonObject> events = announced("R-08", 1);
        assertEquals(1, events.size());
        assertEquals("AMBER", events.get(0).getString("assessedRag"));
        assertEquals("RED", events.get(0).getString("matrixRag"));
    }

    @Test
    void aRescoreAndTheEscalationItCausesAreAnnouncedAsTheFinalState() {
        String code = TestRisks.fresh(Category.WORKFORCE, "commissioning-workforce", RiskStatus.OPEN, Rag.AMBER);
        String tag = given().auth().oauth2(RDG).when().get("/api/v1/risks/" + code).then().extract().header("ETag");
        String newTag = given().auth().oauth2(RDG).contentType("application/json").header("If-Match", tag)
                .body("{\"impact\":\"HIGH\",\"likelihood\":\"HIGH\",\"assessedRag\":\"RED\",\"residualRag\":\"RED\",\"targetRag\":\"AMBER\","
                        + "\"rationale\":\"posts unfilled\"}")
                .when().post("/api/v1/risks/" + code + "/scores").then().statusCode(201).extract().header("ETag");
        List<JsonObject> events = announced(code, 1);
        assertEquals(1, events.size());
        JsonObject e = events.get(0);
        assertEquals("rdg", e.getString("owningBody"));
        assertEquals("ESCALATED", e.getString("status"));
        assertEquals(true, e.getBoolean("aboveAppetite"));
        assertEquals(newTag, "\"" + e.getLong("version") + "\"");
    }
}
