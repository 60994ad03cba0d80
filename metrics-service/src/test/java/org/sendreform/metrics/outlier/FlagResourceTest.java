package org.sendreform.metrics.outlier;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.sendreform.metrics.TestMeasures;
import org.sendreform.metrics.measure.Unit;
import org.sendreform.platform.period.Period;
import org.sendreform.platform.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class FlagResourceTest {

    static final String LA = TestTokens.partner("demo-la-send", "test-la");
    static final String THERAPIES = TestTokens.partner("demo-nhs-therapies", "test-therapies");
    static final String PM = TestTokens.user("programme.manager", "programme-manager");
    static final String ANALYST = TestTokens.user("icb.analyst", "analytics-reader");
    static final String BOARD = TestTokens.user("board.member", "board-member");

    static final List<String> YEARS = List.of("FY2018-19", "FY2019-20", "FY2020-21", "FY2021-22", "FY2022-23", "FY2023-24",
            "FY2024-25", "FY2025-26");

    @Inject
    TestMeasures measures;

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType("application/json");
    }

    static String values(String code, String... periodAndValue) {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < periodAndValue.length; i += 2) {
            rows.add("{\"measureCode\":\"" + code + "\",\"period\":\"" + periodAndValue[i] + "\",\"value\":" + periodAndValue[i + 1] + "}");
        }
        return "{\"values\": [" + String.join(",", rows) + "]}";
    }

    /** A measure of test-la with six steady years, FY2018-19 to FY2023-24, around 41. */
    String steadyMeasure() {
        String m = measures.percent("test-la");
        as(LA).body(values(m, YEARS.get(0), "40", YEARS.get(1), "42", YEARS.get(2), "41", YEARS.get(3), "40", YEARS.get(4), "43",
                YEARS.get(5), "41"))
                .when().post("/api/v1/submissions").then().statusCode(201).body("flagged", is(0)).body("flags", hasSize(0));
        return m;
    }

    static int openFlags(String token, String measure) {
        return given().auth().oauth2(token).queryParam("measure", measure).queryParam("status", "open")
                .when().get("/api/v1/flags").then().statusCode(200).extract().path("total");
    }

    @Test
    void anOutlierIsStoredFlaggedAndListed() {
        String m = steadyMeasure();
        String location = as(LA).body(values(m, "FY2024-25", "41.5", "FY2025-26", "90"))
                .when().post("/api/v1/submissions")
                .then().statusCode(201)
                .body("imported", is(2))
                .body("flagged", is(1))
                .body("flags[0].id", notNullValue())
                .body("flags[0].row", is(2))
                .body("flags[0].measureCode", is(m))
                .body("flags[0].period", is("FY2025-26"))
                .body("flags[0].disaggregation", is("all"))
                .body("flags[0].value", is(90))
                .body("flags[0].median", is(41)) // of the six years and the 41.5 of FY2024-25 sent with it
                .body("flags[0].score", is(33.05f)) // 0.6745 × (90 − 41) / MAD 1
                .extract().header("Location");
        given().auth().oauth2(LA).when().get(location.substring(location.indexOf("/api/")))
                .then().statusCode(200).body("flagged", is(1)).body("flags[0].period", is("FY2025-26"));
        given().auth().oauth2(LA).when().get("/api/v1/measures/" + m + "/values/FY2025-26/history")
                .then().statusCode(200).body("[0].value", is(90));
        given().auth().oauth2(BOARD).queryParam("measure", m).queryParam("status", "open").when().get("/api/v1/flags")
                .then().statusCode(200)
                .body("total", is(1))
                .body("items[0].status", is("OPEN"))
                .body("items[0].org", is("test-la"))
                .body("items[0].value", is(90))
                .body("items[0].reason", org.hamcrest.Matchers.startsWith("modified z-score"));
        // submitting the same value again changes nothing, so it raises no second flag
        as(LA).body(values(m, "FY2025-26", "90")).when().post("/api/v1/submissions")
                .then().statusCode(201).body("unchanged", is(1)).body("flagged", is(0));
        org.junit.jupiter.api.Assertions.assertEquals(1, openFlags(PM, m));
    }

    /**
     * The rule applied without the database: each value the submission changes against the
     * {@link OutlierRule#WINDOW} latest periods before it among what was stored and what is sent, the sent replacing the stored.
     */
    static List<String> expectedFlags(String[] stored, String[] sent) {
        TreeMap<String, BigDecimal> before = new TreeMap<>();
        for (int i = 0; i < stored.length; i += 2) {
            before.put(stored[i], new BigDecimal(stored[i + 1]));
        }
        TreeMap<String, BigDecimal> merged = new TreeMap<>(before);
        for (int i = 0; i < sent.length; i += 2) {
            merged.put(sent[i], new BigDecimal(sent[i + 1]));
        }
        List<String> flags = new ArrayList<>();
        for (int i = 0; i < sent.length; i += 2) {
            BigDecimal value = new BigDecimal(sent[i + 1]);
            if (before.containsKey(sent[i]) && before.get(sent[i]).compareTo(value) == 0) {
                continue; // unchanged: not checked again
            }
            List<BigDecimal> window = merged.headMap(sent[i], false).descendingMap().values().stream().limit(OutlierRule.WINDOW).toList();
            OutlierRule.Finding f = OutlierRule.check(value, window);
            if (f != null) {
                flags.add((i / 2 + 1) + " " + sent[i] + " " + f.reason());
            }
        }
        return flags;
    }

    @Test
    void manyPeriodsOfOneSeriesWithStoredHistoryInBetweenAreEachJudgedAgainstTheirOwnWindow() {
        // years no other test locks (SignedOffReturnsTest locks FY2019-20-Q3 for every measure)
        String m = measures.create(Unit.COUNT, Period.Kind.MONTH, List.of("test-la"), List.of("all"));
        String[] stored = { "2014-01", "39", "2014-02", "41", "2014-03", "40", "2014-04", "42", "2014-05", "41", "2014-06", "40",
                "2014-07", "43", "2014-08", "41", "2014-09", "42", "2014-10", "40", "2014-11", "41", "2014-12", "42",
                "2015-01", "40", "2015-02", "42", "2015-03", "41", "2015-04", "40", "2015-05", "43", "2015-06", "41", "2015-07", "42",
                "2015-08", "40", "2015-09", "41", "2015-10", "43", "2015-11", "42", "2015-12", "41",
                "2016-07", "44", "2016-08", "45", "2016-09", "43", "2016-10", "44", "2016-11", "46", "2016-12", "45", "2017-05", "47" };
        as(LA).body(values(m, stored)).when().post("/api/v1/submissions").then().statusCode(201);
        // out of order, updates (2015-06, 2016-10) and an unchanged value (2016-09) among new periods, stored periods between them
        String[] sent = { "2017-06", "48", "2016-01", "42", "2016-02", "90", "2015-06", "80", "2016-03", "41", "2016-04", "43",
                "2016-05", "5", "2016-06", "44", "2016-09", "43", "2016-10", "120", "2017-01", "46", "2017-02", "45", "2017-03", "47",
                "2017-04", "46" };
        List<String> expected = expectedFlags(stored, sent);
        io.restassured.path.json.JsonPath answer = as(LA).body(values(m, sent)).when().post("/api/v1/submissions")
                .then().statusCode(201).body("imported", is(11)).body("updated", is(2)).body("unchanged", is(1))
                .extract().jsonPath();
        List<String> flags = new ArrayList<>();
        for (int i = 0; i < answer.getInt("flagged"); i++) {
            flags.add(answer.getInt("flags[" + i + "].row") + " " + answer.getString("flags[" + i + "].period") + " "
                    + answer.getString("flags[" + i + "].reason"));
        }
        org.junit.jupiter.api.Assertions.assertEquals(expected, flags);
        org.junit.jupiter.api.Assertions.assertEquals(List.of("2016-02", "2015-06", "2016-05", "2016-10"),
                expected.stream().map(f -> f.split(" ")[1]).toList(), "the data is meant to flag these");
    }

    @Test
    void tooLittleHistoryFlagsNothing() {
        String m = measures.percent("test-la");
        as(LA).body(values(m, "FY2021-22", "40", "FY2022-23", "41", "FY2023-24", "42", "FY2024-25", "95"))
                .when().post("/api/v1/submissions").then().statusCode(201).body("flagged", is(0));
        // the fifth year has four before it: now an outlier counts
        as(LA).body(values(m, "FY2025-26", "5")).when().post("/api/v1/submissions").then().statusCode(201).body("flagged", is(1));
    }

    @Test
    void aDryRunReportsFlagsButStoresNone() {
        String m = steadyMeasure();
        as(LA).queryParam("dryRun", "true").body(values(m, "FY2025-26", "90")).when().post("/api/v1/submissions")
                .then().statusCode(200).body("flagged", is(1)).body("flags[0].id", nullValue()).body("flags[0].row", is(1));
        org.junit.jupiter.api.Assertions.assertEquals(0, openFlags(PM, m));
    }

    @Test
    void anAtomicRejectionStoresNoFlagButANonAtomicOneFlagsTheStoredRows() {
        String m = steadyMeasure();
        as(LA).body(values(m, "FY2024-25", "90", "FY2025-26", "140")).when().post("/api/v1/submissions").then().statusCode(422);
        org.junit.jupiter.api.Assertions.assertEquals(0, openFlags(PM, m));
        as(LA).queryParam("atomic", "false").body(values(m, "FY2024-25", "90", "FY2025-26", "140")).when().post("/api/v1/submissions")
                .then().statusCode(201).body("rejected", is(1)).body("flagged", is(1)).body("flags[0].row", is(1));
        org.junit.jupiter.api.Assertions.assertEquals(1, openFlags(PM, m));
    }

    @Test
    void aPartnerSeesAndResolvesOnlyItsOwnFlags() {
        String m = steadyMeasure();
        int id = as(LA).body(values(m, "FY2025-26", "90")).when().post("/api/v1/submissions")
                .then().statusCode(201).extract().path("flags[0].id");
        org.junit.jupiter.api.Assertions.assertEquals(0, openFlags(THERAPIES, m));
        org.junit.jupiter.api.Assertions.assertEquals(1, openFlags(LA, m));
        org.junit.jupiter.api.Assertions.assertEquals(1, openFlags(ANALYST, m));
        String note = "{\"note\":\"Confirmed: a data migration moved plans into this year\"}";
        as(THERAPIES).body(note).when().post("/api/v1/flags/" + id + "/resolution").then().statusCode(404);
        as(ANALYST).body(note).when().post("/api/v1/flags/" + id + "/resolution").then().statusCode(403);
        as(BOARD).body(note).when().post("/api/v1/flags/" + id + "/resolution").then().statusCode(403);
        given().contentType("application/json").body(note).when().post("/api/v1/flags/" + id + "/resolution").then().statusCode(401);
        as(LA).body("{}").when().post("/api/v1/flags/" + id + "/resolution")
                .then().statusCode(422).body("errors[0].field", org.hamcrest.Matchers.endsWith("note"));
        as(LA).body("{\"note\":\"" + "x".repeat(2001) + "\"}").when().post("/api/v1/flags/" + id + "/resolution")
                .then().statusCode(422);
        as(LA).body(note).when().post("/api/v1/flags/" + id + "/resolution")
                .then().statusCode(200)
                .body("status", is("RESOLVED"))
                .body("resolvedBy", is("demo-la-send"))
                .body("resolution", is("Confirmed: a data migration moved plans into this year"))
                .body("resolvedAt", notNullValue());
        as(PM).body(note).when().post("/api/v1/flags/" + id + "/resolution").then().statusCode(409);
        as(PM).body(note).when().post("/api/v1/flags/999999999/resolution").then().statusCode(404);
        as(PM).body(note).when().post("/api/v1/flags/abc/resolution").then().statusCode(404);
        org.junit.jupiter.api.Assertions.assertEquals(0, openFlags(PM, m));
        given().auth().oauth2(PM).queryParam("measure", m).queryParam("status", "resolved").when().get("/api/v1/flags")
                .then().statusCode(200).body("total", is(1));
    }

    @Test
    void badFiltersAreProblems() {
        given().auth().oauth2(PM).queryParam("status", "closed").when().get("/api/v1/flags")
                .then().statusCode(400).body("errors[0].field", is("status"));
        given().auth().oauth2(PM).queryParam("submission", "nope").when().get("/api/v1/flags")
                .then().statusCode(400).body("errors[0].field", is("submission"));
        given().when().get("/api/v1/flags").then().statusCode(401);
    }
}
