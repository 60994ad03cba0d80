package org.sendreform.metrics;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import org.junit.jupiter.api.Test;
import org.sendreform.platform.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;

/** The Coventry seed is loaded on first start: the plan's success measures with baselines and targets. */
@QuarkusTest
class CoventryPlanTest {

    static final String ANALYST = TestTokens.user("icb.analyst", "analytics-reader");

    @Test
    void twentyWeekTimelinessHasThePlansBaselineAndTarget() {
        given().auth().oauth2(ANALYST)
                .when().get("/api/v1/measures/EHCP-20WK")
                .then().statusCode(200)
                .body("unit", is("PERCENT"))
                .body("direction", is("HIGHER_IS_BETTER"))
                .body("baseline.value", is(37))
                .body("targets.value", hasItem(75));
    }

    @Test
    void specialistBasePlacesFollowTheCumulativeTrajectory() {
        given().auth().oauth2(ANALYST)
                .when().get("/api/v1/measures/PLACES-SB")
                .then().statusCode(200)
                .body("targets.period", contains("FY2026-27", "FY2027-28", "FY2028-29"))
                .body("targets.value", contains(30, 70, 110));
    }

    @Test
    void catalogueHoldsEverySuccessMeasure() {
        given().auth().oauth2(ANALYST)
                .when().get("/api/v1/measures")
                .then().statusCode(200)
                .body("total", greaterThanOrEqualTo(19));
    }
}
