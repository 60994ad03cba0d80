package org.sendreform.governance.quarterlyreturn;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.is;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.sendreform.platform.testing.TestTokens;
import org.sendreform.platform.testing.Topics;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Consumer test with metrics-service's own example of grant-condition-status-changed.v1 over the real broker: the
 * condition's status reaches the DfE return of a quarter in its grant year (a redelivery changes nothing).
 */
@QuarkusTest
class GrantConditionsTest {

    static final String PM = TestTokens.user("programme.manager", "programme-manager");
    static final String TYPE = "org.sendreform.metrics.grant-condition-status-changed.v1";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    /** Rows a read model holds for a grant year. */
    static long rows(String table, String year) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) org.sendreform.governance.pack.Pack.getEntityManager()
                .createNativeQuery("select count(*) from " + table + " where year = ?1").setParameter(1, year).getSingleResult())
                .longValue());
    }

    @Test
    void theReturnReportsTheGrantConditionsAndSpendAgainstThePlanAsMetricsLastAnnouncedThem() throws Exception {
        // metrics' examples, moved to a grant year of their own so no other test's return sees them
        String condition = Files.readString(Path.of("..", "docs", "events", "metrics", "grant-condition-status-changed.v1.example.json"))
                .replace("\"FY2026-27\"", "\"FY2023-24\"");
        String eventId = UUID.randomUUID().toString();
        Topics.send(bootstrap, "metrics.events.v1", "FY2023-24/EAH_ADMINISTRATION", eventId, TYPE, condition);
        Topics.send(bootstrap, "metrics.events.v1", "FY2023-24/EAH_ADMINISTRATION", eventId, TYPE, condition); // redelivered
        String spend = Files.readString(Path.of("..", "docs", "events", "metrics", "grant-spend-changed.v1.example.json"))
                .replace("FY2026-27", "FY2023-24");
        Topics.send(bootstrap, "metrics.events.v1", "FY2023-24", UUID.randomUUID().toString(),
                "org.sendreform.metrics.grant-spend-changed.v1", spend);
        await().atMost(Duration.ofSeconds(20)).until(() -> rows("grant_condition_state", "FY2023-24") == 1 && rows("grant_spend_state", "FY2023-24") == 4);

        int id = given().auth().oauth2(PM).contentType("application/json").body("{\"quarter\":\"FY2023-24-Q3\"}").when()
                .post("/api/v1/returns").then().statusCode(201).extract().path("id");
        given().auth().oauth2(PM).when().get("/api/v1/returns/" + id).then().statusCode(200)
                .body("content.grantConditions.size()", is(1))
                .body("content.grantConditions[0].condition", is("EAH_ADMINISTRATION"))
                .body("content.grantConditions[0].rule", is("AT_MOST"))
                .body("content.grantConditions[0].status", is("BREACHED"))
                .body("content.grantConditions[0].share", is(10.53f))
                // the quarter's spend and the year's to the quarter's end, by category
                .body("content.spend.find { it.category == 'WORKFORCE' }.quarterPlanned", is(586000.0f))
                .body("content.spend.find { it.category == 'WORKFORCE' }.quarterActual", is(0.0f))
                .body("content.spend.find { it.category == 'WORKFORCE' }.toDatePlanned", is(1172000.0f))
                .body("content.spend.find { it.category == 'WORKFORCE' }.toDateActual", is(601250.5f))
                .body("content.spend.find { it.category == 'OTHER' }.toDateActual", is(14250.0f));
        // a quarter of another grant year reports none of it
        given().auth().oauth2(PM).contentType("application/json").body("{\"quarter\":\"FY2024-25-Q1\"}").when()
                .post("/api/v1/returns").then().statusCode(201).body("content.grantConditions.size()", is(0))
                .body("content.spend.size()", is(0));
    }
}
