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
    void aTokenTheGatewayHasVerifiedIsRefusedOnceItExpires() throws InterruptedException {
        long expires = java.time.Instant.now().getEpochSecond() + 2;
        String shortLived = TestTokens.user("brief.user", java.util.Map.of("exp", expires), "programme-manager");
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(shortLived).when().get("/api/v1/milestones").then().statusCode(200);
        }
        while (java.time.Instant.now().getEpochSecond() <= expires) {
            Thread.sleep(200);
        }
        given().auth().oauth2(shortLived)
                .when().get("/api/v1/milestones")
                .then().statusCode(401)
                .contentType("application/problem+json");
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
    void unreachableServiceIs503ProblemNamingTheService() {
        given().auth().oauth2(TOKEN)
                .when().get("/api/v1/bodies")
                .then().statusCode(503)
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

    @Test
    void slowServiceIs504ProblemNamingTheRouteNotAHang() {
        given().auth().oauth2(TOKEN)
                .when().get("/api/v1/risks/slow")
                .then().statusCode(504)
                .contentType("application/problem+json")
                .body("detail", containsString("risk"));
    }

    @Test
    void traceparentIsPassedOnOrStarted() {
        String given = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";
        given().auth().oauth2(TOKEN).header("traceparent", given)
                .when().get("/api/v1/measures")
                .then().statusCode(200)
                .body("traceparent", is(given));
        given().auth().oauth2(TOKEN)
                .when().get("/api/v1/measures")
                .then().statusCode(200)
                .body("traceparent", org.hamcrest.Matchers.matchesPattern("00-[0-9a-f]{32}-[0-9a-f]{16}-01"));
    }

    @Test
    void bodyOverTheLimitIs413WithoutCallingTheService() {
        byte[] big = new byte[5 * 1024 * 1024];
        given().auth().oauth2(TOKEN).contentType("text/csv").body(big)
                .when().post("/api/v1/submissions")
                .then().statusCode(413)
                .contentType("application/problem+json");
    }

    @Test
    void chunkedBodyOverTheLimitIs413Too() {
        java.io.InputStream endless = new java.io.InputStream() {
            long left = 5L * 1024 * 1024;

            @Override
            public int read() {
                return left-- > 0 ? 'x' : -1;
            }
        };
        given().auth().oauth2(TOKEN).contentType("text/csv").body(endless)
                .when().post("/api/v1/submissions")
                .then().statusCode(413)
                .contentType("application/problem+json");
    }

    @Test
    void clientsOverTheirRoleLimitGet429WithRetryAfter() {
        String limited = TestTokens.partner("test-limited-client", "org-x");
        String token = TestTokens.user("limited.user", "test-limited");
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(token).when().get("/api/v1/milestones")
                    .then().statusCode(200)
                    .header("RateLimit-Limit", "3")
                    .header("RateLimit-Remaining", String.valueOf(2 - i));
        }
        given().auth().oauth2(token).when().get("/api/v1/milestones")
                .then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .header("RateLimit-Remaining", "0");
        // another client is counted apart
        given().auth().oauth2(limited).when().get("/api/v1/milestones").then().statusCode(200);
    }

    @Test
    void corsAllowsTheWebViewOriginOnly() {
        given().header("Origin", "http://localhost:5173").header("Access-Control-Request-Method", "GET")
                .when().options("/api/v1/milestones")
                .then().header("Access-Control-Allow-Origin", "http://localhost:5173");
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "GET")
                .when().options("/api/v1/milestones")
                .then().header("Access-Control-Allow-Origin", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void readinessReportsEachServiceAndIsDownWhileOneIs() {
        given().when().get("/q/health/ready")
                .then().statusCode(503)
                .body("checks.find { it.name == 'Services behind the gateway' }.data.milestones", is("UP"))
                .body("checks.find { it.name == 'Services behind the gateway' }.data.governance", is("DOWN"));
    }

    @Test
    void publicPathsNeedNoTokenButStillPassOneOn() {
        given().when().get("/api/v1/milestones/published/we-said-we-did")
                .then().statusCode(200)
                .body("uri", is("/api/v1/milestones/published/we-said-we-did"))
                .header("RateLimit-Limit", notNullValue());
        given().when().get("/api/v1/milestones/M-1")
                .then().statusCode(401);
    }
}
