package org.sendreform.metrics.measure;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import java.math.BigDecimal;
import java.util.List;

import jakarta.transaction.Transactional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendreform.platform.period.Period;
import org.sendreform.platform.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class MeasureResourceTest {

    static final String ANALYST = TestTokens.user("icb.analyst", "analytics-reader");

    @BeforeEach
    @Transactional
    void oneKnownMeasure() {
        if (Measure.count("code", "T-WAITS") == 0) {
            Measure m = new Measure();
            m.code = "T-WAITS";
            m.name = "Test waits over 18 weeks";
            m.unit = Unit.COUNT;
            m.direction = Direction.LOWER_IS_BETTER;
            m.kind = MeasureKind.LEADING;
            m.periodType = Period.Kind.FINANCIAL_QUARTER;
            m.themeCode = "T-THEME";
            m.dataOwners = List.of("test-therapies");
            m.baselineValue = new BigDecimal("120");
            m.baselinePeriod = "FY2025-26";
            m.targetText = "-80% by 2029";
            m.persist();
            Target t = new Target();
            t.measure = m;
            t.period = "FY2028-29";
            t.relation = Target.Relation.AT_MOST;
            t.value = new BigDecimal("24");
            t.persist();
        }
    }

    @Test
    void measureShowsBaselineAndTargets() {
        given().auth().oauth2(ANALYST)
                .when().get("/api/v1/measures/T-WAITS")
                .then().statusCode(200)
                .header("ETag", containsString("\""))
                .body("direction", is("LOWER_IS_BETTER"))
                .body("baseline.value", is(120))
                .body("baseline.period", is("FY2025-26"))
                .body("targets[0].period", is("FY2028-29"))
                .body("targets[0].relation", is("AT_MOST"))
                .body("targets[0].value", is(24));
    }

    @Test
    void filtersByDataOwnerAndTheme() {
        given().auth().oauth2(ANALYST)
                .queryParam("owner", "test-therapies").queryParam("theme", "T-THEME")
                .when().get("/api/v1/measures")
                .then().statusCode(200)
                .body("total", is(1))
                .body("items[0].code", is("T-WAITS"));
    }

    @Test
    void filtersByKind() {
        given().auth().oauth2(ANALYST)
                .queryParam("kind", "leading")
                .when().get("/api/v1/measures")
                .then().statusCode(200)
                .body("items.kind", everyItem(is("LEADING")))
                .body("items.code", hasItem("T-WAITS"));
    }

    @Test
    void unknownKindIs400NamingTheParameter() {
        given().auth().oauth2(ANALYST)
                .queryParam("kind", "vanity")
                .when().get("/api/v1/measures")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", is("kind"))
                .body("errors[0].message", containsString("LEADING"));
    }

    @Test
    void unknownMeasureIs404Problem() {
        given().auth().oauth2(ANALYST)
                .when().get("/api/v1/measures/NOPE")
                .then().statusCode(404)
                .contentType("application/problem+json");
    }
}
