package org.sendreform.metrics.trajectory;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;
import org.sendreform.platform.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SeriesResourceTest {

    static final String LA = TestTokens.partner("demo-la-send", "coventry-la-send");
    static final String ANALYST = TestTokens.user("icb.analyst", "analytics-reader");

    @Test
    void specialistBasePlacesAgainstTheirTrajectory() {
        // the seeded cumulative trajectory: +30 by FY2026-27, +70 by FY2027-28, +110 by FY2028-29, from 0 in FY2025-26
        given().auth().oauth2(ANALYST).queryParam("from", "FY2025-26").queryParam("to", "FY2028-29")
                .when().get("/api/v1/measures/PLACES-SB/series")
                .then().statusCode(200)
                .body("direction", is("HIGHER_IS_BETTER"))
                .body("points.period", org.hamcrest.Matchers.contains("FY2025-26", "FY2026-27", "FY2027-28", "FY2028-29"))
                .body("points[0].expected", is(0))
                .body("points[1].expected", is(30))
                .body("points[3].expected", is(110))
                .body("points[3].target.value", is(110))
                .body("points[2].status", is("NO_DATA"));
    }

    @Test
    void aSubmittedValueGetsItsStatusAndTheETagChanges() {
        String before = given().auth().oauth2(ANALYST).when().get("/api/v1/measures/EHCP-AR-TIMELY/series")
                .then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(ANALYST).header("If-None-Match", before)
                .when().get("/api/v1/measures/EHCP-AR-TIMELY/series").then().statusCode(304);
        // baseline 49% in FY2025-26: a value of 45 for that same year is off track (5% of 49 allowed is 2.45)
        given().auth().oauth2(LA).contentType("application/json")
                .body("{\"values\":[{\"measureCode\":\"EHCP-AR-TIMELY\",\"period\":\"FY2025-26\",\"value\":45}]}")
                .when().post("/api/v1/submissions").then().statusCode(201);
        given().auth().oauth2(ANALYST).header("If-None-Match", before).queryParam("from", "FY2025-26").queryParam("to", "FY2025-26")
                .when().get("/api/v1/measures/EHCP-AR-TIMELY/series")
                .then().statusCode(200)
                .body("points[0].expected", is(49))
                .body("points[0].actual", is(45))
                .body("points[0].variance", is(-4))
                .body("points[0].status", is("OFF_TRACK"));
    }

    @Test
    void aComparatorTargetWithoutFiguresExpectsNothing() {
        given().auth().oauth2(ANALYST).queryParam("from", "AY2028-29").queryParam("to", "AY2028-29")
                .when().get("/api/v1/measures/ATTEND-SEND/series")
                .then().statusCode(200)
                .body("points[0].expected", nullValue())
                .body("points[0].comparators.size()", is(0))
                .body("points[0].target.comparator", is("NATIONAL"));
    }

    @Test
    void badParametersAreProblems() {
        given().auth().oauth2(ANALYST).queryParam("from", "last year")
                .when().get("/api/v1/measures/PLACES-SB/series").then().statusCode(400).body("errors[0].field", is("from"));
        given().auth().oauth2(ANALYST).queryParam("disaggregation", "age-5")
                .when().get("/api/v1/measures/PLACES-SB/series").then().statusCode(400).body("errors[0].field", is("disaggregation"));
        given().auth().oauth2(ANALYST).queryParam("from", "FY1500-01")
                .when().get("/api/v1/measures/PLACES-SB/series").then().statusCode(400).body("errors[0].field", is("to"));
        given().auth().oauth2(ANALYST).when().get("/api/v1/measures/NOPE/series").then().statusCode(404);
        given().when().get("/api/v1/measures/PLACES-SB/series").then().statusCode(401);
    }
}
