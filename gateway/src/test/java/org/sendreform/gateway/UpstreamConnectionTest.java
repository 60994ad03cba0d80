package org.sendreform.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.sendreform.platform.testing.TestIssuer;
import org.sendreform.platform.testing.TestTokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A service that closes a kept-alive connection just as the gateway sends a request on it (EchoService's
 * {@value EchoService#CLOSES_KEPT_ALIVE}): the request is sent once more, on a new connection, when repeating it
 * cannot do anything twice, and is answered 502 when it could.
 */
@QuarkusTest
@QuarkusTestResource(TestIssuer.class)
@QuarkusTestResource(EchoService.class)
class UpstreamConnectionTest {

    static final String TOKEN = TestTokens.user("programme.manager", "programme-manager");
    static final String BODY = "{\"confidence\":\"AMBER\"}";

    /** A request on the route first, so that its pooled connection has carried one and is kept alive, idle. */
    private static void keepAConnectionAlive(String path) {
        given().auth().oauth2(TOKEN).when().get(path).then().statusCode(200);
    }

    @Test
    void aGetIsSentOnceMoreOnANewConnection() {
        keepAConnectionAlive("/api/v1/risks");
        int closed = EchoService.CLOSED_UNANSWERED.get();
        given().auth().oauth2(TOKEN)
                .when().get("/api/v1/risks/R-04" + EchoService.CLOSES_KEPT_ALIVE)
                .then().statusCode(200)
                .body("method", is("GET"))
                .body("connectionRequests", is(1));
        assertEquals(closed + 1, EchoService.CLOSED_UNANSWERED.get(), "the kept-alive connection was closed under the first sending");
    }

    @Test
    void aWriteWithAnIdempotencyKeyIsSentOnceMoreWithItsBody() {
        keepAConnectionAlive("/api/v1/measures");
        int closed = EchoService.CLOSED_UNANSWERED.get();
        given().auth().oauth2(TOKEN).header("Idempotency-Key", "soak-7f3a").contentType("application/json").body(BODY)
                .when().post("/api/v1/submissions" + EchoService.CLOSES_KEPT_ALIVE)
                .then().statusCode(200)
                .body("method", is("POST"))
                .body("bodyBytes", is(BODY.length()))
                .body("connectionRequests", is(1));
        assertEquals(closed + 1, EchoService.CLOSED_UNANSWERED.get());
    }

    @Test
    void aWriteWhoseBodyReachedTheServiceIsNotSentAgain() {
        keepAConnectionAlive("/api/v1/milestones");
        int closed = EchoService.CLOSED_UNANSWERED.get();
        given().auth().oauth2(TOKEN).header("If-Match", "\"3\"").contentType("application/merge-patch+json").body(BODY)
                .when().patch("/api/v1/milestones/M-CS-Q4-05" + EchoService.CLOSES_KEPT_ALIVE)
                .then().statusCode(502)
                .contentType("application/problem+json")
                .body("detail", containsString("milestones"));
        // the service read the whole PATCH once: sending it again could apply it twice
        assertEquals(closed + 1, EchoService.CLOSED_UNANSWERED.get());
    }
}
