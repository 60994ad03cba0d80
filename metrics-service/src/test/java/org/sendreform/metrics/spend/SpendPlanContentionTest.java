package org.sendreform.metrics.spend;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendreform.platform.testing.Contention;
import org.sendreform.platform.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Many people changing one planned amount at once (real threads released together): with one If-Match version
 * exactly one change wins and every other is told 412; writers who retry with the new ETag all get their change
 * in, each audited once; and a line set by many at once while it does not yet exist is created once.
 */
@QuarkusTest
class SpendPlanContentionTest {

    static final int WRITERS = 50;
    static final String MANAGER = TestTokens.user("programme.manager", "programme-manager");

    @Inject
    TestSpend spend;

    @BeforeEach
    void reset() {
        spend.reset();
    }

    record PlanLine(String path) implements Contention.Item {
        public Response change(int writer, String ifMatch) {
            return TestSpend.as(MANAGER).contentType("application/merge-patch+json").header("If-Match", ifMatch)
                    .body("{\"note\":\"" + Contention.mark(writer) + "\"}").when().patch(path);
        }

        public String etag() {
            return TestSpend.as(MANAGER).when().get(path).then().statusCode(200).extract().header("ETag");
        }

        public String stored() {
            return TestSpend.as(MANAGER).when().get(path).then().statusCode(200).extract().path("note");
        }

        public List<String> recorded() {
            return TestSpend.as(MANAGER).when().get(path + "/history").then().statusCode(200)
                    .body("actor", everyItem(is("programme.manager"))).body("at", everyItem(notNullValue()))
                    .extract().path("after.note");
        }
    }

    /** A line of its own in a later grant year (the reset removes it again). */
    static PlanLine fresh(String quarter) {
        String path = "/api/v1/spend/plan/" + quarter + "/WORKFORCE";
        TestSpend.as(MANAGER).body("{\"amount\": 1000000}").when().put(path).then().statusCode(201);
        return new PlanLine(path);
    }

    @Test
    void fiftyChangesOfOneVersionAtOnceHaveOneWinnerAndFortyNinePreconditionFailures() {
        Contention.oneWinnerPerVersion(WRITERS, fresh("FY2028-29-Q1"));
    }

    @Test
    void fiftyWritersRetryingWithTheNewETagAllGetTheirChangeInAndNoneIsLost() {
        Contention.noneLostWhenEachRetries(WRITERS, fresh("FY2028-29-Q2"));
    }

    @Test
    void aLineSetByTwentyAtOnceBeforeItExistsIsCreatedOnceAndTheOthersAreToldToSendIfMatch() {
        String path = "/api/v1/spend/plan/FY2028-29-Q3/WORKFORCE";
        List<Response> answers = Contention.atOnce(20, writer -> TestSpend.as(MANAGER)
                .body("{\"amount\": " + (1000 + writer) + "}").when().put(path));
        List<Integer> statuses = answers.stream().map(Response::statusCode).toList();
        assertEquals(1, Contention.count(statuses, 201), statuses::toString);
        assertEquals(19, Contention.count(statuses, 428), statuses::toString);
        int winner = statuses.indexOf(201);
        TestSpend.as(MANAGER).when().get(path).then().statusCode(200).header("ETag", is("\"0\""))
                .body("amount", org.hamcrest.Matchers.comparesEqualTo(TestSpend.money((1000 + winner) + ".00")));
        TestSpend.as(MANAGER).when().get(path + "/history").then().statusCode(200).body("action", is(List.of("CREATED")));
    }
}
