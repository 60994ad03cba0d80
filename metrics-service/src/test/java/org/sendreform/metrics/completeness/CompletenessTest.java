package org.sendreform.metrics.completeness;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.sendreform.metrics.TestMeasures;
import org.sendreform.metrics.measure.Measure;
import org.sendreform.metrics.measure.Unit;
import org.sendreform.platform.period.Period;
import org.sendreform.platform.testing.TestTokens;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class CompletenessTest {

    static final String MANAGER = TestTokens.user("programme.manager", "programme-manager");

    @Inject
    TestMeasures measures;

    static void submit(String token, String measure, String period) {
        given().auth().oauth2(token).contentType("application/json")
                .body("{\"values\":[{\"measureCode\":\"" + measure + "\",\"period\":\"" + period + "\",\"value\":5}]}")
                .when().post("/api/v1/submissions").then().statusCode(201);
    }

    static ValidatableResponse report(String token, String measure, LocalDate from) {
        return given().auth().oauth2(token).queryParam("measure", measure).queryParam("from", from.toString())
                .when().get("/api/v1/completeness").then();
    }

    @Test
    void eachEndedPeriodIsOnTimeLateOrMissingForItsOwner() {
        String org = "test-org-" + UUID.randomUUID().toString().substring(0, 6);
        String partner = TestTokens.partner("demo-la-send", org);
        String m = measures.create(Unit.COUNT, Period.Kind.MONTH, List.of(org), List.of("all"));
        // due 45 days after each month ends: last month is never late today, three months ago always is
        QuarkusTransaction.requiringNew().run(() -> Measure.<Measure>find("code", m).firstResult().submissionDueDays = 45);
        LocalDate today = LocalDate.now();
        Period lastMonth = Period.of(Period.Kind.MONTH, today.minusMonths(1));
        Period twoAgo = Period.of(Period.Kind.MONTH, today.minusMonths(2));
        Period threeAgo = Period.of(Period.Kind.MONTH, today.minusMonths(3));
        submit(partner, m, lastMonth.code());
        submit(partner, m, threeAgo.code());
        submit(partner, m, threeAgo.code()); // a correction is not a second arrival
        report(partner, m, threeAgo.start()).statusCode(200)
                .body("rows.period", is(List.of(threeAgo.code(), twoAgo.code(), lastMonth.code())))
                .body("rows.owner", everyItem(is(org)))
                .body("rows[0].standing", is("LATE")).body("rows[0].dueBy", is(threeAgo.end().plusDays(45).toString()))
                .body("rows[1].standing", anyOf(is("OVERDUE"), is("DUE"))).body("rows[1].firstReceived", is((Object) null))
                .body("rows[2].standing", is("ON_TIME")).body("rows[2].daysLate", is(0))
                .body("summary.EXPECTED", is(3)).body("summary.LATE", is(1)).body("summary.ON_TIME", is(1));
        given().auth().oauth2(MANAGER).queryParam("measure", m).queryParam("from", threeAgo.start().toString())
                .queryParam("standing", "LATE").when().get("/api/v1/completeness").then().statusCode(200)
                .body("rows.period", is(List.of(threeAgo.code())));
    }

    @Test
    void aPartnerSeesItsOwnObligationsOnly() {
        String org = "test-org-" + UUID.randomUUID().toString().substring(0, 6);
        String m = measures.create(Unit.COUNT, Period.Kind.MONTH, List.of(org, "someone-else"), List.of("all"));
        LocalDate from = LocalDate.now().minusMonths(2);
        report(TestTokens.partner("demo-la-send", org), m, from).statusCode(200)
                .body("rows.owner", everyItem(is(org))).body("rows.owner", not(hasItem("someone-else")));
        report(MANAGER, m, from).statusCode(200).body("rows.owner", hasItem("someone-else"));
        given().auth().oauth2(TestTokens.partner("demo-la-send", org)).queryParam("owner", "someone-else")
                .when().get("/api/v1/completeness").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void badParametersAreProblemsNamingThem() {
        given().auth().oauth2(MANAGER).queryParam("from", "yesterday").when().get("/api/v1/completeness").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", is("from"));
        given().auth().oauth2(MANAGER).queryParam("from", "2026-06-01").queryParam("to", "2026-05-01").when().get("/api/v1/completeness")
                .then().statusCode(400).body("errors[0].field", is("from"));
        given().auth().oauth2(MANAGER).queryParam("measure", "NOPE").when().get("/api/v1/completeness").then().statusCode(400)
                .body("errors[0].field", is("measure"));
        given().auth().oauth2(MANAGER).queryParam("standing", "LOST").when().get("/api/v1/completeness").then().statusCode(400)
                .body("errors[0].field", is("standing"));
        given().when().get("/api/v1/completeness").then().statusCode(401);
    }
}
