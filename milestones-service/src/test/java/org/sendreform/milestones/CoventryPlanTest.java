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

    /** Counted against the plan v3.1 (2026-27 local delivery plan; roadmap table): nothing left out, nothing added. */
    @Test
    void everyDeliveryPlanMilestoneAndRoadmapItemOfThePlanIsSeeded() {
        java.util.Map<String, int[]> perQuarter = java.util.Map.of("qa-data-digital", new int[] { 10, 10, 10 },
                "commissioning-workforce", new int[] { 7, 7, 7 }, "capital-sufficiency", new int[] { 9, 7, 7 });
        perQuarter.forEach((workspace, counts) -> {
            for (int q = 0; q < 3; q++) {
                given().auth().oauth2(READER).queryParam("workspace", workspace).queryParam("duePeriod", "FY2026-27-Q" + (q + 2))
                        .when().get("/api/v1/milestones").then().statusCode(200).body("total", is(counts[q]));
            }
        });
        given().auth().oauth2(READER).when().get("/api/v1/milestones").then().statusCode(200).body("total", is(74));
        java.util.Map<String, int[]> roadmap = java.util.Map.of("BB1", new int[] { 10, 11, 6 }, "BB2", new int[] { 10, 9, 7 },
                "BB3", new int[] { 7, 7, 5 }, "BB4", new int[] { 8, 6, 6 }, "EN1", new int[] { 3, 3, 2 }, "EN2", new int[] { 5, 3, 3 },
                "EN3", new int[] { 7, 4, 3 });
        io.restassured.path.json.JsonPath themes = given().auth().oauth2(READER).when().get("/api/v1/themes").then().statusCode(200)
                .extract().jsonPath();
        String[] years = { "FY2026-27", "FY2027-28", "FY2028-29" };
        roadmap.forEach((theme, counts) -> {
            for (int y = 0; y < 3; y++) {
                org.junit.jupiter.api.Assertions.assertEquals(counts[y],
                        themes.getList("find { it.code == '" + theme + "' }.roadmap.'" + years[y] + "'").size(), theme + " " + years[y]);
            }
        });
        // the plan's roadmap table has no Experts at Hand row: its offer runs through the building blocks
        org.junit.jupiter.api.Assertions.assertTrue(themes.getMap("find { it.code == 'EAH' }.roadmap").isEmpty());
    }

    @Test
    void theThreeWorkspacesAreSeeded() {
        given().auth().oauth2(READER)
                .when().get("/api/v1/workspaces")
                .then().statusCode(200)
                .body("code", contains("capital-sufficiency", "commissioning-workforce", "qa-data-digital"));
    }
}
