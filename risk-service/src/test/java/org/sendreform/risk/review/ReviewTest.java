package org.sendreform.risk.review;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.sendreform.platform.testing.TestTokens;
import org.sendreform.platform.testing.Topics;
import org.sendreform.risk.TestRisks;
import org.sendreform.risk.register.Category;
import org.sendreform.risk.register.Risk;
import org.sendreform.risk.register.RiskChanged;
import org.sendreform.risk.register.RiskStatus;
import org.sendreform.risk.scoring.Rag;
import org.sendreform.risk.signal.RiskSignal;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.vertx.core.json.JsonObject;

@QuarkusTest
class ReviewTest {

    static final String RDG = TestTokens.user("rdg.member", "rdg-member");
    static final String LEAD = TestTokens.user("workspace.lead", Map.of("workspace", "qa-data-digital"), "workspace-lead");
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));
    static final String STANDS = "{\"outcome\": \"Reviewed at the workspace; the scores stand\", \"scoresUnchanged\": true}";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    static String fresh(String body, RiskStatus status) {
        return TestRisks.fresh(Category.DATA, body, status, Rag.AMBER);
    }

    static String etag(String code) {
        return given().auth().oauth2(RDG).when().get("/api/v1/risks/" + code).then().statusCode(200).extract().header("ETag");
    }

    static ValidatableResponse review(String token, String code, String ifMatch, String body) {
        var request = given().contentType("application/json").body(body);
        if (token != null) {
            request.auth().oauth2(token);
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.when().post("/api/v1/risks/" + code + "/reviews").then();
    }

    static void signal(String code) {
        QuarkusTransaction.requiringNew().run(() -> RiskSignal.raise(Risk.<Risk>find("code", code).firstResult(), UUID.randomUUID(),
                "milestones-service", "MILESTONE_SLIPPED", "M-QA-Q3-01", null, "M-QA-Q3-01 slipped", null, null));
    }

    static void nextReview(String code, LocalDate date) {
        QuarkusTransaction.requiringNew().run(() -> Risk.update("nextReviewDate = ?1 where code = ?2", date, code));
    }

    @Test
    void theSeededRisksAreScheduledByTheirRagFromWhenTheyWereRaised() {
        given().auth().oauth2(RDG).when().get("/api/v1/risks/R-01").then().statusCode(200)
                .body("inherent.assessedRag", is("RED")).body("reviewFrequency", is("MONTHLY")).body("reviewFrequencyFixed", is(false))
                .body("lastReviewedOn", nullValue()).body("nextReviewDate", is(TODAY.plusMonths(1).toString()));
        given().auth().oauth2(RDG).when().get("/api/v1/risks/R-04").then().statusCode(200)
                .body("reviewFrequency", is("TWO_MONTHLY")).body("nextReviewDate", is(TODAY.plusMonths(2).toString()));
        // scheduling the seed is part of loading it, not a change anyone made (the system test reads R-04's history)
        given().auth().oauth2(RDG).when().get("/api/v1/risks/R-04/history").then().body("size()", is(0));
    }

    @Test
    void aReviewMovesTheDatesAndAnswersTheSignalsWaiting() {
        String code = fresh("qa-data-digital", RiskStatus.OPEN);
        signal(code);
        signal(code);
        String tag = etag(code);
        String newTag = review(LEAD, code, tag, STANDS).statusCode(201)
                .header("Location", endsWith("/api/v1/risks/" + code + "/reviews")).header("ETag", not(is(tag)))
                .body("lastReviewedOn", is(TODAY.toString())).body("nextReviewDate", is(TODAY.plusMonths(2).toString()))
                .body("reviewFrequency", is("TWO_MONTHLY")).body("inherent.assessedRag", is("AMBER"))
                .extract().header("ETag");
        signal(code);
        given().auth().oauth2(RDG).when().get("/api/v1/risks/" + code + "/reviews").then().statusCode(200)
                .body("size()", is(1)).body("[0].kind", is("REVIEW")).body("[0].reviewedBy", is("workspace.lead"))
                .body("[0].scoresUnchanged", is(true)).body("[0].signalsAnswered", is(2)).body("[0].assessedRag", is("AMBER"))
                .body("[0].outcome", containsString("scores stand")).body("[0].nextReviewDate", is(TODAY.plusMonths(2).toString()));
        given().auth().oauth2(RDG).when().get("/api/v1/risks/" + code + "/signals").then().body("size()", is(3))
                .body("[0].reviewedAt", nullValue()).body("[1].reviewedAt", notNullValue()).body("[2].reviewedAt", notNullValue());
        given().auth().oauth2(RDG).when().get("/api/v1/risks/" + code + "/history").then()
                .body("action", is(List.of("REVIEWED"))).body("[0].after.lastReviewedOn", is(TODAY.toString()));
        List<Topics.Event> events = Topics.read(bootstrap, "risks.events.v1", e -> code.equals(e.key()), 1);
        assertEquals(List.of(RiskChanged.TYPE), events.stream().map(Topics.Event::type).toList());
        JsonObject changed = new JsonObject(events.get(0).data());
        assertEquals(false, changed.containsKey("lastReviewedOn"));
        assertEquals(newTag, "\"" + changed.getLong("version") + "\"");
    }

    @Test
    void aRescoreIsAReviewAndItsRagSetsTheNextOne() {
        String code = fresh("qa-data-digital", RiskStatus.OPEN);
        signal(code);
        given().auth().oauth2(RDG).contentType("application/json").header("If-Match", etag(code))
                .body("{\"impact\":\"HIGH\",\"likelihood\":\"HIGH\",\"assessedRag\":\"RED\",\"residualRag\":\"AMBER\",\"rationale\":\"data gaps widen\"}")
                .when().post("/api/v1/risks/" + code + "/scores").then().statusCode(201)
                .body("lastReviewedOn", is(TODAY.toString())).body("reviewFrequency", is("MONTHLY"))
                .body("nextReviewDate", is(TODAY.plusMonths(1).toString()));
        given().auth().oauth2(RDG).when().get("/api/v1/risks/" + code + "/reviews").then()
                .body("size()", is(1)).body("[0].kind", is("RESCORE")).body("[0].outcome", is("data gaps widen"))
                .body("[0].scoresUnchanged", is(false)).body("[0].assessedRag", is("RED")).body("[0].signalsAnswered", is(1))
                .body("[0].reviewedBy", is("rdg.member"));
    }

    @Test
    void badInputIsRefusedAndNothingIsRecorded() {
        String code = fresh("qa-data-digital", RiskStatus.OPEN);
        signal(code);
        String tag = etag(code);
        review(RDG, code, tag, "{}").statusCode(422).contentType("application/problem+json").body("errors[0].field", is("outcome"));
        review(RDG, code, tag, "{\"outcome\": \"  \"}").statusCode(422).body("errors[0].field", is("outcome"));
        review(RDG, code, tag, "{\"outcome\": \"" + "x".repeat(2001) + "\"}").statusCode(422).body("errors[0].field", is("outcome"));
        review(RDG, code, tag, "{\"outcome\": \"ok\", \"scoresUnchanged\": \"perhaps\"}").statusCode(400)
                .body("errors[0].field", is("scoresUnchanged"));
        review(RDG, code, tag, "{\"outcome\": \"ok\", \"nextReviewDate\": \"2030-01-01\"}").statusCode(400)
                .body("errors[0].field", is("nextReviewDate"));
        review(RDG, code, null, STANDS).statusCode(428);
        review(RDG, code, "\"99\"", STANDS).statusCode(412);
        given().auth().oauth2(RDG).when().get("/api/v1/risks/" + code).then().header("ETag", is(tag)).body("lastReviewedOn", nullValue());
        given().auth().oauth2(RDG).when().get("/api/v1/risks/" + code + "/reviews").then().body("size()", is(0));
        given().auth().oauth2(RDG).when().get("/api/v1/risks/" + code + "/signals").then().body("[0].reviewedAt", nullValue());
    }

    @Test
    void whoMayReviewARisk() {
        String code = fresh("qa-data-digital", RiskStatus.OPEN);
        review(null, code, etag(code), STANDS).statusCode(401).contentType("application/problem+json");
        review(TestTokens.user("icb.analyst", "analytics-reader"), code, etag(code), STANDS).statusCode(403);
        review(TestTokens.partner("demo-la-send", "coventry-la-send"), code, etag(code), STANDS).statusCode(403);
        review(TestTokens.user("lead", Map.of("workspace", "capital-sufficiency"), "workspace-lead"), code, etag(code), STANDS)
                .statusCode(403).body("detail", containsString("workspace"));
        review(TestTokens.user("board.member", "board-member"), code, etag(code), STANDS).statusCode(201);
        review(RDG, "R-404", "\"0\"", STANDS).statusCode(404);
        given().auth().oauth2(RDG).when().get("/api/v1/risks/R-404/reviews").then().statusCode(404);
        String closed = fresh("qa-data-digital", RiskStatus.CLOSED);
        review(RDG, closed, etag(closed), STANDS).statusCode(409);
        String accepted = fresh("board", RiskStatus.ACCEPTED);
        review(RDG, accepted, etag(accepted), STANDS).statusCode(201).body("status", is("ACCEPTED"));
    }

    @Test
    void overdueReviewsAcrossTheRegisterByBodyPaged() {
        String body = "ws-" + UUID.randomUUID().toString().substring(0, 8);
        String longest = fresh(body, RiskStatus.OPEN);
        String yesterday = fresh(body, RiskStatus.ESCALATED);
        String dueToday = fresh(body, RiskStatus.OPEN);
        String closed = fresh(body, RiskStatus.CLOSED);
        nextReview(longest, TODAY.minusDays(10));
        nextReview(yesterday, TODAY.minusDays(1));
        nextReview(dueToday, TODAY);
        nextReview(closed, TODAY.minusDays(20));
        signal(longest);
        given().auth().oauth2(TestTokens.user("icb.analyst", "analytics-reader")).queryParam("body", body)
                .when().get("/api/v1/reviews/overdue").then().statusCode(200)
                .header("X-Total-Count", is("2")).body("total", is(2)).body("items.code", is(List.of(longest, yesterday)))
                .body("items[0].daysOverdue", is(10)).body("items[0].signalsWaiting", is(1)).body("items[0].owningBody", is(body))
                .body("items[0].nextReviewDate", is(TODAY.minusDays(10).toString())).body("items[1].signalsWaiting", is(0))
                .body("items[1].status", is("ESCALATED"));
        given().auth().oauth2(RDG).queryParam("body", body).queryParam("size", 1)
                .when().get("/api/v1/reviews/overdue").then().statusCode(200)
                .header("Link", containsString("rel=\"next\"")).body("items.code", is(List.of(longest)));
        given().auth().oauth2(RDG).when().get("/api/v1/reviews/overdue").then().statusCode(200)
                .body("items.code", hasItem(longest)).body("items.code", not(hasItem(closed)));
        review(RDG, longest, etag(longest), STANDS).statusCode(201);
        given().auth().oauth2(RDG).queryParam("body", body).when().get("/api/v1/reviews/overdue").then()
                .body("items.code", is(List.of(yesterday)));
        given().auth().oauth2(RDG).queryParam("page", -1).when().get("/api/v1/reviews/overdue").then().statusCode(422)
                .body("errors[0].field", is("page"));
        given().when().get("/api/v1/reviews/overdue").then().statusCode(401);
    }
}
