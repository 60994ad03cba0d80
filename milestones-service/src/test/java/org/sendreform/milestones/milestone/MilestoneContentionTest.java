package org.sendreform.milestones.milestone;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sendreform.milestones.TestMilestones;
import org.sendreform.platform.testing.Contention;
import org.sendreform.platform.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Many people changing one milestone at once (real threads released together): with one If-Match version exactly
 * one change wins and every other is told 412, never a 500 or a silent overwrite; writers who retry with the new
 * ETag all get their change in, each audited once.
 */
@QuarkusTest
class MilestoneContentionTest {

    static final int WRITERS = 50;
    static final String MANAGER = TestTokens.user("programme.manager", "programme-manager");

    record Milestone(String code) implements Contention.Item {
        public Response change(int writer, String ifMatch) {
            return given().auth().oauth2(MANAGER).contentType("application/merge-patch+json").header("If-Match", ifMatch)
                    .body("{\"title\":\"" + Contention.mark(writer) + "\"}").when().patch("/api/v1/milestones/" + code);
        }

        public String etag() {
            return given().auth().oauth2(MANAGER).when().get("/api/v1/milestones/" + code).then().statusCode(200).extract().header("ETag");
        }

        public String stored() {
            return given().auth().oauth2(MANAGER).when().get("/api/v1/milestones/" + code).then().statusCode(200).extract().path("title");
        }

        public List<String> recorded() {
            return given().auth().oauth2(MANAGER).when().get("/api/v1/milestones/" + code + "/history").then().statusCode(200)
                    .body("action", everyItem(is("UPDATED"))).body("actor", everyItem(is("programme.manager")))
                    .body("at", everyItem(notNullValue()))
                    .extract().path("after.title");
        }
    }

    @Test
    void fiftyChangesOfOneVersionAtOnceHaveOneWinnerAndFortyNinePreconditionFailures() {
        Contention.oneWinnerPerVersion(WRITERS, new Milestone(TestMilestones.fresh(MilestoneStatus.NOT_STARTED)));
    }

    @Test
    void fiftyWritersRetryingWithTheNewETagAllGetTheirChangeInAndNoneIsLost() {
        Contention.noneLostWhenEachRetries(WRITERS, new Milestone(TestMilestones.fresh(MilestoneStatus.NOT_STARTED)));
    }
}
