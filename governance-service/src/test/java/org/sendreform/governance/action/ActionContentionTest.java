package org.sendreform.governance.action;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sendreform.platform.testing.Contention;
import org.sendreform.platform.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Many people changing one Board action at once (real threads released together): with one If-Match version
 * exactly one change wins and every other is told 412, never a 500 or a silent overwrite; writers who retry with
 * the new ETag all get their change in, each audited once.
 */
@QuarkusTest
class ActionContentionTest {

    static final int WRITERS = 50;
    static final String SECRETARY = ActionResourceTest.SECRETARY;

    record BoardAction(int id) implements Contention.Item {
        public Response change(int writer, String ifMatch) {
            return given().auth().oauth2(SECRETARY).contentType("application/merge-patch+json").header("If-Match", ifMatch)
                    .body("{\"owner\":\"" + Contention.mark(writer) + "\"}").when().patch("/api/v1/actions/" + id);
        }

        public String etag() {
            return given().auth().oauth2(SECRETARY).when().get("/api/v1/actions/" + id).then().statusCode(200).extract().header("ETag");
        }

        public String stored() {
            return given().auth().oauth2(SECRETARY).when().get("/api/v1/actions/" + id).then().statusCode(200).extract().path("owner");
        }

        public List<String> recorded() {
            return given().auth().oauth2(SECRETARY).when().get("/api/v1/actions/" + id + "/history").then().statusCode(200)
                    .body("actor", everyItem(is("board.secretary"))).body("at", everyItem(notNullValue()))
                    .extract().path("after.owner");
        }
    }

    static BoardAction fresh() {
        long meeting = ActionResourceTest.meetingOf("board");
        LocalDate due = ActionResourceTest.meetingDate(meeting).plusDays(30);
        return new BoardAction(ActionResourceTest.create(SECRETARY, ActionResourceTest.action(meeting, due, ""))
                .statusCode(201).extract().path("id"));
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
