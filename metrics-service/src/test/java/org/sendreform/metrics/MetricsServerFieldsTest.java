package org.sendreform.metrics;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.sendreform.platform.testing.ServerOwnedFields;
import org.sendreform.platform.testing.TestTokens;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/**
 * Fields a client must not set in metrics writes: the submitting organisation and who and when (taken from the
 * token and the clock), ids, versions, lock state. Each is refused naming it (400: the request has no such field)
 * and nothing is stored; a partner cannot pass values off as another organisation's by naming it.
 */
@QuarkusTest
class MetricsServerFieldsTest {

    static final String LA = TestTokens.partner("demo-la-send", "coventry-la-send");
    static final String FINANCE = TestTokens.partner("demo-la-finance", "coventry-la-finance");
    static final String MANAGER = TestTokens.user("programme.manager", "programme-manager");

    /** Who and when, and the ids a stored value or spend row gets. */
    static final Map<String, String> ROW_FIELDS = Map.of(
            "org", "\"cwpt-therapies\"",
            "changedBy", "\"someone.else\"",
            "changedAt", "\"2026-01-01T00:00:00Z\"",
            "submissionId", "\"7c1d2f0e-4b8a-4e55-9a7e-2f0b6f1f4a10\"",
            "id", "99");

    /** What a submission's summary reports, set by the service. */
    static final Map<String, String> SUBMISSION_FIELDS = Map.of(
            "id", "\"7c1d2f0e-4b8a-4e55-9a7e-2f0b6f1f4a10\"",
            "org", "\"cwpt-therapies\"",
            "receivedAt", "\"2026-01-01T00:00:00Z\"",
            "imported", "1",
            "rejected", "0");

    @Inject
    TestMeasures measures;

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType("application/json");
    }

    static long count(String sql, String parameter) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) org.sendreform.metrics.measure.Measure.getEntityManager()
                .createNativeQuery(sql).setParameter(1, parameter).getSingleResult()).longValue());
    }

    @Test
    void aSubmissionOrItsRowsCarryingServerOwnedFieldsIsRefusedNamingThemAndStoresNothing() {
        String m = measures.percent("coventry-la-send");
        String row = "\"measureCode\":\"" + m + "\",\"period\":\"FY2025-26\",\"value\":41.5";
        assertEquals(ROW_FIELDS.keySet(), ServerOwnedFields.eachRefused(ROW_FIELDS, f -> "{\"values\":[{" + f + "," + row + "}]}",
                b -> as(LA).body(b).when().post("/api/v1/submissions")).keySet());
        assertEquals(SUBMISSION_FIELDS.keySet(), ServerOwnedFields.eachRefused("{\"values\":[{" + row + "}]}", SUBMISSION_FIELDS,
                b -> as(LA).body(b).when().post("/api/v1/submissions")).keySet());
        assertEquals(0, count("select count(*) from value_change where measure_code = ?1", m));
    }

    @Test
    void spendRowsAndPlanLinesCarryingServerOwnedFieldsAreRefusedNamingThemAndStoreNothing() {
        long changes = count("select count(*) from spend_actual_change where quarter = ?1", "FY2026-27-Q1");
        String row = "\"quarter\":\"FY2026-27-Q1\",\"category\":\"OTHER\",\"amount\":12";
        assertEquals(ROW_FIELDS.keySet(), ServerOwnedFields.eachRefused(ROW_FIELDS, f -> "{\"actuals\":[{" + f + "," + row + "}]}",
                b -> as(FINANCE).body(b).when().post("/api/v1/spend/actuals")).keySet());
        assertEquals(changes, count("select count(*) from spend_actual_change where quarter = ?1", "FY2026-27-Q1"));

        String line = "/api/v1/spend/plan/FY2026-27-Q4/OTHER";
        String tag = as(MANAGER).when().get(line).then().statusCode(200).extract().header("ETag");
        Map<String, String> lineFields = Map.of("year", "\"FY2027-28\"", "quarter", "\"FY2026-27-Q1\"", "category", "\"TRAVEL\"",
                "version", "7", "updatedAt", "\"2026-01-01T00:00:00Z\"");
        assertEquals(lineFields.keySet(), ServerOwnedFields.eachRefused("{\"amount\": 1}", lineFields,
                b -> as(MANAGER).header("If-Match", tag).body(b).when().put(line)).keySet());
        assertEquals(lineFields.keySet(), ServerOwnedFields.eachRefused("{\"amount\": 1}", lineFields,
                b -> as(MANAGER).contentType("application/merge-patch+json").header("If-Match", tag).body(b).when().patch(line)).keySet());
        as(MANAGER).when().get(line).then().statusCode(200).header("ETag", is(tag));
    }

    @Test
    void aLockCarryingWhoOrWhenIsRefusedNamingIt() {
        Map<String, String> lockFields = Map.of("lockedBy", "\"someone.else\"", "lockedAt", "\"2026-01-01T00:00:00Z\"",
                "active", "false", "id", "99", "unlockedBy", "\"x\"");
        long locks = count("select count(*) from period_lock where period = ?1", "FY2023-24-Q1");
        assertEquals(lockFields.keySet(), ServerOwnedFields.eachRefused("{\"period\":\"FY2023-24-Q1\",\"reason\":\"signed off\"}",
                lockFields, b -> as(MANAGER).body(b).when().post("/api/v1/period-locks")).keySet());
        assertEquals(locks, count("select count(*) from period_lock where period = ?1", "FY2023-24-Q1"));
    }
}
