package org.sendreform.risk.register;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sendreform.platform.testing.Contention;
import org.sendreform.platform.testing.TestTokens;
import org.sendreform.risk.TestRisks;
import org.sendreform.risk.scoring.Rag;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Many people changing one risk at once (real threads released together): with one If-Match version exactly one
 * change wins and every other is told 412, never a 500 or a silent overwrite; writers who retry with the new ETag
 * all get their change in, each audited once.
 */
@QuarkusTest
class RiskContentionTest {

    static final int WRITERS = 50;
    static final String PM = TestTokens.user("programme.manager", "programme-manager");

    record Register(String code) implements Contention.Item {
        public Response change(int writer, String ifMatch) {
            return given().auth().oauth2(PM).contentType("application/merge-patch+json").header("If-Match", ifMatch)
                    .body("{\"owner\":\"" + Contention.mark(writer) + "\"}").when().patch("/api/v1/risks/" + code);
        }

        public String etag() {
            return given().auth().oauth2(PM).when().get("/api/v1/risks/" + code).then().statusCode(200).extract().header("ETag");
        }

        public String stored() {
            return given().auth().oauth2(PM).when().get("/api/v1/risks/" + code).then().statusCode(200).extract().path("owner");
        }

        public List<String> recorded() {
            return given().auth().oauth2(PM).when().get("/api/v1/risks/" + code + "/history").then().statusCode(200)
                    .body("action", everyItem(is("UPDATED"))).body("actor", everyItem(is("programme.manager")))
                    .body("at", everyItem(notNullValue()))
                    .extract().path("after.owner");
        }
    }

    static Register fresh() {
        return new Register(TestRisks.fresh(Category.DATA, "qa-data-digital", RiskStatus.OPEN, Rag.AMBER));
    }

    @Test
    void fiftyChangesOfOneVersionAtOnceHaveOneWinnerAndFortyNinePreconditionFailures() {
        Contention.oneWinnerPerVersion(WRITERS, fresh());
    }

    @Test
    void fiftyWritersRetryingWithTheNewETagAllGetTheirChangeInAndNoneIsLost() {
        Contention.noneLostWhenEachRetries(WRITERS, fresh());
    }
}
