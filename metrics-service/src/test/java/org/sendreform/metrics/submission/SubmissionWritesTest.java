package org.sendreform.metrics.submission;

import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.sendreform.metrics.TestMeasures;
import org.sendreform.metrics.measure.Unit;
import org.sendreform.platform.period.Period;
import org.sendreform.platform.testing.TestTokens;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** What the set-based write (COPY into a temporary table, then one statement per table) stores, column by column. */
@QuarkusTest
class SubmissionWritesTest {

    static final String LA = TestTokens.partner("demo-la-send", "test-la");
    /** Every character the COPY text format has to escape, quotes, and text beyond the Basic Multilingual Plane. */
    static final String AWKWARD = "Ysgol \"Glan-y-Môr\"\t\\ 東京 😀";

    @Inject
    TestMeasures measures;

    final ObjectMapper json = new ObjectMapper();

    @SuppressWarnings("unchecked")
    static List<List<String>> rows(String sql, Object parameter) {
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> Submission.getEntityManager().createNativeQuery(sql)
                .setParameter(1, parameter).getResultList());
        return rows.stream().map(r -> Arrays.stream(r).map(c -> c == null ? null : c.toString()).toList()).toList();
    }

    String body(List<Map<String, Object>> values) throws JsonProcessingException {
        return json.writeValueAsString(Map.of("values", values));
    }

    static Map<String, Object> value(String code, String period, String disaggregation, Object... fields) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("measureCode", code);
        v.put("period", period);
        v.put("disaggregation", disaggregation);
        for (int i = 0; i < fields.length; i += 2) {
            v.put((String) fields[i], fields[i + 1]);
        }
        return v;
    }

    @Test
    void textRoundTripsExactlyThroughTheCopy() throws Exception {
        String m = measures.create(Unit.PERCENT, Period.Kind.FINANCIAL_YEAR, List.of("test-la"), List.of("all", AWKWARD));
        List<String> comments = List.of("tab\there", "line\nbreak", "cr\r\nlf\r", "back\\slash \\N \\t \\\\", "\\.", "end\n\\.\nmore",
                "quotes \" ' , ; |", "Ŵ ŷ é ß 東京 😀 \u200d", "", " leading and trailing ");
        List<Map<String, Object>> values = new ArrayList<>();
        for (int i = 0; i < comments.size(); i++) {
            values.add(value(m, "FY20" + (10 + i) + "-" + (11 + i), i % 2 == 0 ? AWKWARD : "all", "value", 40 + i, "comment", comments.get(i)));
        }
        values.add(value(m, "FY2024-25", AWKWARD, "numerator", 83, "denominator", 200, "comment", AWKWARD));
        SubmissionResourceTest.as(LA).body(body(values)).when().post("/api/v1/submissions")
                .then().statusCode(201).body("imported", is(values.size()));

        List<List<String>> stored = rows("select v.period, v.disaggregation, v.comment, v.value, v.numerator, v.denominator from measure_value v "
                + "join measure m on m.id = v.measure_id where m.code = ?1 order by v.period", m);
        List<List<String>> logged = rows("select period, disaggregation, comment, new_value, numerator, denominator from value_change "
                + "where measure_code = ?1 order by period", m);
        List<List<String>> sent = values.stream().map(v -> Arrays.asList((String) v.get("period"), (String) v.get("disaggregation"),
                (String) v.get("comment"), v.containsKey("value") ? v.get("value").toString() : "41.5",
                v.containsKey("numerator") ? "83" : null, v.containsKey("denominator") ? "200" : null)).toList();
        assertEquals(sent, stored);
        assertEquals(sent, logged);
        // and what is stored compares equal to what was sent: the same body again changes nothing
        SubmissionResourceTest.as(LA).body(body(values)).when().post("/api/v1/submissions")
                .then().statusCode(201).body("unchanged", is(values.size()));
    }

    @Test
    void theChangeLogListsCreatedThenUpdatedThenRemovedInSubmissionOrderWithEveryColumn() throws Exception {
        String m = measures.create(Unit.COUNT, Period.Kind.FINANCIAL_YEAR, List.of("test-la"),
                List.of("d0", "d1", "d2", "d3", "d4", "d5", "d6", "d7"));
        List<Map<String, Object>> first = new ArrayList<>();
        for (int d = 0; d <= 5; d++) {
            first.add(value(m, "FY2024-25", "d" + d, "value", 10 + d));
        }
        SubmissionResourceTest.as(LA).queryParam("mode", "snapshot").body(body(first)).when().post("/api/v1/submissions")
                .then().statusCode(201).body("imported", is(6));
        String id = SubmissionResourceTest.as(LA).queryParam("mode", "snapshot")
                .body(body(List.of(value(m, "FY2024-25", "d7", "value", 7), value(m, "FY2024-25", "d3", "value", 33),
                        value(m, "FY2024-25", "d6", "value", 6, "comment", "new"), value(m, "FY2024-25", "d1", "value", 21),
                        value(m, "FY2024-25", "d0", "value", 10))))
                .when().post("/api/v1/submissions")
                .then().statusCode(201).body("imported", is(2)).body("updated", is(2)).body("unchanged", is(1)).body("removed", is(3))
                .extract().path("id");

        List<List<String>> log = rows("select change, disaggregation, period, old_value, new_value, numerator, denominator, comment, org, "
                + "changed_by, definition_version, measure_code from value_change where submission_id = cast(?1 as uuid) order by id", id);
        assertEquals(List.of(
                Arrays.asList("CREATED", "d7", "FY2024-25", null, "7", null, null, null, "test-la", "demo-la-send", "1", m),
                Arrays.asList("CREATED", "d6", "FY2024-25", null, "6", null, null, "new", "test-la", "demo-la-send", "1", m),
                Arrays.asList("UPDATED", "d3", "FY2024-25", "13", "33", null, null, null, "test-la", "demo-la-send", "1", m),
                Arrays.asList("UPDATED", "d1", "FY2024-25", "11", "21", null, null, null, "test-la", "demo-la-send", "1", m)),
                log.subList(0, 4));
        assertEquals(7, log.size());
        assertEquals(Set.of("d2", "d4", "d5"), log.subList(4, 7).stream().map(r -> r.get(1)).collect(Collectors.toSet()));
        for (List<String> removed : log.subList(4, 7)) {
            String oldValue = String.valueOf(10 + Integer.parseInt(removed.get(1).substring(1)));
            assertEquals(Arrays.asList("REMOVED", removed.get(1), "FY2024-25", oldValue, null, null, null, null, "test-la",
                    "demo-la-send", "1", m), removed);
        }

        // created rows get their ids in submission order; an update keeps its row
        List<List<String>> stored = rows("select v.disaggregation, v.period_start, v.value, v.org, v.submission_id, v.definition_version, "
                + "v.updated_at is not null from measure_value v join measure m on m.id = v.measure_id where m.code = ?1 order by v.id", m);
        assertEquals(List.of("d0", "d1", "d3", "d7", "d6"), stored.stream().map(r -> r.get(0)).toList());
        assertEquals(List.of("10", "21", "33", "7", "6"), stored.stream().map(r -> r.get(2)).toList());
        for (List<String> r : stored) {
            assertEquals(List.of("2024-04-01", "test-la"), List.of(r.get(1), r.get(3)));
            assertEquals(!r.get(0).equals("d0"), id.equals(r.get(4)), r::toString);
            assertEquals(List.of("1", "true"), r.subList(5, 7));
        }
    }
}
