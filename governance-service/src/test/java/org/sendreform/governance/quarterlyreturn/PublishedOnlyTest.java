package org.sendreform.governance.quarterlyreturn;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sendreform.platform.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Partner systems and analytics read governance's published record (bodies, meetings, decisions, issued packs,
 * signed-off returns, published "we said / we did" and QA reports), not its work in progress.
 */
@QuarkusTest
class PublishedOnlyTest {

    static final String PM = TestTokens.user("programme.manager", "programme-manager");
    static final String PARTNER = TestTokens.partner("demo-la-send", "coventry-la-send");
    static final String ANALYTICS = TestTokens.user("icb.analytics", "analytics-reader");

    @Test
    void escalationsActionsAndPackPreviewsAreForThePartnershipsPeople() {
        for (String token : List.of(PARTNER, ANALYTICS)) {
            given().auth().oauth2(token).when().get("/api/v1/escalations").then().statusCode(403).contentType("application/problem+json");
            given().auth().oauth2(token).when().get("/api/v1/actions").then().statusCode(403);
            given().auth().oauth2(token).when().get("/api/v1/packs/preview?meeting=1").then().statusCode(403);
            given().auth().oauth2(token).when().get("/api/v1/packs").then().statusCode(200);
            given().auth().oauth2(token).when().get("/api/v1/decisions").then().statusCode(200);
            given().auth().oauth2(token).when().get("/api/v1/bodies").then().statusCode(200);
        }
        given().auth().oauth2(PM).when().get("/api/v1/escalations").then().statusCode(200);
        given().auth().oauth2(PM).when().get("/api/v1/actions").then().statusCode(200);
    }

    @Test
    void aDraftReturnIsNotShownToPartnerSystemsOrAnalytics() {
        // a quarter no other test drafts
        int draft = given().auth().oauth2(PM).contentType("application/json").body("{\"quarter\":\"FY2024-25-Q4\"}").when()
                .post("/api/v1/returns").then().statusCode(201).body("status", is("DRAFT")).extract().path("id");
        given().auth().oauth2(PM).when().get("/api/v1/returns").then().body("id", hasItem(draft));
        for (String token : List.of(PARTNER, ANALYTICS)) {
            given().auth().oauth2(token).when().get("/api/v1/returns/" + draft).then().statusCode(404).contentType("application/problem+json");
            given().auth().oauth2(token).when().get("/api/v1/returns").then().statusCode(200).body("id", not(hasItem(draft)))
                    .body("status", everyItem(is("SIGNED_OFF")));
        }
    }
}
