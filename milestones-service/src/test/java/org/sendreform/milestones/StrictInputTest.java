package org.sendreform.milestones;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.sendreform.platform.problem.UriLimit;
import org.sendreform.platform.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * The platform's strict input rules, seen through a service: each was a defect HostileInputTest found (a 500, an
 * empty 413, a plain 414, or a body accepted that should have been refused).
 */
@QuarkusTest
class StrictInputTest {

    static final String MANAGER = TestTokens.user("programme.manager", "programme-manager");
    static final String BODY = "{\"code\":\"M-STRICT-1\",\"title\":\"Strict\",\"theme\":\"BB2\",\"workspace\":\"capital-sufficiency\","
            + "\"dueDate\":\"2029-03-31\"";

    static ValidatableResponse post(byte[] body) {
        return given().auth().oauth2(MANAGER).contentType("application/json").body(body).when().post("/api/v1/milestones").then();
    }

    static ValidatableResponse post(String body) {
        return post(body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void aBodyOverTheLimitIsRefusedWithAProblemNotAnEmpty413() {
        byte[] body = new byte[10 * 1024 * 1024 + 1];
        Arrays.fill(body, (byte) ' ');
        post(body).statusCode(413).contentType("application/problem+json").body("status", is(413))
                .body("type", is("https://sendreform.org/problems/payload-too-large"));
    }

    @Test
    void aUriOverTheLimitIsRefusedWithA414ProblemNotThePlainOne() {
        for (int bytes : new int[] { 5_000, 20_000 }) {
            String uri = "/api/v1/milestones/" + "M".repeat(bytes - "/api/v1/milestones/".length());
            given().auth().oauth2(MANAGER).when().get(uri).then().statusCode(414).contentType("application/problem+json")
                    .body("type", is("https://sendreform.org/problems/uri-too-long")).body("title", is("URI is too long"))
                    .body("status", is(414)).body("detail", is("The request URI is " + bytes + " bytes; at most 4096 are accepted"));
        }
        // just under the limit the request is routed: no milestone has that code
        String atLimit = "/api/v1/milestones/" + "M".repeat(UriLimit.MAX_URI_BYTES - "/api/v1/milestones/".length());
        given().auth().oauth2(MANAGER).when().get(atLimit).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aNulInAPathOrQueryValueIs400Not500() {
        given().auth().oauth2(MANAGER).urlEncodingEnabled(false).when().get("/api/v1/milestones/M-1%00").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", is("path"));
        given().auth().oauth2(MANAGER).urlEncodingEnabled(false).when().delete("/api/v1/milestones/%00/evidence/1").then().statusCode(400)
                .contentType("application/problem+json");
        given().auth().oauth2(MANAGER).urlEncodingEnabled(false).when().get("/api/v1/milestones?owner=a%00b").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", is("owner"));
    }

    @Test
    void aKeyGivenTwiceIsRefused() {
        // without the check the body is valid (the same title twice) and the milestone is created
        post(BODY + ",\"title\":\"Strict\"}").statusCode(400).contentType("application/problem+json").body("status", is(400));
    }

    @Test
    void anythingAfterTheBodyIsRefused() {
        post(BODY + "}x").statusCode(400).contentType("application/problem+json");
        post(BODY + "} {}").statusCode(400).contentType("application/problem+json");
    }

    @Test
    void controlAndBidiCharactersInTextAreRefusedNamingTheField() {
        post(BODY.replace("\"title\":\"Strict\"", "\"title\":\"Str\\u0000ict\"") + "}").statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", is("title"));
        post(BODY.replace("\"title\":\"Strict\"", "\"title\":\"\\u202eStrict\"") + "}").statusCode(400)
                .body("errors[0].field", is("title"));
    }
}
