package org.sendreform.metrics.measure;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.sendreform.platform.testing.TestTokens;
import org.sendreform.platform.testing.Topics;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import io.vertx.core.json.JsonObject;

/** The catalogue's write side: define, change (with and without a new definition version), and what values cite. */
@QuarkusTest
class CatalogueTest {

    static final String PM = TestTokens.user("programme.manager", "programme-manager");
    static final String ADMIN = TestTokens.user("admin", "admin");
    static final String ANALYST = TestTokens.user("icb.analyst", "analytics-reader");
    static final String PARTNER = TestTokens.partner("demo-la-send", "test-catalogue-la");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    static String newCode() {
        return "T-CAT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** A valid percentage measure owned by test-catalogue-la, with breakdowns all and ehcp. */
    static JsonObject percent(String code) {
        return new JsonObject("""
                {"name": "Test share issued on time", "description": "A test measure",
                 "definition": "Of the plans issued in the year, the share issued within 20 weeks",
                 "numeratorDefinition": "Plans issued within 20 weeks", "denominatorDefinition": "All plans issued",
                 "unit": "PERCENT", "direction": "HIGHER_IS_BETTER", "kind": "OUTCOME", "periodType": "FINANCIAL_YEAR",
                 "theme": "BB2", "dataOwners": ["test-catalogue-la"], "disaggregations": ["all", "ehcp"],
                 "baseline": {"value": 37, "period": "FY2025-26", "note": "from the plan"},
                 "targetText": "at least 75% by 2029",
                 "targets": [{"period": "FY2028-29", "relation": "AT_LEAST", "value": 75, "note": "by 2029"},
                             {"period": "FY2027-28", "relation": "AT_LEAST", "value": 60}],
                 "source": "test source", "tolerance": 2.5, "submissionDueDays": 45}""").put("code", code);
    }

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType("application/json");
    }

    static ValidatableResponse define(JsonObject body) {
        return as(PM).body(body.encode()).when().post("/api/v1/measures").then();
    }

    static String etag(String code) {
        return given().auth().oauth2(ANALYST).when().get("/api/v1/measures/" + code).then().statusCode(200).extract().header("ETag");
    }

    static ValidatableResponse patch(String token, String code, String etag, String body) {
        RequestSpecification r = given().auth().oauth2(token).contentType("application/merge-patch+json").body(body);
        if (etag != null) {
            r.header("If-Match", etag);
        }
        return r.when().patch("/api/v1/measures/" + code).then();
    }

    /** The measure still has the name it was defined with. */
    static void unchanged(String code) {
        given().auth().oauth2(ANALYST).when().get("/api/v1/measures/" + code).then().statusCode(200)
                .body("name", is("Test share issued on time"));
    }

    static void submit(String code, String period, String disaggregation, String value) {
        as(PARTNER).body("{\"values\": [{\"measureCode\": \"" + code + "\", \"period\": \"" + period + "\", \"disaggregation\": \""
                + disaggregation + "\", \"value\": " + value + "}]}")
                .when().post("/api/v1/submissions").then().statusCode(201);
    }

    List<Topics.Event> events(String code, int atLeast) {
        return Topics.read(bootstrap, "metrics.events.v1", e -> code.equals(e.key())
                && (e.type().equals(MeasureDefined.TYPE) || e.type().equals(MeasureChanged.TYPE)), atLeast);
    }

    @Test
    void definesAMeasureWithItsFirstDefinitionAndAnnouncesIt() {
        String code = newCode();
        define(percent(code)).statusCode(201)
                .header("Location", endsWith("/api/v1/measures/" + code))
                .header("ETag", containsString("\""))
                .body("code", is(code)).body("definitionVersion", is(1))
                .body("definition", containsString("within 20 weeks"))
                .body("numeratorDefinition", is("Plans issued within 20 weeks"))
                .body("tolerance", is(2.5f)).body("submissionDueDays", is(45))
                .body("disaggregations", contains("all", "ehcp"))
                .body("targets.period", contains("FY2027-28", "FY2028-29"));
        given().auth().oauth2(ANALYST).when().get("/api/v1/measures/" + code).then().statusCode(200)
                .body("baseline.value", is(37)).body("targets", hasSize(2)).body("kind", is("OUTCOME"));
        given().auth().oauth2(ANALYST).when().get("/api/v1/measures/" + code + "/definitions").then().statusCode(200)
                .body("$", hasSize(1)).body("[0].version", is(1)).body("[0].definedBy", is("programme.manager"))
                .body("[0].unit", is("PERCENT")).body("[0].changedFields", empty());
        List<Topics.Event> events = events(code, 1);
        assertEquals(1, events.size(), () -> "one measure-defined, nothing else: " + events);
        assertEquals(MeasureDefined.TYPE, events.get(0).type());
        JsonObject data = new JsonObject(events.get(0).data());
        assertEquals(code, data.getJsonObject("measure").getString("code"));
        assertEquals(1, data.getJsonObject("measure").getInteger("definitionVersion"));
        assertEquals("programme.manager", data.getString("definedBy"));
    }

    @Test
    void seededMeasuresHaveTheirFirstDefinition() {
        given().auth().oauth2(ANALYST).when().get("/api/v1/measures/EHCP-20WK/definitions").then().statusCode(200)
                .body("$", hasSize(1)).body("[0].version", is(1)).body("[0].definedBy", is("catalogue"))
                .body("[0].periodType", is("FINANCIAL_YEAR"));
        given().auth().oauth2(ANALYST).when().get("/api/v1/measures/EHCP-20WK").then().statusCode(200)
                .body("definitionVersion", is(1));
    }

    @Test
    void reportsEveryProblemAtOnceAndStoresNothing() {
        String code = newCode();
        JsonObject bad = percent(code)
                .put("unit", "PERCENTAGE").put("direction", "UP").put("kind", "GUESS").put("periodType", "FORTNIGHT")
                .put("dataOwners", List.of()).put("disaggregations", List.of("ehcp", "ehcp")).put("tolerance", -1)
                .put("targets", new io.vertx.core.json.JsonArray("""
                        [{"period": "FY2028", "relation": "AT_LEAST", "value": 75},
                         {"period": "FY2028-29", "relation": "ABOUT", "value": 75},
                         {"period": "FY2028-29", "relation": "AT_LEAST"}]"""));
        define(bad).statusCode(422).contentType(containsString("application/problem+json"))
                .body("errors.field", hasItems("unit", "direction", "kind", "periodType", "dataOwners", "disaggregations",
                        "disaggregations[1]", "tolerance", "targets[0].period", "targets[1].relation", "targets[2].period",
                        "targets[2].value"));
        given().auth().oauth2(ANALYST).when().get("/api/v1/measures/" + code).then().statusCode(404);
    }

    @Test
    void refusesPeriodsOfAnotherTypeAndPercentagesOutOfRange() {
        define(percent(newCode()).put("baseline", new JsonObject().put("value", 120).put("period", "AY2025-26"))
                .put("targets", new io.vertx.core.json.JsonArray().add(new JsonObject().put("period", "FY2028-29-Q1")
                        .put("relation", "AT_LEAST").put("value", 101))))
                .statusCode(422)
                .body("errors.field", hasItems("baseline.value", "baseline.period", "targets[0].period", "targets[0].value"));
    }

    @Test
    void aRateNamesItsNumeratorAndDenominatorAndTheCodeHasItsPattern() {
        define(percent("lower-case").put("unit", "RATE").putNull("numeratorDefinition").putNull("denominatorDefinition")
                .putNull("definition").putNull("name"))
                .statusCode(422)
                .body("errors.field", hasItems("code", "numeratorDefinition", "denominatorDefinition", "definition", "name"));
        define(percent(newCode()).put("unit", "COUNT").put("baseline", new JsonObject().put("value", 3))
                .put("targets", new io.vertx.core.json.JsonArray()))
                .statusCode(422).body("errors.field", contains("numeratorDefinition", "denominatorDefinition"));
    }

    @Test
    void malformedBodiesAre400() {
        as(PM).body("{\"code\": ").when().post("/api/v1/measures").then().statusCode(400);
        define(percent(newCode()).put("colour", "blue")).statusCode(400).body("errors[0].field", is("colour"));
        define(percent(newCode()).put("tolerance", "lots")).statusCode(400).body("errors[0].field", is("tolerance"));
    }

    @Test
    void aDuplicateCodeIs409() {
        String code = newCode();
        define(percent(code)).statusCode(201);
        define(percent(code).put("name", "Another")).statusCode(409).contentType(containsString("application/problem+json"));
        unchanged(code);
    }

    @Test
    void partnersAndAnalystsNeitherDefineNorChange() {
        String code = newCode();
        define(percent(code)).statusCode(201);
        String etag = etag(code);
        for (String token : List.of(PARTNER, ANALYST)) {
            as(token).body(percent(newCode()).encode()).when().post("/api/v1/measures").then().statusCode(403);
            patch(token, code, etag, "{\"name\": \"x\"}").statusCode(403);
        }
        given().contentType("application/json").body(percent(newCode()).encode()).when().post("/api/v1/measures").then().statusCode(401);
        given().contentType("application/merge-patch+json").body("{}").when().patch("/api/v1/measures/" + code).then().statusCode(401);
        unchanged(code);
    }

    @Test
    void aChangeNeedsTheCurrentETag() {
        String code = newCode();
        define(percent(code)).statusCode(201);
        String etag = etag(code);
        patch(PM, code, null, "{\"name\": \"Renamed\"}").statusCode(428);
        patch(PM, code, "\"999\"", "{\"name\": \"Renamed\"}").statusCode(412);
        patch(PM, "T-NO-SUCH-MEASURE", etag, "{\"name\": \"Renamed\"}").statusCode(404);
        String next = patch(ADMIN, code, etag, "{\"name\": \"Renamed\"}").statusCode(200).body("name", is("Renamed"))
                .extract().header("ETag");
        assertEquals(false, next.equals(etag));
        patch(PM, code, etag, "{\"name\": \"Again\"}").statusCode(412);
    }

    @Test
    void targetsAndOwnersKeepTheDefinitionVersionADefinitionChangeMakesANewOne() {
        String code = newCode();
        define(percent(code)).statusCode(201);
        String etag = patch(PM, code, etag(code), """
                {"targets": [{"period": "FY2028-29", "relation": "AT_LEAST", "value": 80}], "dataOwners": ["test-catalogue-la", "other-org"],
                 "tolerance": 1, "disaggregations": ["all", "ehcp", "sen-support"]}""")
                .statusCode(200).body("definitionVersion", is(1)).body("targets", hasSize(1)).body("targets[0].value", is(80))
                .body("dataOwners", hasItem("other-org")).extract().header("ETag");
        patch(PM, code, etag, "{\"definition\": \"Issued within 20 weeks of the request\"}")
                .statusCode(422).body("errors.field", contains("reason"));
        patch(PM, code, etag, "{\"definition\": \"Issued within 20 weeks of the request\", \"reason\": \"DfE guidance changed\"}")
                .statusCode(200).body("definitionVersion", is(2)).body("definition", is("Issued within 20 weeks of the request"));
        given().auth().oauth2(ANALYST).when().get("/api/v1/measures/" + code + "/definitions").then().statusCode(200)
                .body("version", contains(1, 2)).body("[1].reason", is("DfE guidance changed"))
                .body("[1].changedFields", contains("definition")).body("[1].definedBy", is("programme.manager"))
                .body("[0].definition", is("Of the plans issued in the year, the share issued within 20 weeks"));
        List<Topics.Event> events = events(code, 3);
        assertEquals(List.of(MeasureDefined.TYPE, MeasureChanged.TYPE, MeasureChanged.TYPE), events.stream().map(Topics.Event::type).toList(),
                () -> "one event per create and per change: " + events);
        JsonObject first = new JsonObject(events.get(1).data());
        assertEquals(false, first.getBoolean("definitionChanged"));
        assertEquals(1, first.getInteger("definitionVersion"));
        assertEquals(List.of("dataOwners", "disaggregations", "targets", "tolerance"), first.getJsonArray("changedFields").getList());
        JsonObject second = new JsonObject(events.get(2).data());
        assertEquals(true, second.getBoolean("definitionChanged"));
        assertEquals(2, second.getInteger("definitionVersion"));
        assertEquals("DfE guidance changed", second.getString("reason"));
        assertEquals(2, second.getJsonObject("measure").getInteger("definitionVersion"));
    }

    @Test
    void aPatchThatChangesNothingKeepsTheVersionAndAnnouncesNothing() {
        String code = newCode();
        define(percent(code)).statusCode(201);
        String etag = etag(code);
        patch(PM, code, etag, "{\"name\": \"Test share issued on time\"}").statusCode(200).header("ETag", is(etag));
        patch(PM, code, etag, "{\"code\": \"T-OTHER\"}").statusCode(422).body("errors.field", contains("code"));
        patch(PM, code, etag, "{\"unit\": \"LITRES\", \"targets\": [{\"period\": \"FY2028-29\", \"relation\": \"AT_LEAST\", \"value\": 120}]}")
                .statusCode(422).body("errors.field", hasItem("unit"));
        patch(PM, code, etag, "{\"colour\": \"blue\"}").statusCode(400);
        assertEquals(1, events(code, 2).size(), "only measure-defined");
    }

    @Test
    void eachValueCitesTheDefinitionItWasSubmittedUnder() {
        String code = newCode();
        define(percent(code)).statusCode(201);
        submit(code, "FY2025-26", "all", "40");
        patch(PM, code, etag(code), "{\"numeratorDefinition\": \"Plans issued within 20 weeks, exceptions excluded\", "
                + "\"reason\": \"exceptions excluded from now on\"}").statusCode(200).body("definitionVersion", is(2));
        submit(code, "FY2025-26", "all", "40"); // the same figure restated under the new definition: it now cites it
        submit(code, "FY2025-26", "all", "42");
        submit(code, "FY2025-26", "all", "42"); // the same figure under the same definition: unchanged
        submit(code, "FY2026-27", "all", "50");
        given().auth().oauth2(ANALYST).when().get("/api/v1/measures/" + code + "/values/FY2025-26/history").then().statusCode(200)
                .body("change", contains("CREATED", "UPDATED", "UPDATED")).body("definitionVersion", contains(1, 2, 2))
                .body("value", contains(40, 40, 42));
        given().auth().oauth2(ANALYST).when().get("/api/v1/measures/" + code + "/values/FY2026-27/history").then().statusCode(200)
                .body("definitionVersion", contains(2));
    }

    @Test
    void aChangeThatWouldOrphanStoredValuesIs409() {
        String code = newCode();
        define(percent(code)).statusCode(201);
        submit(code, "FY2025-26", "ehcp", "30");
        String etag = etag(code);
        patch(PM, code, etag, """
                {"periodType": "ACADEMIC_YEAR", "baseline": {"period": "AY2025-26"}, "targets": [], "reason": "academic years"}""")
                .statusCode(409).contentType(containsString("application/problem+json"))
                .body("type", endsWith("/conflict")).body("errors.field", contains("periodType"));
        patch(PM, code, etag, "{\"disaggregations\": [\"all\"], \"reason\": \"no breakdown\"}")
                .statusCode(409).body("errors.field", contains("disaggregations")).body("detail", containsString("'ehcp'"));
        patch(PM, code, etag, "{\"unit\": \"COUNT\", \"numeratorDefinition\": null, \"denominatorDefinition\": null, "
                + "\"baseline\": null, \"targets\": [], \"reason\": \"counted\"}")
                .statusCode(409).body("errors.field", contains("unit"));
        given().auth().oauth2(ANALYST).when().get("/api/v1/measures/" + code).then().statusCode(200)
                .header("ETag", is(etag)).body("periodType", is("FINANCIAL_YEAR")).body("definitionVersion", is(1));
    }

    @Test
    void withoutStoredValuesThePeriodTypeAndBreakdownsMayChange() {
        String code = newCode();
        define(percent(code)).statusCode(201);
        patch(PM, code, etag(code), """
                {"periodType": "ACADEMIC_YEAR", "baseline": {"period": "AY2025-26"}, "disaggregations": ["all"],
                 "targets": [{"period": "AY2028-29", "relation": "AT_LEAST", "value": 75}], "reason": "reported by academic year"}""")
                .statusCode(200).body("definitionVersion", is(2)).body("baseline.value", is(37)).body("baseline.note", is("from the plan"));
        given().auth().oauth2(ANALYST).when().get("/api/v1/measures/" + code + "/definitions").then()
                .body("[1].changedFields", contains("periodType", "disaggregations")).body("[1].disaggregations", contains("all"));
    }

    @Test
    void definitionsOfAnUnknownMeasureAre404() {
        given().auth().oauth2(ANALYST).when().get("/api/v1/measures/T-NOPE/definitions").then().statusCode(404)
                .body("status", is(404)).body("detail", not(nullValue()));
    }
}
