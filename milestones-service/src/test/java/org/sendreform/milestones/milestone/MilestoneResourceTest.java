package org.sendreform.milestones.milestone;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

import java.time.LocalDate;

import jakarta.transaction.Transactional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendreform.milestones.workspace.Workspace;
import org.sendreform.platform.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class MilestoneResourceTest {

    static final String READER = TestTokens.user("programme.manager", "programme-manager");

    @BeforeEach
    @Transactional
    void oneKnownMilestone() {
        if (Workspace.findById("test-workspace") == null) {
            Workspace w = new Workspace();
            w.code = "test-workspace";
            w.name = "Test workspace";
            w.persist();
        }
        if (Milestone.count("code", "T-LATE-1") == 0) {
            Milestone m = new Milestone();
            m.code = "T-LATE-1";
            m.title = "Test milestone that is long overdue";
            m.workspaceCode = "test-workspace";
            m.responsible = "Head of SEND with the Education Capital Lead";
            m.duePeriod = "FY2024-25-Q1";
            m.dueDate = LocalDate.of(2024, 6, 30);
            m.baselineDate = m.dueDate;
            m.status = MilestoneStatus.IN_PROGRESS;
            m.confidence = Confidence.RED;
            m.persist();
        }
    }

    @Test
    void listsMilestonesAsAPageWithLinks() {
        given().auth().oauth2(READER)
                .when().get("/api/v1/milestones?size=1")
                .then().statusCode(200)
                .header("X-Total-Count", notNullValue())
                .header("Link", containsString("rel=\"first\""))
                .body("size", is(1))
                .body("items.size()", is(1));
    }

    @Test
    void filtersCombineAndSlippageIsDerived() {
        given().auth().oauth2(READER)
                .queryParam("workspace", "test-workspace")
                .queryParam("rag", "RED")
                .queryParam("duePeriod", "FY2024-25")
                .queryParam("owner", "capital lead")
                .when().get("/api/v1/milestones")
                .then().statusCode(200)
                .body("total", is(1))
                .body("items[0].code", is("T-LATE-1"))
                .body("items[0].slipped", is(true))
                .body("items[0].slippageDays", greaterThan(800));
    }

    @Test
    void duePeriodFilterKeepsOnlyThatPeriod() {
        given().auth().oauth2(READER)
                .queryParam("duePeriod", "FY2026-27-Q3")
                .when().get("/api/v1/milestones")
                .then().statusCode(200)
                .body("items.duePeriod", everyItem(is("FY2026-27-Q3")));
    }

    @Test
    void oneMilestoneCarriesItsVersionAsETag() {
        String etag = given().auth().oauth2(READER)
                .when().get("/api/v1/milestones/T-LATE-1")
                .then().statusCode(200)
                .body("code", is("T-LATE-1"))
                .body("status", is("IN_PROGRESS"))
                .extract().header("ETag");
        given().auth().oauth2(READER).header("If-None-Match", etag)
                .when().get("/api/v1/milestones/T-LATE-1")
                .then().statusCode(304);
    }

    @Test
    void unknownMilestoneIsA404Problem() {
        given().auth().oauth2(READER)
                .when().get("/api/v1/milestones/NOPE")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", is(404))
                .body("title", is("Not found"))
                .body("detail", containsString("NOPE"))
                .body("instance", is("/api/v1/milestones/NOPE"))
                .body("traceId", notNullValue());
    }

    @Test
    void badPeriodIsA400NamingTheParameter() {
        given().auth().oauth2(READER)
                .queryParam("duePeriod", "2026/27 Q3")
                .when().get("/api/v1/milestones")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("duePeriod"));
    }

    @Test
    void pageSizeOutOfRangeIsA422NamingTheParameter() {
        given().auth().oauth2(READER)
                .queryParam("size", 100000)
                .when().get("/api/v1/milestones")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("size"));
    }

    @Test
    void unknownStatusIsA400() {
        given().auth().oauth2(READER)
                .queryParam("status", "FINISHED")
                .when().get("/api/v1/milestones")
                .then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void requestIdComesBackAsTheProblemTraceId() {
        given().auth().oauth2(READER).header("X-Request-Id", "req-123")
                .when().get("/api/v1/milestones/NOPE")
                .then().statusCode(404)
                .body("traceId", is("req-123"));
    }
}
