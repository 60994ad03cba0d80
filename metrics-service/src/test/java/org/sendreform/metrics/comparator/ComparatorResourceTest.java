package org.sendreform.metrics.comparator;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sendreform.metrics.TestMeasures;
import org.sendreform.metrics.measure.Direction;
import org.sendreform.metrics.measure.Target;
import org.sendreform.platform.period.Period;
import org.sendreform.platform.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class ComparatorResourceTest {

    static final String ANALYST = TestTokens.user("icb.analyst", "analytics-reader");
    static final String PM = TestTokens.user("programme.manager", "programme-manager");
    static final String LA = TestTokens.partner("demo-la-send", "test-la");
    static final String BOARD = TestTokens.user("board.member", "board-member");

    @Inject
    TestMeasures measures;

    @Inject
    DataSource dataSource;

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType("application/json");
    }

    static String load(String source, String... rows) {
        return "{\"source\": " + (source == null ? "null" : "\"" + source + "\"") + ", \"values\": [" + String.join(",", rows) + "]}";
    }

    static String row(String period, String disaggregation, String value) {
        return "{\"period\":\"" + period + "\",\"disaggregation\":\"" + disaggregation + "\",\"value\":" + value + "}";
    }

    String lowerIsBetterMeasure() {
        return measures.relativeTo(Target.Comparator.NATIONAL, Target.Relation.AT_MOST, Direction.LOWER_IS_BETTER,
                Period.Kind.FINANCIAL_YEAR, "FY2025-26", "test-la");
    }

    @Test
    void figuresLoadAsJsonAndCsvAndKeepTheirHistory() {
        String m = lowerIsBetterMeasure();
        as(ANALYST).body(load("DfE absence 2024/25", row("FY2024-25", "all", "21.5"), row("FY2025-26", "ehcp", "30")))
                .when().post("/api/v1/measures/" + m + "/comparators/NATIONAL")
                .then().statusCode(200)
                .body("measureCode", is(m)).body("comparator", is("NATIONAL"))
                .body("received", is(2)).body("imported", is(2)).body("updated", is(0)).body("unchanged", is(0));
        given().auth().oauth2(PM).contentType("text/csv").queryParam("source", "DfE absence 2025/26")
                .body("period,disaggregation,value\nFY2024-25,all,21.2\nFY2025-26,ehcp,30\nFY2025-26,all,20\n")
                .when().post("/api/v1/measures/" + m + "/comparators/NATIONAL")
                .then().statusCode(200).body("imported", is(1)).body("updated", is(2)).body("unchanged", is(0));
        given().auth().oauth2(ANALYST).contentType("text/csv").queryParam("source", "DfE absence 2025/26")
                .body("period,value\nFY2025-26,20\n")
                .when().post("/api/v1/measures/" + m + "/comparators/NATIONAL")
                .then().statusCode(200).body("unchanged", is(1));
        given().auth().oauth2(LA).queryParam("comparator", "NATIONAL").queryParam("disaggregation", "all")
                .when().get("/api/v1/measures/" + m + "/comparators")
                .then().statusCode(200)
                .body("period", contains("FY2024-25", "FY2025-26"))
                .body("[0].value", is(21.2f))
                .body("[0].source", is("DfE absence 2025/26"))
                .body("[0].loadedBy", is("programme.manager"));
        given().auth().oauth2(LA).queryParam("from", "FY2025-26").when().get("/api/v1/measures/" + m + "/comparators")
                .then().statusCode(200).body("$", hasSize(2));
        given().auth().oauth2(LA).queryParam("comparator", "STATISTICAL_NEIGHBOURS").when().get("/api/v1/measures/" + m + "/comparators")
                .then().statusCode(200).body("$", hasSize(0));
        given().auth().oauth2(BOARD).when().get("/api/v1/measures/" + m + "/comparators/NATIONAL/FY2024-25/history")
                .then().statusCode(200)
                .body("change", contains("CREATED", "UPDATED"))
                .body("[0].previousValue", nullValue())
                .body("[1].previousValue", is(21.5f))
                .body("[1].value", is(21.2f))
                .body("[1].source", is("DfE absence 2025/26"))
                .body("[1].changedBy", is("programme.manager"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "period grammar    | {\"period\":\"2025\",\"value\":20}                          | row[2].period",
            "period kind       | {\"period\":\"FY2025-26-Q1\",\"value\":20}                  | row[2].period",
            "future period     | {\"period\":\"FY2031-32\",\"value\":20}                     | row[2].period",
            "breakdown         | {\"period\":\"FY2025-26\",\"disaggregation\":\"x\",\"value\":20} | row[2].disaggregation",
            "range by unit     | {\"period\":\"FY2025-26\",\"value\":120}                    | row[2].value",
            "no value          | {\"period\":\"FY2025-26\"}                                  | row[2].value",
            "duplicate         | {\"period\":\"FY2024-25\",\"value\":20}                     | row[2].row",
    })
    void aBadRowStoresNothingAndIsNamed(String what, String badRow, String field) {
        String m = lowerIsBetterMeasure();
        as(ANALYST).body(load("DfE", row("FY2024-25", "all", "21"), badRow))
                .when().post("/api/v1/measures/" + m + "/comparators/NATIONAL")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors", hasSize(1)).body("errors[0].field", is(field));
        assertEquals(0, stored(m), what);
    }

    @Test
    void otherBadInputIsAProblemAndStoresNothing() {
        String m = lowerIsBetterMeasure();
        String url = "/api/v1/measures/" + m + "/comparators/NATIONAL";
        as(ANALYST).body(load(null, row("FY2024-25", "all", "21"))).when().post(url)
                .then().statusCode(422).body("errors[0].field", is("source"));
        as(ANALYST).body(load("x".repeat(501), row("FY2024-25", "all", "21"))).when().post(url)
                .then().statusCode(422).body("errors[0].field", is("source"));
        as(ANALYST).body(load("DfE")).when().post(url).then().statusCode(422).body("errors[0].field", is("values"));
        as(ANALYST).body("{\"source\":\"DfE\"}").when().post(url).then().statusCode(422).body("errors[0].field", is("values"));
        as(ANALYST).body("{\"source\":\"DfE\",\"values\":[{\"period\":\"FY2024-25\",\"value\":21,\"comment\":\"c\"}]}").when().post(url)
                .then().statusCode(400).body("errors[0].field", is("values[0].comment"));
        as(ANALYST).body("{\"source\":").when().post(url).then().statusCode(400);
        given().auth().oauth2(ANALYST).contentType("text/csv").body("period,value\nFY2024-25,21\n").when().post(url)
                .then().statusCode(422).body("errors[0].field", is("source"));
        given().auth().oauth2(ANALYST).contentType("text/csv").queryParam("source", "DfE")
                .body("period,value,comment\nFY2024-25,21,note\n").when().post(url)
                .then().statusCode(422).body("errors[0].field", is("row[1].comment"));
        given().auth().oauth2(ANALYST).contentType("text/csv").queryParam("source", "DfE")
                .body("period,value\nFY2024-25,lots\n").when().post(url)
                .then().statusCode(422).body("errors[0].field", is("row[1].value"));
        given().auth().oauth2(ANALYST).contentType("text/csv").queryParam("source", "DfE")
                .body("value\n21\n").when().post(url)
                .then().statusCode(400).body("errors[0].field", is("body"));
        assertEquals(0, stored(m));
    }

    @Test
    void aLockedPeriodRefusesTheLoad() {
        String m = lowerIsBetterMeasure();
        as(PM).body("{\"period\":\"FY2024-25\",\"measureCodes\":[\"" + m + "\"],\"reason\":\"Board pack issued\"}")
                .when().post("/api/v1/period-locks").then().statusCode(201);
        as(ANALYST).body(load("DfE", row("FY2024-25", "all", "21"), row("FY2025-26", "all", "20")))
                .when().post("/api/v1/measures/" + m + "/comparators/NATIONAL")
                .then().statusCode(409).body("type", org.hamcrest.Matchers.endsWith("period-locked"))
                .body("errors[0].field", is("row[1].period"));
        assertEquals(0, stored(m));
    }

    @Test
    void onlyPeopleWhoPublishFiguresMayLoadThem() {
        String m = lowerIsBetterMeasure();
        String body = load("DfE", row("FY2024-25", "all", "21"));
        given().contentType("application/json").body(body).when().post("/api/v1/measures/" + m + "/comparators/NATIONAL")
                .then().statusCode(401);
        as(LA).body(body).when().post("/api/v1/measures/" + m + "/comparators/NATIONAL").then().statusCode(403);
        as(BOARD).body(body).when().post("/api/v1/measures/" + m + "/comparators/NATIONAL").then().statusCode(403);
        as(ANALYST).body(body).when().post("/api/v1/measures/NOPE/comparators/NATIONAL").then().statusCode(404);
        as(ANALYST).body(body).when().post("/api/v1/measures/" + m + "/comparators/REGIONAL").then().statusCode(404);
        given().auth().oauth2(LA).when().get("/api/v1/measures/NOPE/comparators").then().statusCode(404);
        given().auth().oauth2(LA).queryParam("comparator", "REGIONAL").when().get("/api/v1/measures/" + m + "/comparators")
                .then().statusCode(400).body("errors[0].field", is("comparator"));
        given().when().get("/api/v1/measures/" + m + "/comparators").then().statusCode(401);
        assertEquals(0, stored(m));
    }

    @Test
    void theSeriesExpectsTheComparatorFigureAndItsETagFollowsTheFigures() {
        // "≤ national average" from FY2025-26 on, lower is better
        String m = lowerIsBetterMeasure();
        as(LA).body("{\"values\":[{\"measureCode\":\"" + m + "\",\"period\":\"FY2025-26\",\"value\":19},"
                + "{\"measureCode\":\"" + m + "\",\"period\":\"FY2026-27\",\"value\":19}]}")
                .when().post("/api/v1/submissions").then().statusCode(201);
        String before = given().auth().oauth2(ANALYST).queryParam("from", "FY2025-26").queryParam("to", "FY2026-27")
                .when().get("/api/v1/measures/" + m + "/series")
                .then().statusCode(200)
                .body("points[0].expected", nullValue())
                .body("points[0].status", is("NO_TARGET"))
                .extract().header("ETag");
        as(ANALYST).body(load("DfE", row("FY2025-26", "all", "20"), row("FY2026-27", "all", "18"), row("FY2026-27", "ehcp", "25")))
                .when().post("/api/v1/measures/" + m + "/comparators/NATIONAL").then().statusCode(200);
        as(ANALYST).body(load("DfE SN", row("FY2025-26", "all", "19.5")))
                .when().post("/api/v1/measures/" + m + "/comparators/STATISTICAL_NEIGHBOURS").then().statusCode(200);
        String after = given().auth().oauth2(ANALYST).header("If-None-Match", before)
                .queryParam("from", "FY2025-26").queryParam("to", "FY2026-27")
                .when().get("/api/v1/measures/" + m + "/series")
                .then().statusCode(200)
                .header("ETag", not(before))
                .body("points[0].expected", is(20))
                .body("points[0].actual", is(19))
                .body("points[0].variance", is(-1))
                .body("points[0].status", is("ON_TRACK"))
                .body("points[0].target.comparator", is("NATIONAL"))
                .body("points[0].comparators.NATIONAL", is(20))
                .body("points[0].comparators.STATISTICAL_NEIGHBOURS", is(19.5f))
                .body("points[1].expected", is(18))
                .body("points[1].status", is("OFF_TRACK")) // 19 against at most 18, with 0.9 allowed
                .body("points[1].comparators.NATIONAL", is(18))
                .extract().header("ETag");
        given().auth().oauth2(ANALYST).header("If-None-Match", after).queryParam("from", "FY2025-26").queryParam("to", "FY2026-27")
                .when().get("/api/v1/measures/" + m + "/series").then().statusCode(304);
        given().auth().oauth2(ANALYST).queryParam("disaggregation", "ehcp").queryParam("from", "FY2026-27").queryParam("to", "FY2026-27")
                .when().get("/api/v1/measures/" + m + "/series")
                .then().statusCode(200).body("points[0].expected", is(25)).body("points[0].status", is("NO_DATA"));
    }

    @Test
    void statusEventsUseTheComparatorFigure() {
        String m = lowerIsBetterMeasure();
        as(ANALYST).body(load("DfE", row("FY2025-26", "all", "20"))).when().post("/api/v1/measures/" + m + "/comparators/NATIONAL")
                .then().statusCode(200);
        as(LA).body("{\"values\":[{\"measureCode\":\"" + m + "\",\"period\":\"FY2025-26\",\"value\":25}]}")
                .when().post("/api/v1/submissions").then().statusCode(201);
        as(LA).body("{\"values\":[{\"measureCode\":\"" + m + "\",\"period\":\"FY2025-26\",\"value\":19}]}")
                .when().post("/api/v1/submissions").then().statusCode(201);
        assertEquals("NO_DATA>OFF_TRACK@20,OFF_TRACK>ON_TRACK@20", statusEvents(m));
    }

    private String statusEvents(String code) {
        return sql("select string_agg((payload->>'oldStatus') || '>' || (payload->>'newStatus') || '@' || (payload->>'expected'), ',' order by id) "
                + "from outbox_event where type = 'org.sendreform.metrics.measure-status-changed.v1' and payload->>'measureCode' = ?", code);
    }

    private int stored(String code) {
        return Integer.parseInt(sql("select count(*) from comparator_value v join measure m on m.id = v.measure_id where m.code = ?", code));
    }

    private String sql(String query, String parameter) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(query)) {
            s.setString(1, parameter);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
