package org.sendreform.metrics.spend;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.sendreform.metrics.spend.TestSpend.as;
import static org.sendreform.metrics.spend.TestSpend.money;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendreform.platform.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SpendPlanResourceTest {

    static final String FINANCE = TestTokens.partner("demo-la-finance", "coventry-la-finance");
    static final String MANAGER = TestTokens.user("programme.manager", "programme-manager");
    static final String ADMIN = TestTokens.user("admin", "admin");
    static final String ANALYST = TestTokens.user("icb.analyst", "analytics-reader");
    static final String LINE = "/api/v1/spend/plan/FY2027-28-Q1/WORKFORCE";

    @Inject
    TestSpend spend;

    @BeforeEach
    void reset() {
        spend.reset();
    }

    @Test
    void theFirstYearProfileIsStoredAsThePlanGivesItWithItsStatedTotalsBeside() {
        String etag = as(FINANCE).queryParam("year", "FY2026-27").when().get("/api/v1/spend/plan")
                .then().statusCode(200)
                .body("allocation", comparesEqualTo(money("3000000.00"))).body("allocationStatus", is("INDICATIVE"))
                .body("quarters", is(List.of("FY2026-27-Q2", "FY2026-27-Q3", "FY2026-27-Q4")))
                .body("categories.code", is(List.of("TRANSFORMATION_ADMINISTRATION", "WORKFORCE", "OTHER")))
                .body("categories[0].name", is("Transformation (administration)"))
                .body("categories[0].lines.amount", is(List.of(money("150000.00"), money("150000.00"), money("300000.00"))))
                .body("categories[0].total.computed", comparesEqualTo(money("600000.00")))
                .body("categories[0].total.stated", comparesEqualTo(money("601000.00")))
                .body("categories[0].total.difference", comparesEqualTo(money("-1000.00")))
                .body("categories[0].conditionBuckets.bucket", is(List.of("EAH_ADMINISTRATION", "LA_TRANSFORMATION")))
                .body("categories[1].lines.amount", is(List.of(money("586000.00"), money("586000.00"), money("1171000.00"))))
                .body("categories[1].total.computed", comparesEqualTo(money("2343000.00")))
                .body("categories[1].total.stated", comparesEqualTo(money("2342000.00")))
                .body("categories[1].total.difference", comparesEqualTo(money("1000.00")))
                .body("categories[1].conditionBuckets[0].bucket", is("DIRECT_DELIVERY"))
                .body("categories[2].lines.amount", is(List.of(money("15000.00"), money("15000.00"), money("30000.00"))))
                .body("categories[2].total.computed", comparesEqualTo(money("60000.00")))
                .body("categories[2].total.stated", comparesEqualTo(money("61000.00")))
                .body("quarterTotals.computed", is(List.of(money("751000.00"), money("751000.00"), money("1501000.00"))))
                .body("quarterTotals.stated", is(List.of(money("751000.00"), money("751000.00"), money("1502000.00"))))
                .body("quarterTotals.difference", is(List.of(money("0.00"), money("0.00"), money("-1000.00"))))
                .body("total.computed", comparesEqualTo(money("3003000.00")))
                .body("total.stated", comparesEqualTo(money("3004000.00")))
                .body("total.difference", comparesEqualTo(money("-1000.00")))
                .body("conditionBuckets.bucket", is(List.of("DIRECT_DELIVERY", "EAH_ADMINISTRATION", "LA_TRANSFORMATION")))
                .body("conditionBuckets.amount", is(List.of(money("2403000.00"), money("300000.00"), money("300000.00"))))
                .body("conditionBuckets.sharePercent", is(List.of(money("80.02"), money("9.99"), money("9.99"))))
                .extract().header("ETag");
        as(FINANCE).queryParam("year", "FY2026-27").header("If-None-Match", etag).when().get("/api/v1/spend/plan").then().statusCode(304);
        as(FINANCE).when().get("/api/v1/spend/plan").then().statusCode(400).body("errors[0].field", is("year"));
        as(FINANCE).queryParam("year", "FY2026-27-Q2").when().get("/api/v1/spend/plan").then().statusCode(400);
        as(FINANCE).queryParam("year", "FY2030-31").when().get("/api/v1/spend/plan").then().statusCode(404);
        as(FINANCE).queryParam("year", "FY2027-28").when().get("/api/v1/spend/plan")
                .then().statusCode(200).body("allocationStatus", is("ESTIMATED")).body("quarters", hasSize(0))
                .body("total.computed", comparesEqualTo(money("0.00"))).body("total.stated", nullValue());
        given().queryParam("year", "FY2026-27").when().get("/api/v1/spend/plan").then().statusCode(401);
    }

    @Test
    void theProgrammeTeamKeepsThePlanWithIfMatchAndEveryChangeIsAudited() {
        as(MANAGER).body("{\"amount\": 1300000, \"note\": \"first profile for 2027/28\"}").when().put(LINE)
                .then().statusCode(201).header("ETag", "\"0\"").header("Location", containsString(LINE))
                .body("amount", comparesEqualTo(money("1300000.00"))).body("year", is("FY2027-28"));
        as(MANAGER).body("{\"amount\": 1250000}").when().put(LINE).then().statusCode(428).contentType("application/problem+json");
        as(MANAGER).header("If-Match", "\"7\"").body("{\"amount\": 1250000}").when().put(LINE).then().statusCode(412);
        as(MANAGER).header("If-Match", "\"0\"").body("{\"amount\": 1250000}").when().put(LINE)
                .then().statusCode(200).header("ETag", "\"1\"").body("version", is(1)).body("note", nullValue());
        as(ADMIN).header("If-Match", "\"1\"").contentType("application/merge-patch+json").body("{\"note\": \"re-profiled\"}")
                .when().patch(LINE).then().statusCode(200).header("ETag", "\"2\"")
                .body("amount", comparesEqualTo(money("1250000.00"))).body("note", is("re-profiled"));
        as(MANAGER).header("If-Match", "\"1\"").contentType("application/merge-patch+json").body("{\"amount\": 1}").when().patch(LINE)
                .then().statusCode(412);
        as(FINANCE).when().get(LINE).then().statusCode(200).header("ETag", "\"2\"").body("amount", comparesEqualTo(money("1250000.00")));
        as(FINANCE).when().get(LINE + "/history").then().statusCode(200).body("$", hasSize(3))
                .body("action", is(List.of("CREATED", "UPDATED", "UPDATED")))
                .body("actor", is(List.of("programme.manager", "programme.manager", "admin")))
                .body("[0].before", nullValue())
                .body("[1].before.amount", comparesEqualTo(money("1300000.00")))
                .body("[1].after.amount", comparesEqualTo(money("1250000.00")));
        as(FINANCE).queryParam("year", "FY2027-28").when().get("/api/v1/spend/plan")
                .then().statusCode(200).body("quarters", is(List.of("FY2027-28-Q1"))).body("total.computed", comparesEqualTo(money("1250000.00")));
    }

    @Test
    void badPlanChangesAreProblemsAndChangeNothing() {
        as(MANAGER).body("{\"amount\": 100}").when().put(LINE).then().statusCode(201);
        given().contentType("application/json").header("If-Match", "\"0\"").body("{\"amount\": 5}").when().put(LINE).then().statusCode(401);
        as(FINANCE).header("If-Match", "\"0\"").body("{\"amount\": 5}").when().put(LINE).then().statusCode(403);
        as(ANALYST).header("If-Match", "\"0\"").contentType("application/merge-patch+json").body("{\"amount\": 5}").when().patch(LINE)
                .then().statusCode(403);
        as(MANAGER).header("If-Match", "\"0\"").body("{\"amount\": 10.005}").when().put(LINE)
                .then().statusCode(422).contentType("application/problem+json").body("errors[0].field", is("amount"));
        as(MANAGER).header("If-Match", "\"0\"").body("{\"amount\": -1}").when().put(LINE).then().statusCode(422).body("errors[0].field", is("amount"));
        as(MANAGER).header("If-Match", "\"0\"").body("{\"note\": \"no amount\"}").when().put(LINE).then().statusCode(422).body("errors[0].field", is("amount"));
        as(MANAGER).header("If-Match", "\"0\"").body("{\"amount\": 5, \"colour\": \"red\"}").when().put(LINE)
                .then().statusCode(400).body("errors[0].field", is("colour"));
        as(MANAGER).header("If-Match", "\"0\"").contentType("application/merge-patch+json").body("{\"colour\": \"red\"}").when().patch(LINE)
                .then().statusCode(400).body("errors[0].field", is("colour"));
        as(MANAGER).header("If-Match", "\"0\"").contentType("application/merge-patch+json").body("{\"amount\": null}").when().patch(LINE)
                .then().statusCode(422).body("errors[0].field", is("amount"));
        as(MANAGER).header("If-Match", "\"0\"").contentType("application/merge-patch+json").body("{\"amount\": \"lots\"}").when().patch(LINE)
                .then().statusCode(400).body("errors[0].field", is("amount"));
        as(MANAGER).header("If-Match", "\"0\"").contentType("application/merge-patch+json").body("{\"amount\": 5}")
                .when().patch("/api/v1/spend/plan/FY2027-28-Q2/OTHER").then().statusCode(404);
        as(MANAGER).body("{\"amount\": 5}").when().put("/api/v1/spend/plan/FY2027-28-Q1/TRAVEL").then().statusCode(404);
        as(MANAGER).body("{\"amount\": 5}").when().put("/api/v1/spend/plan/FY2031-32-Q1/OTHER").then().statusCode(404);
        as(MANAGER).body("{\"amount\": 5}").when().put("/api/v1/spend/plan/FY2027-28/OTHER").then().statusCode(404);
        as(FINANCE).when().get("/api/v1/spend/plan/FY2027-28-Q3/OTHER").then().statusCode(404);
        as(FINANCE).when().get("/api/v1/spend/plan/FY2027-28-Q3/OTHER/history").then().statusCode(404);
        as(FINANCE).when().get(LINE).then().statusCode(200).header("ETag", "\"0\"").body("amount", comparesEqualTo(money("100.00")));
        as(FINANCE).when().get(LINE + "/history").then().body("$", hasSize(1));
    }

    @Test
    void aLockedQuarterRefusesPlanChanges() {
        as(MANAGER).body("{\"amount\": 100}").when().put(LINE).then().statusCode(201);
        int lock = as(MANAGER).body("{\"period\":\"FY2027-28\",\"measureCodes\":[\"FIN-GRANT-LA\"],\"reason\":\"2027/28 grant return issued\"}")
                .when().post("/api/v1/period-locks").then().statusCode(201).extract().path("[0].id");
        try {
            as(MANAGER).header("If-Match", "\"0\"").contentType("application/merge-patch+json").body("{\"amount\": 5}").when().patch(LINE)
                    .then().statusCode(409).body("type", is("https://sendreform.org/problems/period-locked"))
                    .body("errors[0].field", is("quarter")).body("detail", containsString("2027/28 grant return issued"));
            as(MANAGER).body("{\"amount\": 5}").when().put("/api/v1/spend/plan/FY2027-28-Q2/OTHER").then().statusCode(409);
        } finally {
            as(ADMIN).body("{\"reason\":\"test over\"}").when().post("/api/v1/period-locks/" + lock + "/unlock").then().statusCode(200);
        }
        as(FINANCE).when().get(LINE).then().statusCode(200).body("amount", comparesEqualTo(money("100.00")));
        as(FINANCE).when().get("/api/v1/spend/plan/FY2027-28-Q2/OTHER").then().statusCode(404);
    }
}
