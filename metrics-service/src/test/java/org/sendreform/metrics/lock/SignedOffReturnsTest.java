package org.sendreform.metrics.lock;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.sendreform.metrics.TestMeasures;
import org.sendreform.metrics.measure.Unit;
import org.sendreform.platform.period.Period;
import org.sendreform.platform.testing.TestTokens;
import org.sendreform.platform.testing.Topics;

import io.quarkus.test.junit.QuarkusTest;

/** Consumer test with governance-service's own example (docs/events/governance/) over the real broker. */
@QuarkusTest
class SignedOffReturnsTest {

    static final String MANAGER = TestTokens.user("programme.manager", "programme-manager");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    TestMeasures measures;

    long locks(String quarter) {
        return given().auth().oauth2(MANAGER).queryParam("active", "true").when().get("/api/v1/period-locks").then().statusCode(200)
                .extract().jsonPath().getList("findAll { it.period == '" + quarter + "' }").size();
    }

    @Test
    void aSignedOffReturnLocksItsQuarterForEveryMeasureOnce() throws Exception {
        // an old quarter of its own, so no other test's values fall in it
        String value = Files.readString(Path.of("..", "docs", "events", "governance", "return-signed-off.v1.example.json"))
                .replace("FY2026-27-Q2", "FY2019-20-Q3").replace("2026-07-01", "2019-10-01").replace("2026-09-30", "2019-12-31");
        String event = UUID.randomUUID().toString();
        Topics.send(bootstrap, "governance.events.v1", "3", event, SignedOffReturns.TYPE, value);
        Topics.send(bootstrap, "governance.events.v1", "3", event, SignedOffReturns.TYPE, value);
        await().atMost(Duration.ofSeconds(20)).until(() -> locks("FY2019-20-Q3") >= 1);
        Thread.sleep(1_000);
        given().auth().oauth2(MANAGER).queryParam("active", "true").when().get("/api/v1/period-locks").then()
                .body("findAll { it.period == 'FY2019-20-Q3' }.size()", is(1))
                .body("find { it.period == 'FY2019-20-Q3' }.measureCode", is((Object) null))
                .body("find { it.period == 'FY2019-20-Q3' }.lockedBy", is("governance-service"))
                .body("find { it.period == 'FY2019-20-Q3' }.reason", containsString("PCF: pcf.rep"));

        // a month of the quarter is locked too, for any measure
        String monthly = measures.create(Unit.COUNT, Period.Kind.MONTH, List.of("test-la"), List.of("all"));
        given().auth().oauth2(TestTokens.partner("demo-la-send", "test-la")).contentType("application/json")
                .body("{\"values\":[{\"measureCode\":\"" + monthly + "\",\"period\":\"2019-11\",\"value\":5}]}")
                .when().post("/api/v1/submissions").then().statusCode(409).contentType("application/problem+json")
                .body("type", containsString("period-locked"));
    }
}
