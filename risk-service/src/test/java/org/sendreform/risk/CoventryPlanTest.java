package org.sendreform.risk;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;

import org.junit.jupiter.api.Test;
import org.sendreform.platform.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;

/** The plan's eight risks, with its own RAGs kept as entered. */
@QuarkusTest
class CoventryPlanTest {

    static final String RDG = TestTokens.user("rdg.member", "rdg-member");

    @Test
    void theEightRisksOfThePlanAreLoaded() {
        given().auth().oauth2(RDG).queryParam("size", 100)
                .when().get("/api/v1/risks")
                .then().statusCode(200)
                .body("total", is(8));
    }

    @Test
    void riskFourKeepsItsAmberThoughTheMatrixSaysRed() {
        // the plan rates High impact / Medium likelihood Red for risks 2 and 3 but Amber for 4, 5 and 8
        given().auth().oauth2(RDG)
                .when().get("/api/v1/risks/R-04")
                .then().statusCode(200)
                .body("inherent.impact", is("HIGH"))
                .body("inherent.likelihood", is("MEDIUM"))
                .body("inherent.assessedRag", is("AMBER"))
                .body("inherent.matrixRag", is("RED"))
                .body("inherent.departsFromMatrix", is(true))
                .body("residualRag", is("GREEN"));
        given().auth().oauth2(RDG)
                .when().get("/api/v1/risks/R-02")
                .then().statusCode(200)
                .body("inherent.departsFromMatrix", is(false));
    }

    @Test
    void mandatoryCategoryRisksSitWithTheBoard() {
        given().auth().oauth2(RDG).queryParam("category", "SUFFICIENCY")
                .when().get("/api/v1/risks")
                .then().statusCode(200)
                .body("items.owningBody", everyItem(is("board")));
    }
}
