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
 * the lock itself (who locked or unlocked it, when), measures in their definitions, comparator figures in their
 * history, flags in their resolution.
 */
@QuarkusTest
class MetricsAuditWalkTest extends AuditWalk {

    static final String MANAGER = TestTokens.user("programme.manager", "programme-manager");
    static final String ADMIN = TestTokens.user("admin", "admin");
    static final String LA = TestTokens.partner("demo-la-send", "coventry-la-send");
    static final String FINANCE = TestTokens.partner("demo-la-finance", "coventry-la-finance");
    static final String ANALYST = TestTokens.user("icb.analyst", "analytics-reader");

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

    /** A new measure in the catalogue, defined by the programme manager; its code. */
    static String define() {
        String code = "T-AUD-" + java.util.UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        as(MANAGER).body("""
                {"code": "%s", "name": "Audited share", "definition": "Of the plans issued, the share on time",
                 "numeratorDefinition": "Plans on time", "denominatorDefinition": "All plans", "unit": "PERCENT",
                 "direction": "HIGHER_IS_BETTER", "kind": "OUTCOME", "periodType": "FINANCIAL_YEAR",
                 "dataOwners": ["coventry-la-send"], "disaggregations": ["all"], "targetText": "at least 75%%",
                 "targets": []}""".formatted(code)).when().post("/api/v1/measures").then().statusCode(201);
        return code;
    }

    /** A flag raised on an outlying value the partner submitted after five steady years; its measure and id. */
    String[] flag() {
        String m = measures.percent("coventry-la-send");
        as(LA).body("{\"values\":[" + String.join(",", List.of(
                value(m, "FY2019-20", "40"), value(m, "FY2020-21", "42"), value(m, "FY2021-22", "41"),
                value(m, "FY2022-23", "40"), value(m, "FY2023-24", "43"))) + "]}")
                .when().post("/api/v1/submissions").then().statusCode(201);
        Integer id = as(LA).body("{\"values\":[" + value(m, "FY2024-25", "95") + "]}")
                .when().post("/api/v1/submissions").then().statusCode(201).extract().path("flags[0].id");
        return new String[] { m, String.valueOf(id) };
    }

    static String value(String code, String period, String value) {
        return "{\"measureCode\":\"" + code + "\",\"period\":\"" + period + "\",\"value\":" + value + "}";
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
                }),
                new Write("defineMeasure", "programme.manager",
                        () -> newest(MANAGER, "/api/v1/measures/" + define() + "/definitions", "definedBy", "definedAt")),
                new Write("changeMeasure", "admin", () -> {
                    String code = define();
                    String etag = as(ADMIN).when().get("/api/v1/measures/" + code).then().statusCode(200).extract().header("ETag");
                    as(ADMIN).contentType("application/merge-patch+json").header("If-Match", etag)
                            .body("{\"definition\":\"Of the plans issued, the share within 20 weeks\",\"reason\":\"DfE guidance\"}")
                            .when().patch("/api/v1/measures/" + code).then().statusCode(200);
                    return newest(ADMIN, "/api/v1/measures/" + code + "/definitions", "definedBy", "definedAt");
                }),
                new Write("loadComparatorValues", "icb.analyst", () -> {
                    String m = measures.percent("coventry-la-send");
                    as(ANALYST).body("{\"source\":\"DfE national figures\",\"values\":[{\"period\":\"FY2024-25\","
                            + "\"disaggregation\":\"all\",\"value\":48.5}]}")
                            .when().post("/api/v1/measures/" + m + "/comparators/NATIONAL").then().statusCode(200);
                    return newest(ANALYST, "/api/v1/measures/" + m + "/comparators/NATIONAL/FY2024-25/history",
                            "changedBy", "changedAt");
                }),
                new Write("resolveFlag", "demo-la-send", () -> {
                    String[] flag = flag();
                    as(LA).body("{\"note\":\"confirmed with the service: a new way of counting\"}")
                            .when().post("/api/v1/flags/" + flag[1] + "/resolution").then().statusCode(200);
                    Map<String, Object> resolved = as(LA).queryParam("measure", flag[0]).queryParam("status", "resolved")
                            .when().get("/api/v1/flags").then().statusCode(200).extract().path("items[0]");
                    return new Recorded((String) resolved.get("resolvedBy"), Instant.parse((String) resolved.get("resolvedAt")));
                }));
    }
}
