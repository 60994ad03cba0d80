package org.sendreform.governance.body;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import java.time.LocalDate;

import jakarta.transaction.Transactional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendreform.platform.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class BodyResourceTest {

    static final String SECRETARY = TestTokens.user("board.secretary", "board-secretary");

    @BeforeEach
    @Transactional
    void oneKnownBody() {
        if (Body.findById("t-group") == null) {
            Body b = new Body();
            b.code = "t-group";
            b.name = "Test Task and Finish group";
            b.kind = BodyKind.TASK_AND_FINISH;
            b.cadence = Cadence.AS_NEEDED;
            b.nextReviewOn = LocalDate.of(2020, 5, 1);
            b.torVersion = "May 2019";
            Body.Member member = new Body.Member();
            member.position = 1;
            member.role = "Chair";
            member.organisation = "Coventry City Council";
            b.members.add(member);
            b.decisionRights.add(new Body.DecisionRight(DecisionType.RECOMMEND, false));
            b.persist();
        }
    }

    @Test
    void bodyShowsMembersRightsAndOverdueReview() {
        given().auth().oauth2(SECRETARY)
                .when().get("/api/v1/bodies/t-group")
                .then().statusCode(200)
                .body("kind", is("TASK_AND_FINISH"))
                .body("members[0].organisation", is("Coventry City Council"))
                .body("decisionRights.decisionType", hasItem("RECOMMEND"))
                .body("termsOfReference.reviewOverdue", is(true));
    }

    @Test
    void filtersByKind() {
        given().auth().oauth2(SECRETARY)
                .queryParam("kind", "TASK_AND_FINISH")
                .when().get("/api/v1/bodies")
                .then().statusCode(200)
                .body("kind", everyItem(is("TASK_AND_FINISH")))
                .body("code", hasItem("t-group"));
    }

    @Test
    void unknownBodyIs404() {
        given().auth().oauth2(SECRETARY)
                .when().get("/api/v1/bodies/nope")
                .then().statusCode(404)
                .contentType("application/problem+json");
    }
}
