package org.sendreform.milestones.milestone;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.sendreform.milestones.TestMilestones;
import org.sendreform.platform.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class MilestoneUpdateResourceTest {

    static final String MANAGER = TestTokens.user("programme.manager", "programme-manager");

    @Inject
    DataSource dataSource;

    String fresh(MilestoneStatus status) {
        return TestMilestones.fresh(status);
    }

    static String etag(String code) {
        return given().auth().oauth2(MANAGER).when().get("/api/v1/milestones/" + code).then().statusCode(200).extract().header("ETag");
    }

    static io.restassured.response.ValidatableResponse patch(String token, String code, String ifMatch, String body) {
        var request = given().auth().oauth2(token).contentType("application/merge-patch+json").body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.when().patch("/api/v1/milestones/" + code).then();
    }

    @Test
    void aForecastPastTheDueDateSlipsIsAuditedAndAnnounced() throws Exception {
        String code = fresh(MilestoneStatus.IN_PROGRESS);
        String tag = etag(code);
        String newTag = patch(MANAGER, code, tag, "{\"forecastDate\":\"2029-11-30\",\"confidence\":\"AMBER\",\"confidenceNote\":\"contractor late\"}")
                .statusCode(200)
                .body("slipped", is(true)).body("slippageDays", is(61)).body("confidence", is("AMBER"))
                .header("ETag", not(is(tag)))
                .extract().header("ETag");
        given().auth().oauth2(MANAGER).when().get("/api/v1/milestones/" + code + "/history")
                .then().statusCode(200)
                .body("[0].action", is("UPDATED")).body("[0].actor", is("programme.manager"))
                .body("[0].before.forecastDate", org.hamcrest.Matchers.nullValue())
                .body("[0].after.forecastDate", is("2029-11-30"));
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select type, payload::text from outbox_event where aggregate_id = ? order by id")) {
            s.setString(1, code);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                assertEquals(MilestoneChanged.TYPE, r.getString(1)); // the new state, for read models, then the slip
                r.next();
                assertEquals("org.sendreform.milestones.milestone-slipped.v1", r.getString(1));
                assertEquals(true, r.getString(2).contains("\"R-05\""));
                assertEquals(false, r.next());
            }
        }
        // clearing the forecast: on time again; no new slip event
        patch(MANAGER, code, newTag, "{\"forecastDate\":null}").statusCode(200).body("slipped", is(false));
    }

    @Test
    void ifMatchIsRequiredAndMustBeCurrent() {
        String code = fresh(MilestoneStatus.NOT_STARTED);
        String tag = etag(code);
        patch(MANAGER, code, null, "{\"title\":\"x\"}").statusCode(428).contentType("application/problem+json");
        patch(MANAGER, code, tag, "{\"title\":\"first\"}").statusCode(200);
        patch(MANAGER, code, tag, "{\"title\":\"second\"}").statusCode(412).contentType("application/problem+json");
    }

    @Test
    void fiftyConcurrentUpdatesOfOneVersionHaveOneWinner() throws Exception {
        String code = fresh(MilestoneStatus.NOT_STARTED);
        String tag = etag(code);
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            int n = i;
            answers.add(pool.submit(() -> patch(MANAGER, code, tag, "{\"title\":\"writer " + n + "\"}").extract().statusCode()));
        }
        int won = 0;
        int stale = 0;
        for (Future<Integer> a : answers) {
            int status = a.get();
            won += status == 200 ? 1 : 0;
            stale += status == 412 ? 1 : 0;
        }
        pool.shutdown();
        assertEquals(1, won);
        assertEquals(49, stale);
        given().auth().oauth2(MANAGER).when().get("/api/v1/milestones/" + code + "/history").then().body("size()", is(1));
    }

    @Test
    void workspaceLeadsChangeOnlyTheirWorkspace() {
        String code = fresh(MilestoneStatus.NOT_STARTED);
        String own = TestTokens.user("workspace.lead", Map.of("workspace", "test-ws"), "workspace-lead");
        String other = TestTokens.user("other.lead", Map.of("workspace", "qa-data-digital"), "workspace-lead");
        patch(other, code, etag(code), "{\"status\":\"IN_PROGRESS\"}").statusCode(403).contentType("application/problem+json");
        patch(own, code, etag(code), "{\"status\":\"IN_PROGRESS\"}").statusCode(200).body("status", is("IN_PROGRESS"));
        patch(TestTokens.user("board.member", "board-member"), code, etag(code), "{\"title\":\"x\"}").statusCode(403);
        given().contentType("application/merge-patch+json").body("{}").when().patch("/api/v1/milestones/" + code).then().statusCode(401);
        patch(MANAGER, "NOPE", "\"0\"", "{\"title\":\"x\"}").statusCode(404);
    }

    @Test
    void rulesAndReadOnlyFieldsAreProblemsThatChangeNothing() {
        String code = fresh(MilestoneStatus.IN_PROGRESS);
        String tag = etag(code);
        patch(MANAGER, code, tag, "{\"dueDate\":\"2030-01-01\"}").statusCode(422).body("errors[0].field", is("dueDate"))
                .body("errors[0].message", containsString("re-sequencing"));
        patch(MANAGER, code, tag, "{\"status\":\"COMPLETE\"}").statusCode(422).body("errors[0].field", is("completedOn"));
        patch(MANAGER, code, tag, "{\"status\":\"COMPLETE\",\"completedOn\":\"2099-01-01\"}").statusCode(422)
                .body("errors[0].message", containsString("future"));
        patch(MANAGER, code, tag, "{\"confidence\":\"RED\"}").statusCode(422).body("errors[0].field", is("confidenceNote"));
        patch(MANAGER, code, tag, "{\"forecastDate\":\"soon\",\"status\":\"DONE\"}").statusCode(422)
                .body("errors.field", hasItem("forecastDate")).body("errors.field", hasItem("status"));
        patch(MANAGER, code, tag, "{\"colour\":\"red\"}").statusCode(400).body("errors[0].field", is("colour"));
        patch(MANAGER, code, tag, "[1,2]").statusCode(422);
        patch(MANAGER, code, tag, "{\"title\":").statusCode(400);
        given().auth().oauth2(MANAGER).when().get("/api/v1/milestones/" + code)
                .then().header("ETag", is(tag)).body("status", is("IN_PROGRESS"));
        String done = fresh(MilestoneStatus.IN_PROGRESS);
        patch(MANAGER, done, etag(done), "{\"status\":\"COMPLETE\",\"completedOn\":\"2026-01-15\"}").statusCode(200)
                .body("completedOn", is("2026-01-15"));
        String cancelled = fresh(MilestoneStatus.CANCELLED);
        patch(MANAGER, cancelled, etag(cancelled), "{\"title\":\"x\"}").statusCode(409).contentType("application/problem+json");
    }
}
