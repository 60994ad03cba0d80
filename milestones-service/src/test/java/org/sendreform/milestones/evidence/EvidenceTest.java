package org.sendreform.milestones.evidence;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sendreform.milestones.TestMilestones;
import org.sendreform.milestones.milestone.MilestoneStatus;
import org.sendreform.platform.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class EvidenceTest {

    static final String LEAD = TestTokens.user("workspace.lead", Map.of("workspace", "test-ws"), "workspace-lead");
    static final String MANAGER = TestTokens.user("programme.manager", "programme-manager");

    static ValidatableResponse add(String token, String code, String body) {
        var request = given().contentType("application/json").body(body);
        if (token != null) {
            request.auth().oauth2(token);
        }
        return request.when().post("/api/v1/milestones/" + code + "/evidence").then();
    }

    static List<Object> evidence(String code) {
        return given().auth().oauth2(MANAGER).when().get("/api/v1/milestones/" + code + "/evidence").then().statusCode(200)
                .extract().jsonPath().getList("$");
    }

    @Test
    void theWorkspaceLeadAddsAndRemovesEvidenceAndTheHistoryKeepsIt() {
        String code = TestMilestones.fresh(MilestoneStatus.IN_PROGRESS);
        int id = add(LEAD, code, "{\"note\":\"Place Strategy adopted at Cabinet\",\"link\":\"https://www.coventry.gov.uk/send\"}")
                .statusCode(201).header("Location", containsString("/api/v1/milestones/" + code + "/evidence/"))
                .body("note", is("Place Strategy adopted at Cabinet")).body("addedBy", is("workspace.lead")).extract().path("id");
        given().auth().oauth2(TestTokens.user("board.member", "board-member")).when().get("/api/v1/milestones/" + code + "/evidence")
                .then().statusCode(200).body("link", is(List.of("https://www.coventry.gov.uk/send")));
        given().auth().oauth2(LEAD).when().delete("/api/v1/milestones/" + code + "/evidence/" + id).then().statusCode(204);
        given().auth().oauth2(LEAD).when().delete("/api/v1/milestones/" + code + "/evidence/" + id).then().statusCode(404);
        assertEmpty(code);
        given().auth().oauth2(MANAGER).when().get("/api/v1/milestones/" + code + "/history").then()
                .body("action", is(List.of("EVIDENCE_ADDED", "EVIDENCE_REMOVED")));
    }

    @Test
    void badEvidenceIsAProblemNamingTheFieldAndOnlyTheWorkspacesEditorsAddIt() {
        String code = TestMilestones.fresh(MilestoneStatus.IN_PROGRESS);
        add(LEAD, code, "{}").statusCode(422).body("errors[0].field", is("note"));
        add(LEAD, code, "{\"note\":\"" + "x".repeat(2001) + "\"}").statusCode(422).body("errors[0].field", is("note"));
        add(LEAD, code, "{\"note\":\"ok\",\"link\":\"javascript:alert(1)\"}").statusCode(422).body("errors[0].field", is("link"));
        add(LEAD, code, "{\"note\":\"ok\",\"link\":\"not a link\"}").statusCode(422).body("errors[0].field", is("link"));
        add(LEAD, code, "{\"note\":").statusCode(400).contentType("application/problem+json");
        add(null, code, "{\"note\":\"ok\"}").statusCode(401);
        add(TestTokens.user("other", Map.of("workspace", "qa-data-digital"), "workspace-lead"), code, "{\"note\":\"ok\"}").statusCode(403);
        add(TestTokens.partner("coventry-la-ehcp", "coventry-city-council"), code, "{\"note\":\"ok\"}").statusCode(403);
        add(MANAGER, "M-NOPE", "{\"note\":\"ok\"}").statusCode(404);
        String cancelled = TestMilestones.fresh(MilestoneStatus.CANCELLED);
        add(MANAGER, cancelled, "{\"note\":\"ok\"}").statusCode(409);
        assertEmpty(code);
        assertEmpty(cancelled);
    }

    static void assertEmpty(String code) {
        org.junit.jupiter.api.Assertions.assertEquals(List.of(), evidence(code));
    }
}
