package org.sendreform.metrics.submission;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.sendreform.metrics.TestMeasures;
import org.sendreform.metrics.measure.Unit;
import org.sendreform.platform.period.Period;
import org.sendreform.platform.testing.TestTokens;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Object-level checks on partner data: a partner stores values only for measures its organisation owns (one
 * foreign value at the very end of a 10,000-value batch refuses the whole batch, whatever the options), and
 * reads only its own organisation's submissions (another's answers 404, as if it did not exist).
 */
@QuarkusTest
class ForeignMeasureTest {

    static final String LA = TestTokens.partner("demo-la-send", "coventry-la-send");
    static final String THERAPIES = TestTokens.partner("demo-nhs-therapies", "cwpt-therapies");
    /** A seeded measure whose data the NHS therapies provider owns, not the local authority. */
    static final String THERAPIES_MEASURE = "SLT-OT-52WK";

    @Inject
    TestMeasures measures;

    /** What a refused submission must leave as it was: every table a submission writes to. */
    static Map<String, Long> stored() {
        return QuarkusTransaction.requiringNew().call(() -> List.of("submission", "measure_value", "value_change", "outbox_event")
                .stream().collect(Collectors.toMap(t -> t, t -> ((Number) Submission.getEntityManager()
                        .createNativeQuery("select count(*) from " + t).getSingleResult()).longValue())));
    }

    @Test
    void oneForeignValueAtTheEndOfTenThousandRefusesTheBatchWhateverTheOptions() {
        String own = measures.create(Unit.COUNT, Period.Kind.MONTH, List.of("coventry-la-send"),
                IntStream.range(0, 100).mapToObj(i -> "d" + i).toList());
        String rows = IntStream.range(0, 9_999)
                .mapToObj(i -> SubmissionResourceTest.value(own, String.format("20%02d-%02d", 10 + i / 1200, i / 100 % 12 + 1), "d" + (i % 100), "1"))
                .collect(Collectors.joining(","));
        String body = SubmissionResourceTest.json(rows, SubmissionResourceTest.value(THERAPIES_MEASURE, "FY2025-26", "all", "50"));
        Map<String, Long> before = stored();
        for (Map<String, String> options : List.<Map<String, String>>of(Map.of(), Map.of("atomic", "false"), Map.of("dryRun", "true"),
                Map.of("atomic", "false", "dryRun", "true"), Map.of("mode", "snapshot"))) {
            SubmissionResourceTest.as(LA).queryParams(options).header("Idempotency-Key", "foreign-" + own).body(body)
                    .when().post("/api/v1/submissions")
                    .then().statusCode(403).contentType("application/problem+json")
                    .body("detail", containsString(THERAPIES_MEASURE)).body("detail", containsString("nothing was stored"))
                    .body("errors.field", hasItem("measureCode"))
                    .body("errors[0].message", containsString(THERAPIES_MEASURE));
            assertEquals(before, stored(), "after " + options);
        }
        // the refused request did not use up its key: the corrected batch goes in under it
        SubmissionResourceTest.as(LA).header("Idempotency-Key", "foreign-" + own).body(SubmissionResourceTest.json(rows))
                .when().post("/api/v1/submissions").then().statusCode(201).body("imported", is(9_999));
    }

    @Test
    void aPartnerReadsOnlyItsOwnOrganisationsSubmissionsAndAnotherOrganisationsAreNotFound() {
        String la = measures.percent("coventry-la-send");
        String laSubmission = SubmissionResourceTest.as(LA).body(SubmissionResourceTest.json(
                SubmissionResourceTest.value(la, "FY2025-26", "all", "40"))).when().post("/api/v1/submissions")
                .then().statusCode(201).extract().path("id");
        String therapiesSubmission = SubmissionResourceTest.as(THERAPIES).body(SubmissionResourceTest.json(
                SubmissionResourceTest.value(THERAPIES_MEASURE, "FY2025-26", "all", "12"))).when().post("/api/v1/submissions")
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(LA).when().get("/api/v1/submissions/" + laSubmission).then().statusCode(200).body("org", is("coventry-la-send"));
        given().auth().oauth2(LA).when().get("/api/v1/submissions/" + therapiesSubmission).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(THERAPIES).when().get("/api/v1/submissions/" + laSubmission).then().statusCode(404)
                .contentType("application/problem+json");
        // as unknown as an id that never existed: the answer does not tell another organisation's id apart
        given().auth().oauth2(LA).when().get("/api/v1/submissions/" + java.util.UUID.randomUUID()).then().statusCode(404);
        given().auth().oauth2(TestTokens.user("programme.manager", "programme-manager")).when()
                .get("/api/v1/submissions/" + therapiesSubmission).then().statusCode(200).body("org", is("cwpt-therapies"));
    }
}
