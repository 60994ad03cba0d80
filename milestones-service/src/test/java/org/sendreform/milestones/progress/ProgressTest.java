package org.sendreform.milestones.progress;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.sendreform.milestones.TestMilestones;
import org.sendreform.milestones.milestone.MilestoneStatus;
import org.sendreform.platform.period.Period;
import org.sendreform.platform.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;

/** The tracker and the highlight reports over the Coventry seed plus milestones of each test's own. */
@QuarkusTest
class ProgressTest {

    static final String MANAGER = TestTokens.user("programme.manager", "programme-manager");
    static final String READER = TestTokens.partner("coventry-la-ehcp", "coventry-city-council");

    static void patch(String code, String body) {
        String tag = given().auth().oauth2(MANAGER).when().get("/api/v1/milestones/" + code).then().extract().header("ETag");
        given().auth().oauth2(MANAGER).contentType("application/merge-patch+json").header("If-Match", tag).body(body)
                .when().patch("/api/v1/milestones/" + code).then().statusCode(200);
    }

    @Test
    void theTrackerRollsUpThePlanByThemeAndWorkspaceAndListsRagChanges() {
        LocalDate today = LocalDate.now();
        String code = TestMilestones.fresh(MilestoneStatus.IN_PROGRESS);
        patch(code, "{\"confidence\":\"RED\",\"confidenceNote\":\"no contractor\"}");
        given().auth().oauth2(READER).queryParam("since", today.toString()).when().get("/api/v1/progress").then().statusCode(200)
                .body("asOf", is(today.toString())).body("since", is(today.toString())).body("planVersion", org.hamcrest.Matchers.notNullValue())
                .body("nextQuarter", is(Period.financialQuarterOf(today).next().code()))
                .body("plan.total", greaterThanOrEqualTo(74))
                .body("plan.byStatus.NOT_STARTED", greaterThan(0))
                .body("themes.code", hasItems("BB1", "BB2", "BB3", "BB4", "EAH", "EN1", "EN2", "EN3"))
                .body("workspaces.code", hasItems("qa-data-digital", "commissioning-workforce", "capital-sufficiency", "test-ws"))
                .body("workspaces.find { it.code == 'capital-sufficiency' }.rollup.total", greaterThanOrEqualTo(23))
                .body("workspaces.find { it.code == 'test-ws' }.rollup.ragChanges", greaterThanOrEqualTo(1))
                .body("ragChanges.code", hasItem(code))
                .body("ragChanges.find { it.code == '" + code + "' }.from", nullValue())
                .body("ragChanges.find { it.code == '" + code + "' }.to", is("RED"))
                .body("ragChanges.find { it.code == '" + code + "' }.note", is("no contractor"))
                .body("ragChanges.find { it.code == '" + code + "' }.by", is("programme.manager"));
        // a change that leaves the RAG alone is not a RAG change
        patch(code, "{\"title\":\"Renamed\"}");
        given().auth().oauth2(READER).queryParam("since", today.toString()).when().get("/api/v1/progress").then()
                .body("ragChanges.findAll { it.code == '" + code + "' }.size()", is(1));
    }

    @Test
    void theTrackerRefusesABadSinceAndAnAnonymousCaller() {
        given().auth().oauth2(READER).queryParam("since", "last week").when().get("/api/v1/progress").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", is("since"));
        given().auth().oauth2(READER).queryParam("since", LocalDate.now().plusDays(2).toString()).when().get("/api/v1/progress")
                .then().statusCode(400).body("errors[0].field", is("since"));
        given().when().get("/api/v1/progress").then().statusCode(401);
    }

    @Test
    void aHighlightReportSaysWhatWasDoneWhatSlippedAndWhatComesNext() {
        LocalDate today = LocalDate.now();
        Period quarter = Period.financialQuarterOf(today);
        String late = TestMilestones.fresh(MilestoneStatus.IN_PROGRESS, today.minusDays(10));
        String done = TestMilestones.fresh(MilestoneStatus.IN_PROGRESS, today.plusYears(1));
        patch(done, "{\"confidence\":\"AMBER\",\"confidenceNote\":\"tight\"}");
        patch(done, "{\"status\":\"COMPLETE\",\"completedOn\":\"" + today + "\"}");
        String next = TestMilestones.fresh(MilestoneStatus.NOT_STARTED, quarter.next().start().plusDays(5));
        patch(next, "{\"title\":\"<script>alert(1)</script> & co\"}");
        given().auth().oauth2(READER).when().get("/api/v1/highlight-reports/test-ws").then().statusCode(200)
                .contentType(containsString("application/json"))
                .body("period", is(quarter.code())).body("periodStart", is(quarter.start().toString()))
                .body("completed.code", hasItem(done)).body("completed.code", not(hasItem(late)))
                .body("slipped.code", hasItem(late)).body("slipped.code", not(hasItem(done)))
                .body("slipped.find { it.code == '" + late + "' }.slippageDays", is(10))
                .body("upcoming.code", hasItem(next)).body("upcoming.code", not(hasItem(late)))
                .body("confidenceChanges.code", hasItem(done))
                .body("summary.total", greaterThanOrEqualTo(3));
        String html = given().auth().oauth2(READER).accept("text/html").queryParam("period", quarter.code())
                .when().get("/api/v1/highlight-reports/test-ws").then().statusCode(200).contentType(containsString("text/html"))
                .extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(html.contains("<h1>Highlight report: Test workspace</h1>"), html);
        org.junit.jupiter.api.Assertions.assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co"));
        org.junit.jupiter.api.Assertions.assertFalse(html.contains("<script>"));
    }

    @Test
    void aHighlightReportNeedsAKnownWorkspaceAndAQuarter() {
        given().auth().oauth2(READER).when().get("/api/v1/highlight-reports/nope").then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(READER).queryParam("period", "FY2026-27").when().get("/api/v1/highlight-reports/capital-sufficiency")
                .then().statusCode(400).body("errors[0].field", is("period"));
        given().auth().oauth2(READER).queryParam("period", "Q9").when().get("/api/v1/highlight-reports/capital-sufficiency")
                .then().statusCode(400).body("errors[0].field", is("period"));
        given().when().get("/api/v1/highlight-reports/capital-sufficiency").then().statusCode(401);
        given().auth().oauth2(READER).queryParam("period", "FY2026-27-Q2").when().get("/api/v1/highlight-reports/capital-sufficiency")
                .then().statusCode(200).body("slipped.code", hasItem("M-CS-Q2-02"));
    }
}
