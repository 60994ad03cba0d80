package org.sendreform.risk.dependency;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.sendreform.platform.testing.TestTokens;
import org.sendreform.platform.testing.Topics;
import org.sendreform.risk.TestRisks;
import org.sendreform.risk.event.EventSchemas;
import org.sendreform.risk.register.Category;
import org.sendreform.risk.register.Risk;
import org.sendreform.risk.register.RiskStatus;
import org.sendreform.risk.scoring.Rag;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.vertx.core.json.JsonObject;

@QuarkusTest
class DependencyResourceTest {

    static final String PM = TestTokens.user("programme.manager", "programme-manager");
    static final String RDG = TestTokens.user("rdg.member", "rdg-member");
    static final String ANALYST = TestTokens.user("icb.analyst", "analytics-reader");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    /** A dependency of its own (as the seed has them), with one fresh risk linked to it; returns {dependency, risk}. */
    static String[] fresh() {
        String code = "T-D-" + UUID.randomUUID().toString().substring(0, 8);
        String risk = TestRisks.fresh(Category.WORKFORCE, "commissioning-workforce", RiskStatus.OPEN, Rag.AMBER);
        QuarkusTransaction.requiringNew().run(() -> {
            Risk.getEntityManager().createNativeQuery("insert into dependency (code, title, description) values (?1, ?2, ?3)")
                    .setParameter(1, code).setParameter(2, "Test dependency").setParameter(3, "as the plan words it").executeUpdate();
            Risk.getEntityManager().createNativeQuery("insert into risk_link (risk_id, kind, target_code) "
                    + "select id, 'DEPENDENCY', ?1 from risk where code = ?2").setParameter(1, code).setParameter(2, risk).executeUpdate();
        });
        return new String[] { code, risk };
    }

    static ValidatableResponse patch(String token, String code, String ifMatch, String body) {
        var request = given().contentType("application/merge-patch+json").body(body);
        if (token != null) {
            request.auth().oauth2(token);
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.when().patch("/api/v1/dependencies/" + code).then();
    }

    @Test
    void thePlansSixDependenciesWithTheirRisks() {
        given().auth().oauth2(ANALYST).when().get("/api/v1/dependencies").then().statusCode(200)
                .header("Link", containsString("rel=\"first\""))
                .body("items.code", hasItems("D-01", "D-02", "D-03", "D-04", "D-05", "D-06"))
                .body("items[0].code", is("D-01")).body("items[0].title", containsString("Co-production"))
                .body("items[0].status", is("NOT_ASSESSED")).body("items[0].statusNote", nullValue())
                .body("items.find { it.code == 'D-03' }.risks.code", hasItems("R-01", "R-06", "R-07"));
        given().auth().oauth2(ANALYST).when().get("/api/v1/dependencies/D-05").then().statusCode(200).header("ETag", is("\"0\""))
                .body("code", is("D-05")).body("description", containsString("capital projects"))
                .body("risks.code", hasItem("R-05")).body("risks.find { it.code == 'R-05' }.assessedRag", is("AMBER"))
                .body("risks.find { it.code == 'R-05' }.residualRag", is("AMBER_GREEN"))
                .body("risks.find { it.code == 'R-05' }.aboveAppetite", is(false));
        given().auth().oauth2(ANALYST).header("If-None-Match", "\"0\"").when().get("/api/v1/dependencies/D-05").then().statusCode(304);
        given().auth().oauth2(ANALYST).when().get("/api/v1/dependencies/D-99").then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(ANALYST).when().get("/api/v1/dependencies/D-99/history").then().statusCode(404);
        given().auth().oauth2(ANALYST).queryParam("status", "stuck").when().get("/api/v1/dependencies").then().statusCode(400)
                .body("errors[0].field", is("status"));
        given().when().get("/api/v1/dependencies").then().statusCode(401).contentType("application/problem+json");
        given().when().get("/api/v1/dependencies/D-05").then().statusCode(401);
    }

    @Test
    void aStatusChangeIsAuditedAndPublished() {
        String[] fresh = fresh();
        String code = fresh[0];
        patch(PM, code, "\"0\"", "{\"status\": \"AT_RISK\", \"statusNote\": \"Two builds are a term late\", \"owner\": \"Capital and Sufficiency Workspace\"}")
                .statusCode(200).header("ETag", is("\"1\"")).body("status", is("AT_RISK")).body("statusNote", is("Two builds are a term late"))
                .body("owner", is("Capital and Sufficiency Workspace")).body("risks.code", is(List.of(fresh[1])))
                .body("risks[0].assessedRag", is("AMBER")).body("version", is(1));
        given().auth().oauth2(ANALYST).when().get("/api/v1/dependencies/" + code + "/history").then().statusCode(200)
                .body("action", is(List.of("UPDATED"))).body("[0].actor", is("programme.manager"))
                .body("[0].before.status", is("NOT_ASSESSED")).body("[0].after.status", is("AT_RISK"));
        List<Topics.Event> events = Topics.read(bootstrap, "risks.events.v1", e -> code.equals(e.key()), 1);
        assertEquals(List.of(DependencyChanged.TYPE), events.stream().map(Topics.Event::type).toList());
        JsonObject data = new JsonObject(events.get(0).data());
        assertEquals("AT_RISK", data.getString("status"));
        assertEquals("NOT_ASSESSED", data.getString("previousStatus"));
        assertEquals(List.of(fresh[1]), data.getJsonArray("risks").getList());
        assertEquals("programme.manager", data.getString("changedBy"));
        assertEquals(code, events.get(0).subject());
        assertEquals(List.of(), EventSchemas.problems("dependency-changed.v1.schema.json", events.get(0).data()), "the real event fits its schema");

        // a new status without a note drops the old note; an unchanged patch keeps the version
        patch(RDG, code, "\"1\"", "{\"status\": \"ON_TRACK\"}").statusCode(200).header("ETag", is("\"2\""))
                .body("status", is("ON_TRACK")).body("statusNote", nullValue()).body("owner", is("Capital and Sufficiency Workspace"));
        patch(RDG, code, "\"2\"", "{\"status\": \"ON_TRACK\"}").statusCode(200).header("ETag", is("\"2\""));
        patch(TestTokens.user("admin", "admin"), code, "\"2\"", "{\"status\": \"BLOCKED\", \"statusNote\": \"ICB decision awaited\", \"owner\": null}")
                .statusCode(200).body("status", is("BLOCKED")).body("owner", nullValue());
        patch(PM, code, "\"3\"", "{\"statusNote\": \"ICB decision due at the December Board\"}").statusCode(200)
                .body("status", is("BLOCKED")).body("statusNote", containsString("December"));
        patch(PM, code, "\"4\"", "{\"status\": \"RESOLVED\"}").statusCode(200).body("statusNote", nullValue());
        given().auth().oauth2(ANALYST).when().get("/api/v1/dependencies/" + code + "/history").then().body("size()", is(5));
        assertEquals(5, TestRisks.outbox(code).size());
    }

    @Test
    void whoMayChangeADependency() {
        String code = fresh()[0];
        String body = "{\"status\": \"ON_TRACK\"}";
        patch(null, code, "\"0\"", body).statusCode(401).contentType("application/problem+json");
        patch(ANALYST, code, "\"0\"", body).statusCode(403).contentType("application/problem+json");
        patch(TestTokens.partner("la-case-system", "coventry-city-council"), code, "\"0\"", body).statusCode(403);
        patch(TestTokens.user("lead", Map.of("workspace", "commissioning-workforce"), "workspace-lead"), code, "\"0\"", body).statusCode(403);
        patch(TestTokens.user("board.member", "board-member"), code, "\"0\"", body).statusCode(403);
        unchanged(code);
    }

    @Test
    void refusalsNameTheFieldAndStoreNothing() {
        String code = fresh()[0];
        patch(PM, "D-99", "\"0\"", "{\"status\": \"ON_TRACK\"}").statusCode(404).contentType("application/problem+json");
        patch(PM, code, null, "{\"status\": \"ON_TRACK\"}").statusCode(428).contentType("application/problem+json");
        patch(PM, code, "\"5\"", "{\"status\": \"ON_TRACK\"}").statusCode(412).contentType("application/problem+json");
        patch(PM, code, "\"0\"", "{\"status\": \"AT_RISK\"}").statusCode(422).contentType("application/problem+json")
                .body("errors.field", is(List.of("statusNote"))).body("detail", containsString("AT_RISK"));
        patch(PM, code, "\"0\"", "{\"status\": \"BLOCKED\", \"statusNote\": \" \"}").statusCode(422).body("errors.field", is(List.of("statusNote")));
        patch(PM, code, "\"0\"", "{\"status\": \"NOT_ASSESSED\"}").statusCode(200).header("ETag", is("\"0\"")); // as it is: nothing changes
        patch(PM, code, "\"0\"", "{\"status\": \"STUCK\"}").statusCode(422).body("errors[0].field", is("status"));
        patch(PM, code, "\"0\"", "{\"status\": null}").statusCode(422).body("errors[0].field", is("status"));
        patch(PM, code, "\"0\"", "{\"statusNote\": \"" + "x".repeat(2001) + "\"}").statusCode(422).body("errors[0].field", is("statusNote"));
        patch(PM, code, "\"0\"", "{\"title\": \"t\", \"description\": \"d\", \"risks\": [], \"version\": 3, \"status\": \"ON_TRACK\"}")
                .statusCode(422).body("errors.field", hasItems("title", "description", "risks", "version"));
        patch(PM, code, "\"0\"", "{\"colour\": \"red\"}").statusCode(400).body("errors[0].field", is("colour"));
        patch(PM, code, "\"0\"", "[]").statusCode(422).body("errors[0].field", is("body"));
        unchanged(code);

        // once assessed, NOT_ASSESSED is not a status to go back to
        patch(PM, code, "\"0\"", "{\"status\": \"ON_TRACK\"}").statusCode(200);
        patch(PM, code, "\"1\"", "{\"status\": \"NOT_ASSESSED\"}").statusCode(422).body("errors[0].field", is("status"));
        given().auth().oauth2(ANALYST).when().get("/api/v1/dependencies/" + code).then().header("ETag", is("\"1\"")).body("status", is("ON_TRACK"));
    }

    void unchanged(String code) {
        given().auth().oauth2(ANALYST).when().get("/api/v1/dependencies/" + code).then().statusCode(200).header("ETag", is("\"0\""))
                .body("status", is("NOT_ASSESSED")).body("statusNote", nullValue()).body("owner", nullValue());
        given().auth().oauth2(ANALYST).when().get("/api/v1/dependencies/" + code + "/history").then().statusCode(200).body("size()", is(0));
        assertEquals(List.of(), TestRisks.outbox(code));
    }
}
