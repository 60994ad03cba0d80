package org.sendreform.governance.quarterlyreturn;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.sendreform.platform.testing.TestTokens;
import org.sendreform.platform.testing.Topics;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.vertx.core.json.JsonObject;

@QuarkusTest
public class ReturnTest {

    public static final String PM = TestTokens.user("programme.manager", "programme-manager");
    public static final String COUNCIL = TestTokens.user("council.signatory", Map.of("org", "coventry-city-council"), "return-signatory");
    static final String ICB = TestTokens.user("board.member", Map.of("org", "coventry-icb"), "board-member", "return-signatory");
    static final String PCF = TestTokens.user("pcf.rep", Map.of("org", "coventry-pcf"), "return-signatory");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    public static ValidatableResponse create(String token, String quarter) {
        var request = given().contentType("application/json").body("{\"quarter\":\"" + quarter + "\"}");
        if (token != null) {
            request.auth().oauth2(token);
        }
        return request.when().post("/api/v1/returns").then();
    }

    public static String etag(long id) {
        return given().auth().oauth2(PM).when().get("/api/v1/returns/" + id).then().statusCode(200).extract().header("ETag");
    }

    public static ValidatableResponse sign(String token, long id, String ifMatch) {
        var request = given().auth().oauth2(token);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.when().post("/api/v1/returns/" + id + "/signatures").then();
    }

    @Test
    void draftedOncePerQuarterThatHasBegunByTheProgrammeManager() {
        create(null, "FY2025-26-Q3").statusCode(401);
        create(TestTokens.user("rdg.member", "rdg-member"), "FY2025-26-Q3").statusCode(403);
        create(COUNCIL, "FY2025-26-Q3").statusCode(403);
        create(PM, "FY2099-00-Q1").statusCode(422).body("errors[0].field", is("quarter")).body("detail", containsString("not begun"));
        create(PM, "AY2025-26").statusCode(422).body("errors[0].field", is("quarter"));
        create(PM, "Q3").statusCode(422).body("errors[0].field", is("quarter"));
        given().auth().oauth2(PM).contentType("application/json").body("{}").when().post("/api/v1/returns").then().statusCode(422);
        create(PM, "FY2025-26-Q3").statusCode(201).body("status", is("DRAFT")).body("quarter", is("FY2025-26-Q3"))
                .body("awaiting", is(List.of("COUNCIL", "ICB", "PCF"))).body("content.quarterStart", is("2025-10-01"))
                .body("content.quarterEnd", is("2025-12-31")).body("createdBy", is("programme.manager"));
        create(PM, "FY2025-26-Q3").statusCode(409);
        given().auth().oauth2(PM).when().get("/api/v1/returns/999999999").then().statusCode(404);
    }

    @Test
    void signedByEachPartnerOnceThenFrozenAndAnnounced() {
        long id = ((Number) create(PM, "FY2026-27-Q1").statusCode(201).extract().path("id")).longValue();
        given().auth().oauth2(PM).when().post("/api/v1/returns/" + id + "/refresh").then().statusCode(428);
        given().auth().oauth2(PM).header("If-Match", etag(id)).when().post("/api/v1/returns/" + id + "/refresh").then().statusCode(200);

        sign(TestTokens.user("pcf.rep", Map.of("org", "coventry-pcf")), id, etag(id)).statusCode(403); // no signatory role
        sign(TestTokens.user("x", Map.of("org", "cwpt-therapies"), "return-signatory"), id, etag(id)).statusCode(403)
                .body("detail", containsString("signing partners"));
        sign(COUNCIL, id, null).statusCode(428);
        sign(COUNCIL, id, "\"99\"").statusCode(412);
        sign(COUNCIL, 999999999L, "\"0\"").statusCode(404);
        sign(COUNCIL, id, etag(id)).statusCode(201).body("awaiting", is(List.of("ICB", "PCF")))
                .body("signatures[0].party", is("COUNCIL")).body("signatures[0].signedBy", is("council.signatory"));
        sign(COUNCIL, id, etag(id)).statusCode(409);
        given().auth().oauth2(PM).header("If-Match", etag(id)).when().post("/api/v1/returns/" + id + "/refresh").then().statusCode(409);
        sign(ICB, id, etag(id)).statusCode(201).body("status", is("DRAFT"));
        sign(PCF, id, etag(id)).statusCode(201).body("status", is("SIGNED_OFF")).body("awaiting", is(List.of()));
        sign(PCF, id, etag(id)).statusCode(409).body("detail", containsString("frozen"));

        List<Topics.Event> events = Topics.read(bootstrap, "governance.events.v1",
                e -> String.valueOf(id).equals(e.key()) && ReturnSignedOff.TYPE.equals(e.type()), 1);
        assertEquals(1, events.size());
        JsonObject data = new JsonObject(events.get(0).data());
        assertEquals("FY2026-27-Q1", data.getString("quarter"));
        assertEquals("2026-04-01", data.getString("quarterStart"));
        assertTrue(data.getJsonArray("signedBy").contains("PCF: pcf.rep"));
        given().auth().oauth2(PM).when().get("/api/v1/returns").then().statusCode(200).body("find { it.id == " + id + " }.status", is("SIGNED_OFF"));
    }

    @Test
    void signOffRules() {
        Map<Party, String> orgs = Map.of(Party.COUNCIL, "coventry-city-council", Party.ICB, "coventry-icb", Party.PCF, "coventry-pcf");
        assertEquals(Party.ICB, SignOff.partyOf("coventry-icb", orgs).orElseThrow());
        assertTrue(SignOff.partyOf("coventry-la-send", orgs).isEmpty());
        assertTrue(SignOff.partyOf(null, orgs).isEmpty());
        assertEquals(false, SignOff.complete(Set.of(Party.COUNCIL, Party.ICB)));
        assertEquals(true, SignOff.complete(Set.of(Party.COUNCIL, Party.ICB, Party.PCF)));
    }
}
