package org.sendreform.metrics.lock;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.sendreform.metrics.TestMeasures;
import org.sendreform.metrics.measure.Unit;
import org.sendreform.platform.period.Period;
import org.sendreform.platform.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class PeriodLockResourceTest {

    static final String MANAGER = TestTokens.user("programme.manager", "programme-manager");
    static final String ADMIN = TestTokens.user("admin", "admin");
    static final String LA = TestTokens.partner("demo-la-send", "test-la");

    @Inject
    TestMeasures measures;

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType("application/json");
    }

    static String value(String code, String period) {
        return "{\"values\":[{\"measureCode\":\"" + code + "\",\"period\":\"" + period + "\",\"value\":5}]}";
    }

    @Test
    void aLockedQuarterRefusesItsMonthsUntilAnAdminUnlocksIt() {
        String m = measures.create(Unit.COUNT, Period.Kind.MONTH, List.of("test-la"), List.of("all"));
        int id = as(MANAGER).body("{\"period\":\"FY2025-26-Q1\",\"measureCodes\":[\"" + m + "\"],\"reason\":\"Q1 return signed off\"}")
                .when().post("/api/v1/period-locks")
                .then().statusCode(201)
                .body("[0].active", is(true)).body("[0].lockedBy", is("programme.manager"))
                .extract().path("[0].id");
        as(LA).body(value(m, "2025-05")).when().post("/api/v1/submissions")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", is("https://sendreform.org/problems/period-locked"))
                .body("errors[0].field", is("row[1].period"))
                .body("errors[0].message", containsString("Q1 return signed off"));
        as(LA).queryParam("atomic", "false").body(value(m, "2025-05")).when().post("/api/v1/submissions")
                .then().statusCode(201).body("imported", is(0)).body("rejected", is(1));
        as(LA).body(value(m, "2025-07")).when().post("/api/v1/submissions").then().statusCode(201);
        as(MANAGER).body("{\"period\":\"FY2025-26-Q1\",\"measureCodes\":[\"" + m + "\"],\"reason\":\"again\"}")
                .when().post("/api/v1/period-locks").then().statusCode(409);

        as(MANAGER).body("{\"reason\":\"correction\"}").when().post("/api/v1/period-locks/" + id + "/unlock").then().statusCode(403);
        as(ADMIN).body("{}").when().post("/api/v1/period-locks/" + id + "/unlock")
                .then().statusCode(422).body("errors[0].field", is("reason"));
        as(ADMIN).body("{\"reason\":\"Correction agreed by the Board\"}").when().post("/api/v1/period-locks/" + id + "/unlock")
                .then().statusCode(200).body("active", is(false)).body("unlockedBy", is("admin"));
        as(ADMIN).body("{\"reason\":\"twice\"}").when().post("/api/v1/period-locks/" + id + "/unlock").then().statusCode(409);
        as(LA).body(value(m, "2025-05")).when().post("/api/v1/submissions").then().statusCode(201);
        given().auth().oauth2(LA).queryParam("active", "false").when().get("/api/v1/period-locks")
                .then().statusCode(200).body("unlockReason", hasItem("Correction agreed by the Board"));
    }

    @Test
    void aSnapshotCannotRemoveAValueInALockedPeriod() {
        String m = measures.create(Unit.COUNT, Period.Kind.FINANCIAL_YEAR, List.of("test-la"), List.of("all", "ehcp"));
        as(LA).body("{\"values\":[{\"measureCode\":\"" + m + "\",\"period\":\"FY2023-24\",\"value\":1},"
                + "{\"measureCode\":\"" + m + "\",\"period\":\"FY2023-24\",\"disaggregation\":\"ehcp\",\"value\":1}]}")
                .when().post("/api/v1/submissions").then().statusCode(201);
        as(MANAGER).body("{\"period\":\"FY2023-24\",\"reason\":\"Board pack issued\"}").when().post("/api/v1/period-locks")
                .then().statusCode(201);
        try {
            as(LA).queryParam("mode", "snapshot").body(value(m, "FY2023-24")).when().post("/api/v1/submissions")
                    .then().statusCode(409).body("type", is("https://sendreform.org/problems/period-locked"));
        } finally {
            int id = given().auth().oauth2(ADMIN).queryParam("active", "true").when().get("/api/v1/period-locks")
                    .then().extract().path("find { it.period == 'FY2023-24' }.id");
            as(ADMIN).body("{\"reason\":\"test over\"}").when().post("/api/v1/period-locks/" + id + "/unlock").then().statusCode(200);
        }
    }

    @Test
    void badLockRequestsAndRolesAreProblems() {
        as(MANAGER).body("{\"period\":\"Q2\",\"reason\":\"x\"}").when().post("/api/v1/period-locks")
                .then().statusCode(422).body("errors[0].field", is("period"));
        as(MANAGER).body("{\"period\":\"FY2025-26\",\"measureCodes\":[\"NOPE\"],\"reason\":\"x\"}").when().post("/api/v1/period-locks")
                .then().statusCode(422).body("errors[0].field", is("measureCodes[0]"));
        as(MANAGER).body("{\"period\":\"FY2025-26\"}").when().post("/api/v1/period-locks")
                .then().statusCode(422).body("errors[0].field", is("reason"));
        as(MANAGER).body("{\"period\":\"FY2025-26\",\"reason\":\"x\",\"colour\":1}").when().post("/api/v1/period-locks")
                .then().statusCode(400);
        as(LA).body("{\"period\":\"FY2025-26\",\"reason\":\"x\"}").when().post("/api/v1/period-locks").then().statusCode(403);
        given().contentType("application/json").body("{\"period\":\"FY2025-26\",\"reason\":\"x\"}").when().post("/api/v1/period-locks")
                .then().statusCode(401);
        as(ADMIN).body("{\"reason\":\"x\"}").when().post("/api/v1/period-locks/999999/unlock").then().statusCode(404);
    }
}
