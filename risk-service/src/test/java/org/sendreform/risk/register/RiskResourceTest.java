package org.sendreform.risk.register;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import jakarta.transaction.Transactional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendreform.platform.testing.TestTokens;
import org.sendreform.risk.mitigation.Mitigation;
import org.sendreform.risk.scoring.Rag;
import org.sendreform.risk.scoring.Scale;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class RiskResourceTest {

    static final String BOARD = TestTokens.user("board.member", "board-member");

    @BeforeEach
    @Transactional
    void oneKnownRisk() {
        if (Risk.count("code", "T-R-1") == 0) {
            Risk r = new Risk();
            r.code = "T-R-1";
            r.title = "Test: capital developments late";
            r.description = "Specialist Base places delayed";
            r.category = Category.SUFFICIENCY;
            r.owningBody = "test-board";
            r.status = RiskStatus.OPEN;
            r.scale = Scale.HIGH_MEDIUM_LOW;
            r.inherentImpact = "HIGH";
            r.inherentLikelihood = "MEDIUM";
            r.assessedRag = Rag.AMBER; // as the plan entered it, though the matrix says red
            r.residualRag = Rag.AMBER_GREEN;
            r.links.add(new Risk.Link(Risk.Link.Kind.MEASURE, "PLACES-SB"));
            r.persist();
            Mitigation m = new Mitigation();
            m.risk = r;
            m.position = 1;
            m.action = "Monthly capital programme board";
            m.status = Mitigation.Status.IN_PROGRESS;
            m.persist();
        }
    }

    @Test
    void assessedRagIsKeptAndTheMatrixDepartureIsFlagged() {
        given().auth().oauth2(BOARD)
                .when().get("/api/v1/risks/T-R-1")
                .then().statusCode(200)
                .body("inherent.assessedRag", is("AMBER"))
                .body("inherent.matrixRag", is("RED"))
                .body("inherent.score", is(6))
                .body("inherent.departsFromMatrix", is(true))
                .body("residualRag", is("AMBER_GREEN"))
                .body("mandatoryBoardEscalation", is(true))
                .body("mitigations[0].action", containsString("capital programme"))
                .body("measures", contains("PLACES-SB"));
    }

    @Test
    void filtersByBodyAndResidualRag() {
        given().auth().oauth2(BOARD)
                .queryParam("body", "test-board").queryParam("residualRag", "amber_green")
                .when().get("/api/v1/risks")
                .then().statusCode(200)
                .body("total", is(1))
                .body("items[0].code", is("T-R-1"));
    }

    @Test
    void unknownCategoryIs400() {
        given().auth().oauth2(BOARD)
                .queryParam("category", "weather")
                .when().get("/api/v1/risks")
                .then().statusCode(400)
                .body("errors[0].field", is("category"));
    }

    @Test
    void unknownRiskIs404() {
        given().auth().oauth2(BOARD)
                .when().get("/api/v1/risks/R-99")
                .then().statusCode(404)
                .contentType("application/problem+json");
    }
}
