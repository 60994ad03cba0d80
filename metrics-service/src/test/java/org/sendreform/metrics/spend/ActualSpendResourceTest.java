package org.sendreform.metrics.spend;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sendreform.metrics.spend.TestSpend.as;
import static org.sendreform.metrics.spend.TestSpend.money;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendreform.platform.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ActualSpendResourceTest {

    static final String FINANCE = TestTokens.partner("demo-la-finance", "coventry-la-finance");
    static final String OTHER_PARTNER = TestTokens.partner("demo-la-send", "coventry-la-send");
    static final String MANAGER = TestTokens.user("programme.manager", "programme-manager");
    static final String ADMIN = TestTokens.user("admin", "admin");
    static final String ANALYST = TestTokens.user("icb.analyst", "analytics-reader");

    static final String Q2 = """
            {"actuals": [
              {"quarter": "FY2026-27-Q2", "category": "WORKFORCE", "amount": 584250.75},
              {"quarter": "FY2026-27-Q2", "category": "OTHER", "amount": 14800, "comment": "Experts Online licences"},
              {"quarter": "FY2026-27-Q2", "category": "TRANSFORMATION_ADMINISTRATION", "conditionBucket": "EAH_ADMINISTRATION", "amount": 71000},
              {"quarter": "FY2026-27-Q2", "category": "TRANSFORMATION_ADMINISTRATION", "conditionBucket": "LA_TRANSFORMATION", "amount": 69500.5}
            ]}""";

    @Inject
    TestSpend spend;

    @BeforeEach
    void reset() {
        spend.reset();
    }

    static String one(String quarter, String category, String amount) {
        return "{\"actuals\":[{\"quarter\":\"" + quarter + "\",\"category\":\"" + category + "\",\"amount\":" + amount + "}]}";
    }

    @Test
    void theFinanceOwnerSubmitsCorrectsAndRetriesSafely() {
        String location = as(FINANCE).header("Idempotency-Key", "fin-q2-001").body(Q2).when().post("/api/v1/spend/actuals")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/spend/submissions/"))
                .body("received", is(4)).body("created", is(4)).body("updated", is(0)).body("org", is("coventry-la-finance"))
                .body("conditionChanges", hasSize(3))
                .body("conditionChanges.find { it.condition == 'DIRECT_DELIVERY' }.newStatus", is("MET"))
                .body("conditionChanges.find { it.condition == 'EAH_ADMINISTRATION' }.newStatus", is("AT_RISK"))
                .extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);

        // the same key and body: the first answer again, nothing new stored
        as(FINANCE).header("Idempotency-Key", "fin-q2-001").body(Q2).when().post("/api/v1/spend/actuals")
                .then().statusCode(200).header("Idempotent-Replayed", "true").body("id", is(id)).body("created", is(4));
        // the same key with another body is refused
        as(FINANCE).header("Idempotency-Key", "fin-q2-001").body(one("FY2026-27-Q2", "WORKFORCE", "1")).when().post("/api/v1/spend/actuals")
                .then().statusCode(422).contentType("application/problem+json").body("errors[0].field", is("Idempotency-Key"));
        assertEquals(4, spend.actualRows());

        // a correction keeps the earlier amount in the history
        as(FINANCE).body(one("FY2026-27-Q2", "WORKFORCE", "586000.00")).when().post("/api/v1/spend/actuals")
                .then().statusCode(201).body("created", is(0)).body("updated", is(1)).body("conditionChanges", hasSize(0));
        as(FINANCE).body(one("FY2026-27-Q2", "WORKFORCE", "586000")).when().post("/api/v1/spend/actuals")
                .then().statusCode(201).body("unchanged", is(1));
        as(FINANCE).when().get("/api/v1/spend/actuals/FY2026-27-Q2/WORKFORCE/history")
                .then().statusCode(200).body("$", hasSize(2))
                .body("[0].change", is("CREATED")).body("[0].oldAmount", nullValue()).body("[0].newAmount", comparesEqualTo(money("584250.75")))
                .body("[1].change", is("UPDATED")).body("[1].oldAmount", comparesEqualTo(money("584250.75")))
                .body("[1].newAmount", comparesEqualTo(money("586000.00"))).body("[1].bucket", is("DIRECT_DELIVERY"))
                .body("[1].changedBy", is("demo-la-finance"));
        as(FINANCE).queryParam("conditionBucket", "LA_TRANSFORMATION").when().get("/api/v1/spend/actuals/FY2026-27-Q2/TRANSFORMATION_ADMINISTRATION/history")
                .then().statusCode(200).body("$", hasSize(1)).body("[0].newAmount", comparesEqualTo(money("69500.50")));
        as(FINANCE).when().get("/api/v1/spend/actuals/FY2026-27-Q2/TRAVEL/history").then().statusCode(404);
        as(FINANCE).when().get("/api/v1/spend/actuals/Q2/WORKFORCE/history").then().statusCode(400).body("errors[0].field", is("quarter"));

        as(ANALYST).queryParam("year", "FY2026-27").when().get("/api/v1/spend/actuals")
                .then().statusCode(200).header("X-Total-Count", "4").body("total", is(4))
                .body("items[0].category", is("OTHER")).body("items[0].comment", is("Experts Online licences"))
                .body("items.find { it.category == 'WORKFORCE' }.amount", comparesEqualTo(money("586000.00")));
        as(FINANCE).queryParam("conditionBucket", "NOPE").when().get("/api/v1/spend/actuals").then().statusCode(400);

        as(FINANCE).when().get("/api/v1/spend/submissions/" + id).then().statusCode(200).body("id", is(id)).body("created", is(4));
        as(OTHER_PARTNER).when().get("/api/v1/spend/submissions/" + id).then().statusCode(404);
        as(ANALYST).when().get("/api/v1/spend/submissions/" + id).then().statusCode(200);
        as(FINANCE).when().get("/api/v1/spend/submissions/not-a-uuid").then().statusCode(404);
    }

    @Test
    void onlyTheFinanceOwnerAndTheProgrammeTeamSubmit() {
        given().contentType("application/json").body(Q2).when().post("/api/v1/spend/actuals")
                .then().statusCode(401).contentType("application/problem+json");
        as(OTHER_PARTNER).body(Q2).when().post("/api/v1/spend/actuals")
                .then().statusCode(403).contentType("application/problem+json").body("detail", containsString("coventry-la-finance"));
        as(ANALYST).body(Q2).when().post("/api/v1/spend/actuals").then().statusCode(403);
        as(TestTokens.partner("demo-no-org", null)).body(Q2).when().post("/api/v1/spend/actuals").then().statusCode(403);
        assertEquals(0, spend.actualRows());
        as(MANAGER).body(one("FY2026-27-Q3", "WORKFORCE", "1")).when().post("/api/v1/spend/actuals").then().statusCode(201);
        as(ADMIN).body(one("FY2026-27-Q3", "OTHER", "1")).when().post("/api/v1/spend/actuals").then().statusCode(201);
        assertEquals(2, spend.actualRows());
    }

    @Test
    void badRowsAreEachNamedAndNothingIsStored() {
        as(FINANCE).body("""
                {"actuals": [
                  {"quarter": "FY2026-27-Q2", "category": "WORKFORCE", "amount": 100},
                  {"quarter": "FY2026-27-Q2", "category": "WORKFORCE", "amount": -5, "conditionBucket": "LA_TRANSFORMATION"},
                  {"quarter": "FY2026-27-Q3", "category": "OTHER", "amount": 10.005},
                  {"quarter": "FY2028-29-Q4", "category": "OTHER", "amount": 1},
                  {"quarter": "FY2026-27-Q3", "category": "TRANSFORMATION_ADMINISTRATION", "amount": 1},
                  {"quarter": "FY2026-27-Q3", "category": "TRAVEL", "amount": 1},
                  {"quarter": "FY2026-27-Q3", "category": "OTHER", "conditionBucket": "OVERHEADS", "amount": 1},
                  {"quarter": "FY2026-27-Q3", "category": "OTHER"},
                  {"quarter": "2026-11", "category": "OTHER", "amount": 1},
                  {"quarter": "FY2026-27-Q2", "category": "WORKFORCE", "amount": 200}
                ]}""").when().post("/api/v1/spend/actuals")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", is("https://sendreform.org/problems/validation"))
                .body("detail", containsString("9 of 10 rows"))
                .body("errors.field", is(java.util.List.of("row[2].amount", "row[3].amount", "row[4].quarter", "row[5].conditionBucket",
                        "row[6].category", "row[7].conditionBucket", "row[8].amount", "row[9].quarter", "row[10].row")))
                .body("errors[2].message", is("FY2028-29-Q4 has not begun yet"));
        assertEquals(0, spend.actualRows());

        as(FINANCE).body("{\"actuals\":[{\"quarter\":\"FY2026-27-Q2\",\"category\":\"OTHER\",\"amount\":1,\"colour\":\"red\"}]}")
                .when().post("/api/v1/spend/actuals")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", is("actuals[0].colour"));
        as(FINANCE).body("{\"rows\":[]}").when().post("/api/v1/spend/actuals").then().statusCode(400).body("errors[0].field", is("rows"));
        as(FINANCE).body("{\"actuals\":[{\"quarter\":\"FY2026-27-Q2\",\"category\":\"OTHER\",\"amount\":\"lots\"}]}")
                .when().post("/api/v1/spend/actuals").then().statusCode(400).body("errors[0].field", is("actuals[0].amount"));
        as(FINANCE).body("{\"actuals\":").when().post("/api/v1/spend/actuals").then().statusCode(400);
        as(FINANCE).body("{\"actuals\":[]}").when().post("/api/v1/spend/actuals").then().statusCode(422).body("errors[0].field", is("actuals"));
        as(FINANCE).body("{}").when().post("/api/v1/spend/actuals").then().statusCode(422).body("errors[0].field", is("actuals"));
        as(FINANCE).header("Idempotency-Key", "k".repeat(201)).body(Q2).when().post("/api/v1/spend/actuals")
                .then().statusCode(400).body("errors[0].field", is("Idempotency-Key"));
        assertEquals(0, spend.actualRows());
    }

    @Test
    void aLockedQuarterRefusesSpendLikeValues() {
        int lock = as(MANAGER).body("{\"period\":\"FY2026-27-Q2\",\"measureCodes\":[\"FIN-GRANT-ADMIN\"],\"reason\":\"Q2 DfE return signed off\"}")
                .when().post("/api/v1/period-locks").then().statusCode(201).extract().path("[0].id");
        try {
            long events = spend.events(GrantConditionStatusChanged.TYPE);
            as(FINANCE).body(Q2).when().post("/api/v1/spend/actuals")
                    .then().statusCode(409).contentType("application/problem+json")
                    .body("type", is("https://sendreform.org/problems/period-locked"))
                    .body("errors", hasSize(4))
                    .body("errors[0].field", is("row[1].quarter"))
                    .body("errors[0].message", containsString("Q2 DfE return signed off"));
            assertEquals(0, spend.actualRows());
            assertEquals(events, spend.events(GrantConditionStatusChanged.TYPE), "a refused submission publishes nothing");
            // one locked row among good ones refuses them all
            as(FINANCE).body("{\"actuals\":[{\"quarter\":\"FY2026-27-Q3\",\"category\":\"OTHER\",\"amount\":1},"
                    + "{\"quarter\":\"FY2026-27-Q2\",\"category\":\"OTHER\",\"amount\":1}]}").when().post("/api/v1/spend/actuals")
                    .then().statusCode(409).body("errors[0].field", is("row[2].quarter"));
            assertEquals(0, spend.actualRows());
            as(FINANCE).body(one("FY2026-27-Q3", "OTHER", "1")).when().post("/api/v1/spend/actuals").then().statusCode(201);
        } finally {
            as(ADMIN).body("{\"reason\":\"test over\"}").when().post("/api/v1/period-locks/" + lock + "/unlock").then().statusCode(200);
        }
        as(FINANCE).body(Q2).when().post("/api/v1/spend/actuals").then().statusCode(201);
    }

    @Test
    void conditionsShowTheActualAndPlannedShareAndStatus() {
        as(ANALYST).queryParam("year", "FY2026-27").when().get("/api/v1/spend/conditions")
                .then().statusCode(200)
                .body("conditions", hasSize(3))
                .body("conditions.status", is(java.util.List.of("NO_DATA", "NO_DATA", "NO_DATA")))
                .body("conditions[0].condition", is("DIRECT_DELIVERY"))
                .body("conditions[0].plannedShare", comparesEqualTo(money("80.02")))
                .body("conditions[0].plannedStatus", is("AT_RISK"))
                .body("conditions[1].plannedShare", comparesEqualTo(money("9.99")))
                .body("conditions[0].actualShare", nullValue())
                .body("allocation", comparesEqualTo(money("3000000.00")));
        as(FINANCE).body(Q2).when().post("/api/v1/spend/actuals").then().statusCode(201);
        as(FINANCE).body("""
                {"actuals": [
                  {"quarter": "FY2026-27-Q3", "category": "WORKFORCE", "amount": 500000},
                  {"quarter": "FY2026-27-Q3", "category": "TRANSFORMATION_ADMINISTRATION", "conditionBucket": "EAH_ADMINISTRATION", "amount": 100000}
                ]}""").when().post("/api/v1/spend/actuals").then().statusCode(201)
                .body("conditionChanges.condition", is(java.util.List.of("EAH_ADMINISTRATION", "LA_TRANSFORMATION")))
                .body("conditionChanges.newStatus", is(java.util.List.of("BREACHED", "MET")));
        // to date: direct 1,099,050.75, admin 171,000, LA 69,500.50 of 1,339,551.25
        as(FINANCE).queryParam("year", "FY2026-27").when().get("/api/v1/spend/conditions")
                .then().statusCode(200)
                .body("actualTotal", comparesEqualTo(money("1339551.25")))
                .body("conditions[0].actualShare", comparesEqualTo(money("82.05")))
                .body("conditions[0].status", is("MET"))
                .body("conditions[1].actualShare", comparesEqualTo(money("12.77")))
                .body("conditions[1].status", is("BREACHED"))
                .body("conditions[2].actualShare", comparesEqualTo(money("5.19")))
                .body("conditions[2].status", is("MET"))
                .body("conditions[1].quarters.quarter", is(java.util.List.of("FY2026-27-Q2", "FY2026-27-Q3", "FY2026-27-Q4")))
                .body("conditions[1].quarters[0].share", comparesEqualTo(money("9.60")))
                .body("conditions[1].quarters[0].toDateStatus", is("AT_RISK"))
                .body("conditions[1].quarters[1].share", comparesEqualTo(money("16.67")))
                .body("conditions[1].quarters[1].toDateStatus", is("BREACHED"))
                .body("conditions[1].quarters[2].share", nullValue())
                .body("conditions[1].quarters[2].plannedShare", comparesEqualTo(money("9.99")));
        as(FINANCE).when().get("/api/v1/spend/conditions").then().statusCode(400).body("errors[0].field", is("year"));
        as(FINANCE).queryParam("year", "FY2026-27-Q2").when().get("/api/v1/spend/conditions").then().statusCode(400);
        as(FINANCE).queryParam("year", "FY2031-32").when().get("/api/v1/spend/conditions").then().statusCode(404);
        given().queryParam("year", "FY2026-27").when().get("/api/v1/spend/conditions").then().statusCode(401);
        as(FINANCE).queryParam("year", "FY2026-27").when().get("/api/v1/spend/conditions")
                .then().body("conditions[0].wording", endsWith("direct delivery of Experts at Hand"));
    }
}
