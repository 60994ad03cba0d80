package org.sendreform.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;
import org.sendreform.platform.testing.TestIssuer;
import org.sendreform.platform.testing.TestTokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(TestIssuer.class)
@QuarkusTestResource(EchoService.class)
class GatewayTest {

    static final String TOKEN = TestTokens.user("programme.manager", "programme-manager");

    @Test
    void routesByPathPrefixAndPassesTheTokenOn() {
        given().auth().oauth2(TOKEN)
                .when().get("/api/v1/milestones/M-CS-Q2-01?x=1")
                .then().statusCode(200)
                .body("method", is("GET"))
                .body("uri", is("/api/v1/milestones/M-CS-Q2-01?x=1"))
                .body("authorization", is("Bearer " + TOKEN))
                .body("forwardedHost", notNullValue());
    }

    @Test
    void requestIdIsCreatedPassedOnAndReturned() {
        String returned = given().auth().oauth2(TOKEN)
                .when().get("/api/v1/risks")
                .then().statusCode(200)
                .body("requestId", notNullValue())
                .extract().header("X-Request-Id");
        given().auth().oauth2(TOKEN).header("X-Request-Id", "abc-123")
                .when().get("/api/v1/measures")
                .then().statusCode(200)
                .header("X-Request-Id", is("abc-123"))
                .body("requestId", is("abc-123"));
        org.junit.jupiter.api.Assertions.assertNotNull(returned);
    }

    @Test
    void requestBodiesStreamThrough() {
        String csv = "measure,period,value\n" + "EHCP-20WK,FY2026-27-Q2,41.5\n".repeat(50_000);
        given().auth().oauth2(TOKEN).contentType("text/csv").body(csv)
                .when().post("/api/v1/submissions")
                .then().statusCode(200)
                .body("method", is("POST"))
                .body("bodyBytes", is(csv.length()));
    }

    @Test
    void missingTokenIs401ProblemBeforeAnyServiceIsCalled() {
        given().when().get("/api/v1/milestones")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("status", is(401))
                .body("instance", is("/api/v1/milestones"));
    }

    @Test
    void invalidTokensAre401() {
        for (String bad : new String[] { TestTokens.expired("admin"), TestTokens.wrongAudience("admin"),
                TestTokens.unsigned("admin"), TestTokens.hmacWithPublicKey("admin"), TestTokens.wrongIssuer("admin") }) {
            given().auth().oauth2(bad)
                    .when().get("/api/v1/milestones")
                    .then().statusCode(401)
                    .contentType("application/problem+json");
        }
    }

    @Test
    void unreachableServiceIs502ProblemNamingTheService() {
        given().auth().oauth2(TOKEN)
                .when().get("/api/v1/bodies")
                .then().statusCode(502)
                .contentType("application/problem+json")
                .body("detail", containsString("governance"))
                .body("traceId", notNullValue());
    }

    @Test
    void unknownApiPathIs404Problem() {
        given().auth().oauth2(TOKEN)
                .when().get("/api/v1/unicorns")
                .then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void serviceDocsArePublic() {
        given().when().get("/openapi/milestones")
                .then().statusCode(200)
                .body("info.title", is("echo"));
        given().when().get("/docs/")
                .then().statusCode(200);
    }
}
