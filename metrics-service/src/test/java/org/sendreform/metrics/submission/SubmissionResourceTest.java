package org.sendreform.metrics.submission;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.sendreform.metrics.TestMeasures;
import org.sendreform.metrics.measure.Unit;
import org.sendreform.platform.period.Period;
import org.sendreform.platform.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class SubmissionResourceTest {

    static final String LA = TestTokens.partner("demo-la-send", "test-la");
    static final String THERAPIES = TestTokens.partner("demo-nhs-therapies", "test-therapies");

    @Inject
    TestMeasures measures;

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType("application/json");
    }

    static String json(String... rows) {
        return "{\"values\": [" + String.join(",", rows) + "]}";
    }

    static String value(String code, String period, String disaggregation, String value) {
        return "{\"measureCode\":\"" + code + "\",\"period\":\"" + period + "\",\"disaggregation\":\"" + disaggregation
                + "\",\"value\":" + value + "}";
    }

    static void history(String code, String period, String disaggregation, int changes) {
        given().auth().oauth2(LA).queryParam("disaggregation", disaggregation)
                .when().get("/api/v1/measures/" + code + "/values/" + period + "/history")
                .then().statusCode(200).body("$", hasSize(changes));
    }

    @Test
    void storesValuesAndCorrectionsKeepHistory() {
        String m = measures.percent("test-la");
        String location = as(LA).body(json(value(m, "FY2025-26", "all", "41.5"), value(m, "FY2025-26", "ehcp", "38")))
                .when().post("/api/v1/submissions")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/submissions/"))
                .body("received", is(2)).body("imported", is(2)).body("rejected", is(0)).body("org", is("test-la"))
                .extract().header("Location");
        given().auth().oauth2(LA).when().get(location.substring(location.indexOf("/api/")))
                .then().statusCode(200).body("imported", is(2));
        as(LA).body(json(value(m, "FY2025-26", "all", "43"), value(m, "FY2025-26", "ehcp", "38")))
                .when().post("/api/v1/submissions")
                .then().statusCode(201).body("imported", is(0)).body("updated", is(1)).body("unchanged", is(1));
        given().auth().oauth2(LA).when().get("/api/v1/measures/" + m + "/values/FY2025-26/history")
                .then().statusCode(200)
                .body("change", org.hamcrest.Matchers.contains("CREATED", "UPDATED"))
                .body("[1].previousValue", is(41.5f))
                .body("[1].value", is(43))
                .body("[1].changedBy", is("demo-la-send"));
    }

    @Test
    void locationNamesThePublicHostTheGatewayForwarded() {
        String m = measures.percent("test-la");
        as(LA).header("X-Forwarded-Host", "api.sendreform.example:8443").header("X-Forwarded-Proto", "https")
                .body(json(value(m, "FY2025-26", "all", "41.5")))
                .when().post("/api/v1/submissions")
                .then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.startsWith("https://api.sendreform.example:8443/api/v1/submissions/"));
    }

    @Test
    void oneBadRowInAnAtomicSubmissionStoresNothingAndNamesTheRow() {
        String m = measures.percent("test-la");
        as(LA).body(json(value(m, "FY2025-26", "all", "41.5"), value(m, "FY2025-26", "ehcp", "140")))
                .when().post("/api/v1/submissions")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", is("row[2].value"))
                .body("errors[0].message", containsString("between 0 and 100"));
        history(m, "FY2025-26", "all", 0);
    }

    @Test
    void nonAtomicStoresTheGoodRowsAndReportsTheBad() {
        String m = measures.percent("test-la");
        as(LA).queryParam("atomic", "false")
                .body(json(value(m, "FY2025-26", "all", "41.5"), value(m, "FY2026-27", "all", "1"), value(m, "FY2025-26", "sen", "3")))
                .when().post("/api/v1/submissions")
                .then().statusCode(201)
                .body("imported", is(2)).body("rejected", is(1))
                .body("rejections[0].row", is(3)).body("rejections[0].field", is("disaggregation"));
    }

    @Test
    void dryRunReportsWithoutStoring() {
        String m = measures.percent("test-la");
        as(LA).queryParam("dryRun", "true").body(json(value(m, "FY2025-26", "all", "41.5"), value(m, "FY2025-26", "all", "2")))
                .when().post("/api/v1/submissions")
                .then().statusCode(200)
                .body("id", nullValue()).body("dryRun", is(true)).body("imported", is(1)).body("rejected", is(1));
        history(m, "FY2025-26", "all", 0);
    }

    @Test
    void aPartnerCannotSubmitForAMeasureItDoesNotOwnEvenAtTheEndOfABigBatch() {
        String own = measures.create(Unit.COUNT, Period.Kind.MONTH, List.of("test-la"),
                IntStream.range(0, 100).mapToObj(i -> "d" + i).toList());
        String foreign = measures.percent("test-therapies");
        String rows = IntStream.range(0, 9_999).mapToObj(i -> value(own, String.format("2020-%02d", i % 100 / 10 + 1), "d" + (i % 100), "1"))
                .distinct().collect(Collectors.joining(","));
        as(LA).queryParam("atomic", "false").body(json(rows, value(foreign, "FY2025-26", "all", "50")))
                .when().post("/api/v1/submissions")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString(foreign));
        history(own, "2020-01", "d0", 0);
        as(THERAPIES).body(json(value(foreign, "FY2025-26", "all", "50")))
                .when().post("/api/v1/submissions").then().statusCode(201);
    }

    @Test
    void idempotentRetriesReturnTheFirstAnswerAndAReusedKeyIsRefused() {
        String m = measures.percent("test-la");
        String body = json(value(m, "FY2025-26", "all", "41.5"));
        String id = as(LA).header("Idempotency-Key", "key-" + m).body(body)
                .when().post("/api/v1/submissions").then().statusCode(201).extract().path("id");
        as(LA).header("Idempotency-Key", "key-" + m).body(body)
                .when().post("/api/v1/submissions")
                .then().statusCode(200).header("Idempotent-Replayed", "true").body("id", is(id));
        as(LA).header("Idempotency-Key", "key-" + m).body(json(value(m, "FY2025-26", "all", "45")))
                .when().post("/api/v1/submissions")
                .then().statusCode(422).body("errors[0].field", is("Idempotency-Key"));
        history(m, "FY2025-26", "all", 1);
    }

    @Test
    void concurrentRetriesWithOneKeyStoreOnce() throws Exception {
        String m = measures.percent("test-la");
        String body = json(value(m, "FY2025-26", "all", "41.5"));
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<Integer>> answers = IntStream.range(0, 8).mapToObj(i -> pool.submit(() ->
                    as(LA).header("Idempotency-Key", "race-" + m).body(body).post("/api/v1/submissions").statusCode()))
                    .toList();
            List<Integer> statuses = new java.util.ArrayList<>();
            for (var a : answers) {
                statuses.add(a.get());
            }
            org.junit.jupiter.api.Assertions.assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses::toString);
            org.junit.jupiter.api.Assertions.assertEquals(7, statuses.stream().filter(s -> s == 200).count(), statuses::toString);
        } finally {
            pool.shutdown();
        }
        history(m, "FY2025-26", "all", 1);
    }

    @Test
    void csvWithQuotedCommentsIsAccepted() {
        String m = measures.percent("test-la");
        given().auth().oauth2(LA).contentType("text/csv")
                .body("measureCode,period,disaggregation,numerator,denominator,comment\n"
                        + m + ",FY2025-26,all,83,200,\"provisional, to be confirmed\"\n")
                .when().post("/api/v1/submissions")
                .then().statusCode(201).body("imported", is(1));
        given().auth().oauth2(LA).when().get("/api/v1/measures/" + m + "/values/FY2025-26/history")
                .then().statusCode(200).body("[0].value", is(41.5f)).body("[0].comment", is("provisional, to be confirmed"));
    }

    @Test
    void fiftyThousandCsvValuesInOneRequest() {
        String m = measures.create(Unit.COUNT, Period.Kind.MONTH, List.of("test-la"),
                IntStream.range(0, 500).mapToObj(i -> "d" + i).toList());
        StringBuilder csv = new StringBuilder("measureCode,period,disaggregation,value\n");
        for (int month = 0; month < 100; month++) {
            String period = String.format("%d-%02d", 2010 + month / 12, month % 12 + 1);
            for (int d = 0; d < 500; d++) {
                csv.append(m).append(',').append(period).append(",d").append(d).append(',').append(d).append('\n');
            }
        }
        given().auth().oauth2(LA).contentType("text/csv").body(csv.toString())
                .when().post("/api/v1/submissions")
                .then().statusCode(201).body("received", is(50_000)).body("imported", is(50_000));
        given().auth().oauth2(LA).contentType("text/csv").body(csv.toString())
                .when().post("/api/v1/submissions")
                .then().statusCode(201).body("unchanged", is(50_000));
    }

    @Test
    void snapshotRemovesWhatItLeavesOutOfItsScope() {
        String m = measures.percent("test-la");
        as(LA).queryParam("mode", "snapshot")
                .body(json(value(m, "FY2025-26", "all", "40"), value(m, "FY2025-26", "ehcp", "30"), value(m, "FY2025-26", "sen-support", "20")))
                .when().post("/api/v1/submissions").then().statusCode(201).body("imported", is(3));
        as(LA).queryParam("mode", "snapshot")
                .body(json(value(m, "FY2025-26", "all", "40"), value(m, "FY2025-26", "ehcp", "31")))
                .when().post("/api/v1/submissions").then().statusCode(201)
                .body("unchanged", is(1)).body("updated", is(1)).body("removed", is(1));
        given().auth().oauth2(LA).queryParam("disaggregation", "sen-support")
                .when().get("/api/v1/measures/" + m + "/values/FY2025-26/history")
                .then().statusCode(200).body("change", hasItem("REMOVED"));
        as(LA).queryParam("mode", "snapshot").queryParam("atomic", "false").body(json(value(m, "FY2025-26", "all", "40")))
                .when().post("/api/v1/submissions").then().statusCode(422).body("errors[0].field", is("atomic"));
    }

    @Test
    void badBodiesAndParametersAreProblems() {
        String m = measures.percent("test-la");
        as(LA).body("{\"values\": [").when().post("/api/v1/submissions").then().statusCode(400).contentType("application/problem+json");
        as(LA).body("{\"values\": [{\"measureCode\":\"" + m + "\",\"period\":\"FY2025-26\",\"value\":1,\"colour\":\"red\"}]}")
                .when().post("/api/v1/submissions").then().statusCode(400).body("errors[0].field", is("values[0].colour"));
        as(LA).body("{\"values\": [{\"measureCode\":\"" + m + "\",\"period\":\"FY2025-26\",\"value\":\"lots\"}]}")
                .when().post("/api/v1/submissions").then().statusCode(400).body("errors[0].field", is("values[0].value"));
        as(LA).body("{\"values\": [{\"measureCode\":\"" + m + "\",\"period\":\"FY2025-26\",\"value\":NaN}]}")
                .when().post("/api/v1/submissions").then().statusCode(400);
        as(LA).body("{\"values\": []}").when().post("/api/v1/submissions").then().statusCode(422).body("errors[0].field", is("values"));
        as(LA).body("{}").when().post("/api/v1/submissions").then().statusCode(422).body("errors[0].field", is("values"));
        as(LA).queryParam("mode", "merge").body(json(value(m, "FY2025-26", "all", "1")))
                .when().post("/api/v1/submissions").then().statusCode(400).body("errors[0].field", is("mode"));
        as(LA).queryParam("dryRun", "maybe").body(json(value(m, "FY2025-26", "all", "1")))
                .when().post("/api/v1/submissions").then().statusCode(400).body("errors[0].field", is("dryRun"));
        given().auth().oauth2(LA).contentType("text/plain").body("hello")
                .when().post("/api/v1/submissions").then().statusCode(415).contentType("application/problem+json");
        given().auth().oauth2(LA).contentType("text/csv").body("measureCode,period,shoe\n")
                .when().post("/api/v1/submissions").then().statusCode(400).body("errors[0].field", is("body"));
    }

    @Test
    void onlySubmitterRolesMaySubmit() {
        String m = measures.percent("test-la");
        String body = json(value(m, "FY2025-26", "all", "1"));
        given().contentType("application/json").body(body).when().post("/api/v1/submissions")
                .then().statusCode(401).contentType("application/problem+json");
        as(TestTokens.user("icb.analyst", "analytics-reader")).body(body).when().post("/api/v1/submissions")
                .then().statusCode(403).contentType("application/problem+json");
        as(TestTokens.user("board.member", "board-member")).body(body).when().post("/api/v1/submissions")
                .then().statusCode(403);
        as(TestTokens.user("programme.manager", "programme-manager")).body(body).when().post("/api/v1/submissions")
                .then().statusCode(201);
        history(m, "FY2025-26", "all", 1);
    }

    @Test
    void aSubmissionIsReadableByItsOwnOrganisationOnly() {
        String m = measures.percent("test-la");
        String id = as(LA).body(json(value(m, "FY2025-26", "all", "1")))
                .when().post("/api/v1/submissions").then().statusCode(201).extract().path("id");
        given().auth().oauth2(THERAPIES).when().get("/api/v1/submissions/" + id).then().statusCode(404);
        given().auth().oauth2(TestTokens.user("icb.analyst", "analytics-reader")).when().get("/api/v1/submissions/" + id)
                .then().statusCode(200).body("id", is(id));
        given().auth().oauth2(LA).when().get("/api/v1/submissions/not-a-uuid").then().statusCode(404);
        given().auth().oauth2(LA).when().get("/api/v1/submissions/" + java.util.UUID.randomUUID()).then().statusCode(404)
                .body("instance", endsWith("")).body("traceId", notNullValue());
    }
}
