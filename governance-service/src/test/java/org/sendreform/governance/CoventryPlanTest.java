package org.sendreform.governance;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;
import org.sendreform.platform.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;

/** The governance spine from the terms of reference. */
@QuarkusTest
class CoventryPlanTest {

    static final String SECRETARY = TestTokens.user("board.secretary", "board-secretary");

    @Test
    void theSpineEscalatesWorkspaceToRdgToBoardToHwb() {
        given().auth().oauth2(SECRETARY).when().get("/api/v1/bodies/qa-data-digital")
                .then().statusCode(200).body("escalatesTo", is("rdg")).body("cadence", is("MONTHLY"));
        given().auth().oauth2(SECRETARY).when().get("/api/v1/bodies/rdg")
                .then().statusCode(200).body("escalatesTo", is("board"));
        given().auth().oauth2(SECRETARY).when().get("/api/v1/bodies/board")
                .then().statusCode(200).body("escalatesTo", is("hwb"));
    }

    @Test
    void onlyTheBoardMayAcceptSystemRiskAndItMayNotDelegateIt() {
        given().auth().oauth2(SECRETARY).when().get("/api/v1/bodies/board")
                .then().statusCode(200)
                .body("decisionRights.findAll { it.nonDelegable }.decisionType",
                        hasItems("ACCEPT_SYSTEM_RISK", "APPROVE_STRATEGY", "SIGN_OFF_PLAN"));
        given().auth().oauth2(SECRETARY).when().get("/api/v1/bodies/rdg")
                .then().statusCode(200)
                .body("decisionRights.decisionType", hasItem("RESEQUENCE_MILESTONES"))
                .body("decisionRights.decisionType", not(hasItem("ACCEPT_SYSTEM_RISK")));
    }
}
