package org.sendreform.metrics.feed;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.sendreform.metrics.TestMeasures;
import org.sendreform.metrics.measure.Unit;
import org.sendreform.platform.period.Period;
import org.sendreform.platform.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class ValueFeedTest {

    static final String LA = TestTokens.partner("demo-la-send", "test-la");
    static final String ANALYST = TestTokens.user("icb.analyst", "analytics-reader");

    @Inject
    TestMeasures measures;

    @Inject
    javax.sql.DataSource dataSource;

    static String endOfFeed() {
        String cursor = null;
        while (true) {
            var request = given().auth().oauth2(ANALYST).queryParam("limit", 10_000);
            if (cursor != null) {
                request.queryParam("since", cursor);
            }
            JsonPath page = request.when().get("/api/v1/feeds/values").then().statusCode(200).extract().jsonPath();
            cursor = page.getString("nextCursor");
            if (!page.getBoolean("more")) {
                return cursor;
            }
        }
    }

    static void submit(String code, String period, String disaggregation, String value) {
        given().auth().oauth2(LA).contentType("application/json")
                .body("{\"values\":[{\"measureCode\":\"" + code + "\",\"period\":\"" + period + "\",\"disaggregation\":\""
                        + disaggregation + "\",\"value\":" + value + "}]}")
                .when().post("/api/v1/submissions").then().statusCode(201);
    }

    @Test
    void feedResumesFromItsCursorWithCorrections() {
        String start = endOfFeed();
        String m = measures.percent("test-la");
        submit(m, "FY2025-26", "all", "40");
        submit(m, "FY2025-26", "all", "42");
        JsonPath page = given().auth().oauth2(ANALYST).queryParam("since", start)
                .when().get("/api/v1/feeds/values").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("CREATED", "UPDATED"), page.getList("items.change"));
        assertEquals(40, page.getInt("items[1].previousValue"));
        given().auth().oauth2(ANALYST).queryParam("since", page.getString("nextCursor"))
                .when().get("/api/v1/feeds/values").then().statusCode(200).body("items.size()", is(0)).body("more", is(false));
    }

    @Test
    void csvFeedHasTheSameRowsAndTheCursorInAHeader() {
        String start = endOfFeed();
        String m = measures.percent("test-la");
        submit(m, "FY2025-26", "ehcp", "12.5");
        String csv = given().auth().oauth2(ANALYST).accept("text/csv").queryParam("since", start)
                .when().get("/api/v1/feeds/values").then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("X-Next-Cursor", org.hamcrest.Matchers.notNullValue())
                .extract().asString();
        String[] lines = csv.split("\r\n");
        assertEquals(ValueChangesCsv.HEADER, lines[0]);
        assertTrue(lines[1].startsWith(m + ",FY2025-26,ehcp,CREATED,12.5,"), lines[1]);
    }

    @Test
    void aStreamedPageHasEveryFieldOfAChangeAndStopsAtItsLimit() {
        String start = endOfFeed();
        String m = measures.percent("test-la");
        given().auth().oauth2(LA).contentType("application/json")
                .body("{\"values\":[{\"measureCode\":\"" + m + "\",\"period\":\"FY2024-25\",\"value\":7.25,"
                        + "\"comment\":\"=sum, \\\"quoted\\\"\"},"
                        + "{\"measureCode\":\"" + m + "\",\"period\":\"FY2025-26\",\"value\":8}]}")
                .when().post("/api/v1/submissions").then().statusCode(201);
        JsonPath first = given().auth().oauth2(ANALYST).queryParam("since", start).queryParam("limit", 1)
                .when().get("/api/v1/feeds/values").then().statusCode(200).extract().jsonPath();
        assertEquals(1, first.getList("items").size());
        assertTrue(first.getBoolean("more"));
        Map<String, Object> item = first.getMap("items[0]");
        assertEquals(Set.of("measureCode", "period", "disaggregation", "change", "value", "previousValue", "numerator",
                "denominator", "comment", "org", "changedBy", "changedAt", "submissionId"), item.keySet());
        assertEquals("FY2024-25", item.get("period"));
        assertEquals(7.25f, ((Number) item.get("value")).floatValue());
        assertEquals(null, item.get("previousValue"));
        assertEquals("=sum, \"quoted\"", item.get("comment"));
        assertEquals("test-la", item.get("org"));
        java.time.Instant.parse((String) item.get("changedAt"));
        java.util.UUID.fromString((String) item.get("submissionId"));
        JsonPath second = given().auth().oauth2(ANALYST).queryParam("since", first.getString("nextCursor")).queryParam("limit", 1)
                .when().get("/api/v1/feeds/values").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("FY2025-26"), second.getList("items.period"));
        assertEquals(false, second.getBoolean("more"));
        String csv = given().auth().oauth2(ANALYST).accept("text/csv").queryParam("since", start).queryParam("limit", 1)
                .when().get("/api/v1/feeds/values").then().statusCode(200)
                .header("X-Next-Cursor", is(first.getString("nextCursor"))).extract().asString();
        String[] lines = csv.split("\r\n");
        assertEquals(2, lines.length, csv);
        assertTrue(lines[1].startsWith(m + ",FY2024-25,all,CREATED,7.25,,,,\"'=sum, \"\"quoted\"\"\",test-la,"), lines[1]);
    }

    /**
     * The feed's rows are rendered by PostgreSQL; each field must read back as what is stored: text with quotes,
     * backslashes, line ends, tabs and non-ASCII letters, numbers as they were given, and the instant of the change.
     */
    @Test
    void everyFieldOfAFeedRowReadsBackAsStoredInJsonAndCsv() throws Exception {
        String start = endOfFeed();
        String m = measures.percent("test-la");
        String comment = "-1 \"minus\", back\\slash\nline two\r\n\ttab é ✓";
        given().auth().oauth2(LA).contentType("application/json")
                .body("{\"values\":[{\"measureCode\":\"" + m + "\",\"period\":\"FY2024-25\",\"value\":7.250,"
                        + "\"numerator\":29,\"denominator\":400,\"comment\":\"-1 \\\"minus\\\", back\\\\slash\\nline two\\r\\n\\ttab é ✓\"}]}")
                .when().post("/api/v1/submissions").then().statusCode(201);
        Map<String, Object> stored = new java.util.HashMap<>();
        try (var c = dataSource.getConnection(); var s = c.prepareStatement("select new_value::text, numerator::text, "
                + "denominator::text, comment, changed_by, changed_at, submission_id::text from value_change where measure_code = ?")) {
            s.setString(1, m);
            try (var r = s.executeQuery()) {
                assertTrue(r.next());
                stored.put("value", r.getString(1));
                stored.put("numerator", r.getString(2));
                stored.put("denominator", r.getString(3));
                stored.put("comment", r.getString(4));
                stored.put("changedBy", r.getString(5));
                stored.put("changedAt", r.getTimestamp(6).toInstant());
                stored.put("submissionId", r.getString(7));
            }
        }
        assertEquals(comment, stored.get("comment"));
        String page = given().auth().oauth2(ANALYST).queryParam("since", start).queryParam("limit", 1)
                .when().get("/api/v1/feeds/values").then().statusCode(200).contentType(startsWith("application/json"))
                .extract().asString();
        var item = new com.fasterxml.jackson.databind.ObjectMapper().readTree(page).get("items").get(0);
        assertEquals(m, item.get("measureCode").asText());
        assertEquals("all", item.get("disaggregation").asText());
        assertEquals("CREATED", item.get("change").asText());
        // the number as stored, trailing zero kept (a JSON tree would normalise it, so the text is checked)
        assertEquals("7.250", stored.get("value"));
        assertTrue(page.contains("\"value\":7.250,"), page);
        assertTrue(item.get("previousValue").isNull());
        assertEquals(stored.get("numerator"), item.get("numerator").asText());
        assertEquals(stored.get("denominator"), item.get("denominator").asText());
        assertEquals(comment, item.get("comment").asText());
        assertEquals(stored.get("changedBy"), item.get("changedBy").asText());
        assertEquals(stored.get("changedAt"), java.time.Instant.parse(item.get("changedAt").asText()));
        assertEquals(((java.time.Instant) stored.get("changedAt")).toString(), item.get("changedAt").asText());
        assertEquals(stored.get("submissionId"), item.get("submissionId").asText());
        String csv = given().auth().oauth2(ANALYST).accept("text/csv").queryParam("since", start).queryParam("limit", 1)
                .when().get("/api/v1/feeds/values").then().statusCode(200).extract().asString();
        assertEquals(ValueChangesCsv.HEADER + "\r\n" + m + ",FY2024-25,all,CREATED,7.250,,29,400,"
                + "\"'-1 \"\"minus\"\", back\\slash\nline two\r\n\ttab é ✓\",test-la," + stored.get("changedBy") + ","
                + stored.get("changedAt") + "," + stored.get("submissionId") + "\r\n", csv);
    }

    @Test
    void anEmptyPageIsAWholeDocumentInBothForms() {
        String end = endOfFeed();
        assertEquals("{\"items\":[],\"nextCursor\":\"" + end + "\",\"more\":false}", given().auth().oauth2(ANALYST)
                .queryParam("since", end).when().get("/api/v1/feeds/values").then().statusCode(200).extract().asString());
        assertEquals(ValueChangesCsv.HEADER + "\r\n", given().auth().oauth2(ANALYST).accept("text/csv")
                .queryParam("since", end).when().get("/api/v1/feeds/values").then().statusCode(200).extract().asString());
    }

    @Test
    void aCursorThisFeedDidNotGiveIsRefused() {
        given().auth().oauth2(ANALYST).queryParam("since", "bm90LWEtY3Vyc29y")
                .when().get("/api/v1/feeds/values").then().statusCode(400).body("errors[0].field", is("since"));
        given().auth().oauth2(ANALYST).queryParam("limit", "0")
                .when().get("/api/v1/feeds/values").then().statusCode(400).body("errors[0].field", is("limit"));
        given().auth().oauth2(ANALYST).queryParam("limit", "100001")
                .when().get("/api/v1/feeds/values").then().statusCode(400).body("errors[0].field", is("limit"));
        given().auth().oauth2(ANALYST).queryParam("limit", "100000")
                .when().get("/api/v1/feeds/values").then().statusCode(200);
        given().auth().oauth2(LA).when().get("/api/v1/feeds/values").then().statusCode(403)
                .body("detail", containsString("roles"));
    }

    @Test
    void aReaderFollowingTheFeedDuringConcurrentWritesSeesEveryChangeOnce() throws Exception {
        String m = measures.create(Unit.COUNT, Period.Kind.MONTH, List.of("test-la"),
                IntStream.range(0, 50).mapToObj(i -> "d" + i).toList());
        String start = endOfFeed();
        int writers = 6;
        int perWriter = 20;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<?>> writes = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            writes.add(pool.submit(() -> {
                for (int n = 0; n < perWriter; n++) {
                    int i = n;
                    String rows = IntStream.range(0, 50).mapToObj(d -> "{\"measureCode\":\"" + m + "\",\"period\":\""
                            + String.format("%d-%02d", 2000 + writer, i % 12 + 1) + "\",\"disaggregation\":\"d" + d
                            + "\",\"value\":" + (i / 12 + 1) + "}").collect(Collectors.joining(","));
                    given().auth().oauth2(LA).contentType("application/json").body("{\"values\":[" + rows + "]}")
                            .post("/api/v1/submissions").then().statusCode(201);
                }
            }));
        }
        Map<String, Integer> seen = new java.util.HashMap<>();
        String cursor = start;
        while (true) {
            boolean writing = writes.stream().anyMatch(f -> !f.isDone());
            JsonPath page = given().auth().oauth2(ANALYST).queryParam("since", cursor).queryParam("limit", 500)
                    .when().get("/api/v1/feeds/values").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = page.getList("items");
            for (Map<String, Object> item : items) {
                if (m.equals(item.get("measureCode"))) {
                    seen.merge(item.get("period") + "|" + item.get("disaggregation") + "|" + item.get("change") + "|"
                            + item.get("value"), 1, Integer::sum);
                }
            }
            cursor = page.getString("nextCursor");
            if (!writing && !page.getBoolean("more")) {
                break;
            }
        }
        for (Future<?> f : writes) {
            f.get(1, TimeUnit.MINUTES);
        }
        pool.shutdown();
        // each writer: 12 months created, then 8 updated (months 1-8 get value 2): (12 + 8) × 50 changes
        assertEquals(writers * (12 + 8) * 50, seen.size(), "distinct changes seen");
        Set<Integer> counts = new HashSet<>(seen.values());
        assertEquals(Set.of(1), counts, "every change exactly once");
    }
}
