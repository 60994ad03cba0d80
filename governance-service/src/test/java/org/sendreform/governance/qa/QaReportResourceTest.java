package org.sendreform.governance.qa;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sendreform.platform.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
public class QaReportResourceTest {

    public static final String LEAD = TestTokens.user("qa.lead", Map.of("workspace", "qa-data-digital"), "workspace-lead");
    static final String OTHER_LEAD = TestTokens.user("capital.lead", Map.of("workspace", "capital-sufficiency"), "workspace-lead");
    static final String PM = TestTokens.user("programme.manager", "programme-manager");
    static final String RDG = TestTokens.user("rdg.member", "rdg-member");
    static final String BOARD = TestTokens.user("board.member", "board-member");
    static final String PARTNER = TestTokens.partner("demo-la-send", "coventry-la-send");
    static final String TODAY = LocalDate.now(java.time.ZoneId.of("Europe/London")).toString();
    static final String YESTERDAY = LocalDate.parse(TODAY).minusDays(1).toString();

    public static String provider() {
        return "Test setting " + UUID.randomUUID().toString().substring(0, 8);
    }

    public static String body(String provider, String status) {
        return """
                {"kind": "EHCP_QUALITY_AUDIT", "provider": "%s", "auditedOn": "%s", "rating": "REQUIRES_IMPROVEMENT", "sampleSize": 20,
                 "findings": "Outcomes were weakest in health sections.",
                 "concerns": [{"text": "6 of 20 plans had outcomes that were not measurable"}, {"text": "Health advice late in 5 of 20"}],
                 "actionPlan": "Health advice template revised", "status": "%s"}""".formatted(provider, YESTERDAY, status);
    }

    public static ValidatableResponse create(String token, String body) {
        return given().auth().oauth2(token).contentType("application/json").body(body).when().post("/api/v1/qa-reports").then();
    }

    public static ValidatableResponse patch(String token, long id, String ifMatch, String body) {
        var request = given().auth().oauth2(token).contentType("application/merge-patch+json").body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.when().patch("/api/v1/qa-reports/" + id).then();
    }

    public static String etag(long id) {
        return given().auth().oauth2(LEAD).when().get("/api/v1/qa-reports/" + id).then().statusCode(200).extract().header("ETag");
    }

    /** How many reports (drafts included) the provider has. */
    static int count(String provider) {
        return given().auth().oauth2(PM).queryParam("provider", provider).when().get("/api/v1/qa-reports").then().statusCode(200)
                .extract().path("total");
    }

    static long action() {
        long meeting = given().auth().oauth2(RDG).queryParam("body", "qa-data-digital").when().get("/api/v1/meetings").then()
                .statusCode(200).extract().jsonPath().getLong("items[0].id");
        return given().auth().oauth2(PM).contentType("application/json").body("""
                {"text": "Follow up the EHCP audit's health advice concern", "owner": "Designated clinical officer",
                 "dueOn": "2027-09-30", "meeting": %d}""".formatted(meeting)).when().post("/api/v1/actions").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    @Test
    void aReportIsDraftedPublishedFollowedUpAndWithdrawnEachStepAudited() {
        String provider = provider();
        long action = action();
        JsonPath created = create(LEAD, body(provider, "DRAFT")).statusCode(201)
                .header("Location", containsString("/api/v1/qa-reports/")).header("ETag", is("\"0\""))
                .body("status", is("DRAFT")).body("rag", is("AMBER")).body("openConcerns", is(2)).body("concerns[0].resolved", is(false))
                .body("publishedOn", nullValue()).body("createdBy", is("qa.lead")).extract().jsonPath();
        long id = created.getLong("id");

        // a draft is the keepers' alone
        given().auth().oauth2(RDG).when().get("/api/v1/qa-reports/" + id).then().statusCode(404);
        given().auth().oauth2(RDG).queryParam("provider", provider).when().get("/api/v1/qa-reports").then().body("total", is(0));
        given().auth().oauth2(PM).when().get("/api/v1/qa-reports/" + id).then().statusCode(200);
        given().auth().oauth2(LEAD).header("If-None-Match", "\"0\"").when().get("/api/v1/qa-reports/" + id).then().statusCode(304);

        // changed freely as a draft, then published with a linked action
        patch(LEAD, id, "\"0\"", "{\"rating\": \"INADEQUATE\", \"actions\": [" + action + "]}").statusCode(200)
                .header("ETag", is("\"1\"")).body("rating", is("INADEQUATE")).body("actions", is(List.of((int) action)));
        patch(PM, id, "\"1\"", "{\"status\": \"PUBLISHED\"}").statusCode(200).body("status", is("PUBLISHED"))
                .body("publishedOn", is(TODAY)).body("publishedAt", notNullValue());

        // now everyone with a token reads it
        given().auth().oauth2(PARTNER).when().get("/api/v1/qa-reports/" + id).then().statusCode(200).body("provider", is(provider));
        given().auth().oauth2(RDG).queryParam("provider", provider.toUpperCase()).when().get("/api/v1/qa-reports").then()
                .body("total", is(1)).body("items[0].id", is((int) id));

        // follow-up: a concern resolved (wording unchanged) and the actions changed
        String etag = etag(id);
        patch(LEAD, id, etag, """
                {"concerns": [{"text": "6 of 20 plans had outcomes that were not measurable", "resolved": true},
                              {"text": "Health advice late in 5 of 20"}], "actions": []}""").statusCode(200)
                .body("openConcerns", is(1)).body("concerns[0].resolved", is(true)).body("actions", is(List.of()));

        // findings frozen, no return to draft: 409 naming the fields, nothing changes
        etag = etag(id);
        patch(LEAD, id, etag, "{\"rating\": \"GOOD\", \"findings\": \"better\"}").statusCode(409)
                .contentType(containsString("application/problem+json")).body("errors.field", is(List.of("rating", "findings")));
        patch(LEAD, id, etag, "{\"concerns\": [{\"text\": \"reworded\"}]}").statusCode(409).body("errors[0].field", is("concerns"));
        patch(LEAD, id, etag, "{\"status\": \"DRAFT\"}").statusCode(409).body("errors[0].field", is("status"));
        assertEquals(etag, etag(id));

        // withdrawal needs a reason and is final
        patch(LEAD, id, etag, "{\"status\": \"WITHDRAWN\"}").statusCode(422).body("errors[0].field", is("withdrawnReason"));
        patch(LEAD, id, etag, "{\"status\": \"WITHDRAWN\", \"withdrawnReason\": \"Published against the wrong setting\"}")
                .statusCode(200).body("status", is("WITHDRAWN"));
        patch(LEAD, id, etag(id), "{\"actions\": [" + action + "]}").statusCode(409).body("errors[0].field", is("actions"));
        given().auth().oauth2(BOARD).when().get("/api/v1/qa-reports/" + id).then().statusCode(200).body("status", is("WITHDRAWN"));

        given().auth().oauth2(LEAD).when().get("/api/v1/qa-reports/" + id + "/history").then().statusCode(200)
                .body("action", is(List.of("CREATED", "UPDATED", "PUBLISHED", "UPDATED", "WITHDRAWN")))
                .body("actor", hasItem("programme.manager")).body("[2].before.status", is("DRAFT")).body("[2].after.status", is("PUBLISHED"));
        given().auth().oauth2(RDG).when().get("/api/v1/qa-reports/" + id + "/history").then().statusCode(403);
        given().auth().oauth2(OTHER_LEAD).when().get("/api/v1/qa-reports/" + id + "/history").then().statusCode(403);
        given().when().get("/api/v1/qa-reports/" + id + "/history").then().statusCode(401);
        given().auth().oauth2(LEAD).when().get("/api/v1/qa-reports/999999999/history").then().statusCode(404);
    }

    @Test
    void createIsRefusedForWhoeverDoesNotKeepThemAndForBadInputNothingStored() {
        String provider = provider();
        String body = body(provider, "PUBLISHED");
        given().contentType("application/json").body(body).when().post("/api/v1/qa-reports").then().statusCode(401)
                .contentType(containsString("application/problem+json"));
        create(OTHER_LEAD, body).statusCode(403).contentType(containsString("application/problem+json"));
        create(TestTokens.user("lead", "workspace-lead"), body).statusCode(403);
        create(RDG, body).statusCode(403);
        create(BOARD, body).statusCode(403);
        create(PARTNER, body).statusCode(403);
        create(TestTokens.user("icb.analyst", "analytics-reader"), body).statusCode(403);

        // no field for a child, unknown fields refused; wrong types refused
        create(LEAD, body.replace("\"sampleSize\": 20,", "\"sampleSize\": 20, \"childName\": \"A child\",")).statusCode(400)
                .body("errors[0].field", is("childName"));
        create(LEAD, body.replace("\"sampleSize\": 20", "\"sampleSize\": \"twenty\"")).statusCode(400)
                .body("errors[0].field", is("sampleSize"));
        create(LEAD, body.replace("EHCP_QUALITY_AUDIT", "INSPECTION")).statusCode(400).body("errors[0].field", is("kind"));
        create(LEAD, "not json").statusCode(400);

        // rules, each field named
        create(LEAD, body.replace("Health advice late in 5 of 20", "NHS 943 476 5919 had no advice")).statusCode(422)
                .contentType(containsString("application/problem+json")).body("errors[0].field", is("concerns[1].text"))
                .body("detail", not(containsString("943 476 5919")));
        create(LEAD, body.replace("Outcomes were weakest", "Pupil H801200001001 was weakest")).statusCode(422)
                .body("errors[0].field", is("findings"));
        create(LEAD, body.replace("\"rating\": \"REQUIRES_IMPROVEMENT\", ", "")).statusCode(422).body("errors[0].field", is("rating"));
        create(LEAD, body.replace("\"sampleSize\": 20,", "")).statusCode(422).body("errors[0].field", is("sampleSize"));
        create(LEAD, body.replace("\"sampleSize\": 20", "\"sampleSize\": 0")).statusCode(422).body("errors[0].field", is("sampleSize"));
        create(LEAD, body.replace(YESTERDAY, "2099-01-01")).statusCode(422).body("errors[0].field", is("auditedOn"));
        create(LEAD, body.replace("\"provider\": \"" + provider + "\",", "")).statusCode(422).body("errors[0].field", is("provider"));
        create(LEAD, body.replace("\"status\": \"PUBLISHED\"", "\"status\": \"PUBLISHED\", \"actions\": [999999999]")).statusCode(422)
                .body("errors[0].field", is("actions[0]"));
        create(LEAD, body.replace("\"status\": \"PUBLISHED\"", "\"status\": \"WITHDRAWN\", \"withdrawnReason\": \"x\"")).statusCode(422)
                .body("errors[0].field", is("status"));
        create(LEAD, body.replace("{\"text\": \"Health advice late in 5 of 20\"}", "{\"text\": \" \"}")).statusCode(422)
                .body("errors[0].field", is("concerns[1].text"));
        create(LEAD, "").statusCode(422);
        assertEquals(0, count(provider));

        create(PM, body).statusCode(201).body("status", is("PUBLISHED"));
        create(TestTokens.user("admin", "admin"), body).statusCode(201);
        assertEquals(2, count(provider));
    }

    @Test
    void changesAreRefusedWithTheRightAnswerNothingStored() {
        long id = create(LEAD, body(provider(), "DRAFT")).statusCode(201).extract().jsonPath().getLong("id");
        String change = "{\"findings\": \"changed\"}";
        given().contentType("application/merge-patch+json").header("If-Match", "\"0\"").body(change).when()
                .patch("/api/v1/qa-reports/" + id).then().statusCode(401);
        patch(OTHER_LEAD, id, "\"0\"", change).statusCode(403);
        patch(RDG, id, "\"0\"", change).statusCode(403);
        patch(PARTNER, id, "\"0\"", change).statusCode(403);
        patch(LEAD, 999999999L, "\"0\"", change).statusCode(404);
        patch(LEAD, id, null, change).statusCode(428).contentType(containsString("application/problem+json"));
        patch(LEAD, id, "\"7\"", change).statusCode(412);
        patch(LEAD, id, "\"0\"", "{\"childDateOfBirth\": \"2015-01-01\"}").statusCode(400).body("errors[0].field", is("childDateOfBirth"));
        patch(LEAD, id, "\"0\"", "{\"rag\": \"RED\"}").statusCode(400).body("errors[0].field", is("rag"));
        patch(LEAD, id, "\"0\"", "{\"auditedOn\": \"soon\"}").statusCode(400).body("errors[0].field", is("auditedOn"));
        patch(LEAD, id, "\"0\"", "[]").statusCode(422);
        patch(LEAD, id, "\"0\"", "{\"kind\": null}").statusCode(422).body("errors[0].field", is("kind"));
        patch(LEAD, id, "\"0\"", "{\"status\": null}").statusCode(422).body("errors[0].field", is("status"));
        patch(LEAD, id, "\"0\"", "{\"actionPlan\": \"call about 9434765919\"}").statusCode(422).body("errors[0].field", is("actionPlan"));
        patch(LEAD, id, "\"0\"", "{\"findings\": null, \"status\": \"PUBLISHED\"}").statusCode(422).body("errors[0].field", is("findings"));
        patch(LEAD, id, "\"0\"", "{\"withdrawnReason\": \"why not\"}").statusCode(422).body("errors[0].field", is("withdrawnReason"));
        given().auth().oauth2(LEAD).when().get("/api/v1/qa-reports/" + id).then().header("ETag", is("\"0\""))
                .body("findings", is("Outcomes were weakest in health sections.")).body("status", is("DRAFT"));
        given().auth().oauth2(LEAD).when().get("/api/v1/qa-reports/" + id + "/history").then().body("action", is(List.of("CREATED")));
    }

    @Test
    void theSummaryIsTheSingleViewOfPublishedFindingsAndWinsOverAnId() {
        String provider = provider();
        String published = body(provider, "PUBLISHED");
        long first = create(LEAD, published.replace(YESTERDAY, "2026-09-10")).statusCode(201).extract().jsonPath().getLong("id");
        create(LEAD, published.replace("REQUIRES_IMPROVEMENT", "GOOD").replace("EHCP_QUALITY_AUDIT", "PART_TIME_TIMETABLE_AUDIT")
                .replace(provider, "  " + provider.toLowerCase() + " ")).statusCode(201);
        create(LEAD, body(provider, "DRAFT").replace("REQUIRES_IMPROVEMENT", "INADEQUATE")).statusCode(201);

        JsonPath summary = given().auth().oauth2(PARTNER).when().get("/api/v1/qa-reports/summary").then().statusCode(200)
                .extract().jsonPath();
        String line = "providers.find { it.provider.equalsIgnoreCase('" + provider + "') }";
        assertEquals("GOOD", summary.getString(line + ".latestRating"));
        assertEquals("PART_TIME_TIMETABLE_AUDIT", summary.getString(line + ".latestKind"));
        assertEquals(YESTERDAY, summary.getString(line + ".latestAuditedOn"));
        assertEquals(2, summary.getInt(line + ".reports"), "the draft is not counted");
        assertEquals(4, summary.getInt(line + ".openConcerns"));
        assertTrue(summary.getInt("byKind.EHCP_QUALITY_AUDIT.REQUIRES_IMPROVEMENT") >= 1);
        assertNotNull(summary.get("byKind.OTHER.OUTSTANDING"));

        JsonPath september = given().auth().oauth2(RDG).queryParam("from", "2026-09-01").queryParam("to", "2026-09-30").when()
                .get("/api/v1/qa-reports/summary").then().statusCode(200).body("from", is("2026-09-01")).extract().jsonPath();
        assertEquals("REQUIRES_IMPROVEMENT", september.getString(line + ".latestRating"));
        assertEquals(first, september.getLong(line + ".latestReport"));

        given().auth().oauth2(RDG).queryParam("from", "2026-10-01").queryParam("to", "2026-09-01").when()
                .get("/api/v1/qa-reports/summary").then().statusCode(400).body("errors[0].field", is("from"));
        given().auth().oauth2(RDG).queryParam("to", "September").when().get("/api/v1/qa-reports/summary").then().statusCode(400)
                .body("errors[0].field", is("to"));
        given().when().get("/api/v1/qa-reports/summary").then().statusCode(401);
        given().auth().oauth2(RDG).when().get("/api/v1/qa-reports/abc").then().statusCode(404);
    }

    @Test
    void theListFiltersAndPages() {
        String provider = provider().replace(' ', '-');
        create(LEAD, body(provider, "PUBLISHED")).statusCode(201);
        create(LEAD, body(provider, "PUBLISHED").replace("REQUIRES_IMPROVEMENT", "OUTSTANDING").replace(YESTERDAY, "2026-09-01"))
                .statusCode(201);
        create(LEAD, body(provider, "DRAFT").replace("EHCP_QUALITY_AUDIT", "MULTI_AGENCY_AUDIT")).statusCode(201);
        String list = "/api/v1/qa-reports?provider=" + provider;
        given().auth().oauth2(LEAD).when().get(list).then().statusCode(200).body("total", is(3))
                .body("items.auditedOn", is(List.of(YESTERDAY, YESTERDAY, "2026-09-01")));
        given().auth().oauth2(RDG).when().get(list).then().body("total", is(2));
        given().auth().oauth2(RDG).when().get(list + "&status=DRAFT").then().body("total", is(0));
        given().auth().oauth2(LEAD).when().get(list + "&kind=multi_agency_audit").then().body("total", is(1));
        given().auth().oauth2(LEAD).when().get(list + "&rating=OUTSTANDING").then().body("total", is(1))
                .body("items[0].auditedOn", is("2026-09-01"));
        given().auth().oauth2(LEAD).when().get(list + "&from=2026-09-02&to=" + TODAY).then().body("total", is(2));
        given().auth().oauth2(LEAD).when().get(list + "&size=1&page=1").then().body("items.size()", is(1)).body("total", is(3))
                .header("Link", containsString("rel=\"next\"")).header("X-Total-Count", is("3"));
        given().auth().oauth2(LEAD).when().get(list + "&rating=BRONZE").then().statusCode(400).body("errors[0].field", is("rating"));
        given().auth().oauth2(LEAD).when().get(list + "&kind=VISIT").then().statusCode(400).body("errors[0].field", is("kind"));
        given().auth().oauth2(LEAD).when().get(list + "&from=yesterday").then().statusCode(400).body("errors[0].field", is("from"));
        given().auth().oauth2(LEAD).when().get(list + "&size=0").then().statusCode(422).body("errors[0].field", is("size"));
        given().when().get(list).then().statusCode(401);
    }

    @Test
    void everyOperationIsDocumentedWithItsIdSummaryExamplesAndErrors() {
        JsonPath api = given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = api.getMap("paths");
        List<String> qa = paths.keySet().stream().filter(p -> p.startsWith("/api/v1/qa-reports")).sorted().toList();
        assertEquals(List.of("/api/v1/qa-reports", "/api/v1/qa-reports/summary", "/api/v1/qa-reports/{id}",
                "/api/v1/qa-reports/{id}/history"), qa);
        int operations = 0;
        for (String path : qa) {
            for (Map.Entry<String, Map<String, Object>> op : paths.get(path).entrySet()) {
                if (op.getKey().equals("parameters")) {
                    continue;
                }
                operations++;
                String where = op.getKey() + " " + path;
                assertNotNull(op.getValue().get("operationId"), where);
                assertNotNull(op.getValue().get("summary"), where);
                @SuppressWarnings("unchecked")
                Map<String, Object> responses = (Map<String, Object>) op.getValue().get("responses");
                assertTrue(responses.containsKey("401"), where + " documents 401");
                if (op.getKey().equals("post") || op.getKey().equals("patch")) {
                    assertTrue(op.getValue().get("requestBody").toString().contains("examples"), where + " has an example body");
                    for (String status : List.of("400", "403", "422")) {
                        assertTrue(responses.containsKey(status), where + " documents " + status);
                    }
                }
                if (op.getKey().equals("patch")) {
                    for (String status : List.of("404", "409", "412", "428")) {
                        assertTrue(responses.containsKey(status), where + " documents " + status);
                    }
                }
            }
        }
        assertEquals(6, operations);
    }
}
