package org.sendreform.governance.body;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.sendreform.platform.testing.TestTokens;
import org.sendreform.platform.testing.Topics;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.vertx.core.json.JsonObject;

@QuarkusTest
public class TaskAndFinishTest {

    static final String SECRETARY = TestTokens.user("board.secretary", "board-secretary");
    static final String RDG = TestTokens.user("rdg.member", "rdg-member");
    static final String BOARD_MEMBER = TestTokens.user("board.member", "board-member");
    static final String PARTNER = TestTokens.partner("demo-la-send", "coventry-la-send");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    public static ValidatableResponse decide(String token, String body) {
        return given().auth().oauth2(token).contentType("application/json").body(body).when().post("/api/v1/decisions").then();
    }

    public static String newCode() {
        return "tf-test-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static String proposal(String code) {
        return "{\"body\":\"rdg\",\"type\":\"PROPOSE_TASK_AND_FINISH\",\"statement\":\"Set up a group on part-time timetables\","
                + "\"proposesGroup\":{\"code\":\"" + code + "\",\"name\":\"Part-time timetables\",\"purpose\":\"Agree a protocol\","
                + "\"chairRole\":\"Head of Inclusion\"}}";
    }

    static String ratification(String code) {
        return "{\"body\":\"board\",\"type\":\"RATIFY_TASK_AND_FINISH\",\"statement\":\"The Board ratifies " + code + "\","
                + "\"ratifiesGroup\":\"" + code + "\"}";
    }

    static String groupDecision(String code) {
        return "{\"body\":\"" + code + "\",\"type\":\"RECOMMEND\",\"statement\":\"" + UUID.randomUUID() + "\"}";
    }

    static String action(String code, int decision) {
        return "{\"text\":\"Draft the protocol\",\"owner\":\"Head of Inclusion\",\"body\":\"" + code + "\",\"dueOn\":\""
                + LocalDate.now().plusDays(30) + "\",\"decision\":" + decision + "}";
    }

    public static String etag(String code) {
        return given().auth().oauth2(RDG).when().get("/api/v1/bodies/" + code).then().statusCode(200).extract().header("ETag");
    }

    @Test
    void aGroupProposedByTheRdgStartsOnlyWhenTheBoardRatifiesItAndEndsWhenDisbanded() {
        String code = newCode();
        int proposed = decide(RDG, proposal(code)).statusCode(201).body("taskAndFinishGroup", is(code)).extract().path("id");
        given().auth().oauth2(BOARD_MEMBER).when().get("/api/v1/bodies/" + code).then().statusCode(200)
                .body("kind", is("TASK_AND_FINISH")).body("status", is("PROPOSED")).body("escalatesTo", is("rdg"))
                .body("cadence", is("AS_NEEDED")).body("taskAndFinish.proposedByDecision", is(proposed))
                .body("taskAndFinish.ratifiedByDecision", nullValue());

        // not started: no decisions, no actions
        decide(RDG, groupDecision(code)).statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("RATIFY_TASK_AND_FINISH"));
        given().auth().oauth2(RDG).contentType("application/json").body(action(code, proposed)).when().post("/api/v1/actions")
                .then().statusCode(409);
        given().auth().oauth2(RDG).when().get("/api/v1/decisions?body=" + code).then().statusCode(200).body("total", is(0));

        int ratified = decide(SECRETARY, ratification(code)).statusCode(201).body("taskAndFinishGroup", is(code)).extract().path("id");
        given().auth().oauth2(RDG).when().get("/api/v1/bodies/" + code).then().statusCode(200).body("status", is("ACTIVE"))
                .body("taskAndFinish.ratifiedByDecision", is(ratified));
        List<Topics.Event> events = Topics.read(bootstrap, "governance.events.v1", e -> code.equals(e.key()), 1);
        assertEquals(1, events.size());
        assertEquals(TaskAndFinishRatified.TYPE, events.get(0).type());
        JsonObject data = new JsonObject(events.get(0).data());
        assertEquals(ratified, data.getInteger("ratifiedByDecision"));
        assertEquals(proposed, data.getInteger("proposedByDecision"));
        assertEquals("rdg", data.getString("accountableTo"));

        // ratified once
        decide(SECRETARY, ratification(code)).statusCode(409).body("detail", containsString("already ratified"));

        int decision = decide(RDG, groupDecision(code)).statusCode(201).extract().path("id");
        given().auth().oauth2(RDG).contentType("application/json").body(action(code, decision)).when().post("/api/v1/actions")
                .then().statusCode(201).body("body", is(code));

        given().auth().oauth2(RDG).contentType("application/json").header("If-Match", etag(code))
                .body("{\"reason\":\"Protocol agreed; handed to the QA workspace\"}").when().post("/api/v1/bodies/" + code + "/disbandment")
                .then().statusCode(200).body("status", is("DISBANDED")).body("taskAndFinish.disbandedOn", notNullValue())
                .body("taskAndFinish.disbandedBy", is("rdg.member"));
        decide(RDG, groupDecision(code)).statusCode(409).body("detail", containsString("disbanded"));
        given().auth().oauth2(RDG).contentType("application/json").header("If-Match", etag(code)).body("{\"reason\":\"again\"}")
                .when().post("/api/v1/bodies/" + code + "/disbandment").then().statusCode(409);

        List<String> history = given().auth().oauth2(RDG).when().get("/api/v1/bodies/" + code + "/history").then().statusCode(200)
                .extract().path("action");
        assertEquals(List.of("PROPOSED", "RATIFIED", "DISBANDED"), history);
        given().auth().oauth2(RDG).when().get("/api/v1/bodies?kind=TASK_AND_FINISH").then().statusCode(200)
                .body("code", hasItem(code));
    }

    @Test
    void proposalsAndRatificationsNameTheirGroupAndOnlyTheRightBodiesTakeThem() {
        String code = newCode();
        long bodies = given().auth().oauth2(RDG).when().get("/api/v1/bodies").then().statusCode(200).extract().jsonPath().getList("$").size();
        // the Board does not propose, the RDG does not ratify: decision rights name the holder
        decide(SECRETARY, proposal(code).replace("\"body\":\"rdg\"", "\"body\":\"board\"")).statusCode(422)
                .body("errors.field", hasItem("type")).body("detail", containsString("held by rdg"));
        decide(RDG, ratification(code).replace("\"body\":\"board\"", "\"body\":\"rdg\"")).statusCode(422)
                .body("detail", containsString("held by board"));
        decide(RDG, "{\"body\":\"rdg\",\"type\":\"PROPOSE_TASK_AND_FINISH\",\"statement\":\"s\"}").statusCode(422)
                .body("errors.field", hasItem("proposesGroup"));
        decide(RDG, proposal("Not A Code")).statusCode(422).body("errors.field", hasItem("proposesGroup.code"));
        decide(RDG, proposal(code).replace("\"name\":\"Part-time timetables\",", "")).statusCode(422)
                .body("errors.field", hasItem("proposesGroup.name"));
        decide(RDG, proposal("rdg")).statusCode(422).body("errors.field", hasItem("proposesGroup.code"));
        decide(RDG, "{\"body\":\"rdg\",\"type\":\"OPERATIONAL\",\"statement\":\"s\",\"ratifiesGroup\":\"" + code + "\"}").statusCode(422)
                .body("errors.field", hasItem("ratifiesGroup"));
        decide(SECRETARY, ratification(code)).statusCode(422).body("errors.field", hasItem("ratifiesGroup"));
        decide(SECRETARY, ratification("qa-data-digital")).statusCode(422).body("errors.field", hasItem("ratifiesGroup"));
        decide(PARTNER, proposal(code)).statusCode(403);
        decide(BOARD_MEMBER, ratification(code)).statusCode(403);
        given().contentType("application/json").body(proposal(code)).when().post("/api/v1/decisions").then().statusCode(401);
        // nothing was created
        given().auth().oauth2(RDG).when().get("/api/v1/bodies/" + code).then().statusCode(404);
        assertEquals(bodies, given().auth().oauth2(RDG).when().get("/api/v1/bodies").then().extract().jsonPath().getList("$").size());
    }

    @Test
    void disbandingNeedsTheRdgTheCurrentVersionAndAReasonAndStandingBodiesStay() {
        String code = newCode();
        decide(RDG, proposal(code)).statusCode(201);
        String path = "/api/v1/bodies/" + code + "/disbandment";
        given().contentType("application/json").body("{\"reason\":\"r\"}").when().post(path).then().statusCode(401);
        given().auth().oauth2(SECRETARY).contentType("application/json").header("If-Match", etag(code)).body("{\"reason\":\"r\"}")
                .when().post(path).then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(RDG).contentType("application/json").body("{\"reason\":\"r\"}").when().post(path).then().statusCode(428);
        given().auth().oauth2(RDG).contentType("application/json").header("If-Match", "\"99\"").body("{\"reason\":\"r\"}")
                .when().post(path).then().statusCode(412);
        given().auth().oauth2(RDG).contentType("application/json").header("If-Match", etag(code)).body("{\"reason\":\" \"}")
                .when().post(path).then().statusCode(422).body("errors.field", hasItem("reason"));
        given().auth().oauth2(RDG).contentType("application/json").header("If-Match", etag(code)).body("{\"reason\":\"r\",\"when\":1}")
                .when().post(path).then().statusCode(400);
        given().auth().oauth2(RDG).contentType("application/json").header("If-Match", etag("rdg")).body("{\"reason\":\"r\"}")
                .when().post("/api/v1/bodies/rdg/disbandment").then().statusCode(409);
        given().auth().oauth2(RDG).contentType("application/json").header("If-Match", "\"0\"").body("{\"reason\":\"r\"}")
                .when().post("/api/v1/bodies/no-such-body/disbandment").then().statusCode(404);
        given().auth().oauth2(RDG).when().get("/api/v1/bodies/" + code).then().body("status", is("PROPOSED"));
        // a proposal that will not go ahead is disbanded unratified
        given().auth().oauth2(RDG).contentType("application/json").header("If-Match", etag(code)).body("{\"reason\":\"not needed\"}")
                .when().post(path).then().statusCode(200).body("status", is("DISBANDED"));
        decide(SECRETARY, ratification(code)).statusCode(409);
    }
}
