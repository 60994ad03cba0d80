package org.sendreform.milestones;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;

import org.junit.jupiter.api.Test;
import org.sendreform.platform.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;

/** The Coventry seed is loaded on first start: a new user sees the real plan, not placeholders. */
@QuarkusTest
class CoventryPlanTest {

    static final String READER = TestTokens.user("board.member", "board-member");

    @Test
    void themesComeInThePlansOrderWithTheirThreeYearRoadmap() {
        given().auth().oauth2(READER)
                .when().get("/api/v1/themes")
                .then().statusCode(200)
                .body("code", contains("BB1", "BB2", "BB3", "BB4", "EAH", "EN1", "EN2", "EN3"))
                .body("find { it.code == 'BB2' }.maturity", is("Developing"))
                .body("find { it.code == 'EN1' }.roadmap", hasKey("FY2028-29"));
    }

    @Test
    void capitalAndSufficiencyQ2MilestonesIncludeTheTwoPrimarySpecialistBases() {
        given().auth().oauth2(READER)
                .queryParam("workspace", "capital-sufficiency").queryParam("duePeriod", "FY2026-27-Q2")
                .when().get("/api/v1/milestones")
                .then().statusCode(200)
                .body("total", is(9))
                .body("items.dueDate", everyItem(is("2026-09-30")))
                .body("items.measures.flatten().measureCode", hasItem("PLACES-SB"));
    }

    @Test
    void theThreeWorkspacesAreSeeded() {
        given().auth().oauth2(READER)
                .when().get("/api/v1/workspaces")
                .then().statusCode(200)
                .body("code", contains("capital-sufficiency", "commissioning-workforce", "qa-data-digital"));
    }
}
