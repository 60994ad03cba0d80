package org.sendreform.metrics;

import static io.restassured.RestAssured.given;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.sendreform.metrics.measure.Unit;
import org.sendreform.platform.period.Period;
import org.sendreform.platform.testing.AuditWalk;
import org.sendreform.platform.testing.TestTokens;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/**
 * Every write of the metrics service, each then found in its trail with who and when (see {@link AuditWalk}):
 * values in their value history, actual spend in its history, planned spend in the audit trail, period locks in
 * the lock itself (who locked or unlocked it, when).
 */
@QuarkusTest
class MetricsAuditWalkTest extends AuditWalk {

    static final String MANAGER = TestTokens.user("programme.manager", "programme-manager");
    static final String ADMIN = TestTokens.user("admin", "admin");
    static final String LA = TestTokens.partner("demo-la-send", "coventry-la-send");
    static final String FINANCE = TestTokens.partner("demo-la-finance", "coventry-la-finance");

    @Inject
    TestMeasures measures;

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType("application/json");
    }

    /** A lock of a period of its own measure; its id. */
    int lock() {
        String m = measures.create(Unit.COUNT, Period.Kind.MONTH, List.of("coventry-la-send"), List.of("all"));
        return as(MANAGER).body("{\"period\":\"FY2024-25-Q1\",\"measureCodes\":[\"" + m + "\"],\"reason\":\"Q1 return signed off\"}")
                .when().post("/api/v1/period-locks").then().statusCode(201).extract().path("[0].id");
    }

    static Recorded lockRecord(int id, String who, String at) {
        Map<String, Object> lock = as(MANAGER).when().get("/api/v1/period-locks").then().statusCode(200)
                .extract().path("find { it.id == " + id + " }");
        return new Recorded((String) lock.get(who), Instant.parse((String) lock.get(at)));
    }

    /** Planned spend in a grant year no other test plans; removed again so that each run starts without it. */
    static String planLine() {
        QuarkusTransaction.requiringNew().run(() -> org.sendreform.metrics.measure.Measure.getEntityManager()
                .createNativeQuery("delete from spend_plan_line where quarter = 'FY2028-29-Q4'").executeUpdate());
        String path = "/api/v1/spend/plan/FY2028-29-Q4/OTHER";
        as(MANAGER).body("{\"amount\": 1000}").when().put(path).then().statusCode(201);
        return path;
    }

    @Override
    protected List<Write> writes() {
        return List.of(
                new Write("submitValues", "demo-la-send", () -> {
                    String m = measures.percent("coventry-la-send");
                    as(LA).body("{\"values\":[{\"measureCode\":\"" + m + "\",\"period\":\"FY2025-26\",\"value\":41.5}]}")
                            .when().post("/api/v1/submissions").then().statusCode(201);
                    return newest(LA, "/api/v1/measures/" + m + "/values/FY2025-26/history", "changedBy", "changedAt");
                }),
                new Write("lockPeriod", "programme.manager", () -> lockRecord(lock(), "lockedBy", "lockedAt")),
                new Write("unlockPeriod", "admin", () -> {
                    int id = lock();
                    as(ADMIN).body("{\"reason\":\"correction agreed\"}").when().post("/api/v1/period-locks/" + id + "/unlock")
                            .then().statusCode(200);
                    return lockRecord(id, "unlockedBy", "unlockedAt");
                }),
                new Write("submitActualSpend", "demo-la-finance", () -> {
                    as(FINANCE).body("{\"actuals\":[{\"quarter\":\"FY2026-27-Q1\",\"category\":\"OTHER\",\"amount\":" + System.nanoTime() % 10_000
                            + "}]}").when().post("/api/v1/spend/actuals").then().statusCode(201);
                    return newest(FINANCE, "/api/v1/spend/actuals/FY2026-27-Q1/OTHER/history", "changedBy", "changedAt");
                }),
                new Write("putSpendPlanLine", "programme.manager", () -> newest(MANAGER, planLine() + "/history")),
                new Write("patchSpendPlanLine", "programme.manager", () -> {
                    String path = planLine();
                    as(MANAGER).contentType("application/merge-patch+json").header("If-Match", "\"0\"").body("{\"note\":\"revised\"}")
                            .when().patch(path).then().statusCode(200);
                    return newest(MANAGER, path + "/history");
                }));
    }
}
