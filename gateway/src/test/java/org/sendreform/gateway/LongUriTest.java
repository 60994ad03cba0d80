package org.sendreform.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;
import org.sendreform.gateway.edge.UriLimit;
import org.sendreform.platform.testing.TestIssuer;
import org.sendreform.platform.testing.TestTokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** URIs over the API's limit get a 414 problem document from the gateway, not the HTTP decoder's plain 414. */
@QuarkusTest
@QuarkusTestResource(TestIssuer.class)
@QuarkusTestResource(EchoService.class)
class LongUriTest {

    static final String TOKEN = TestTokens.user("programme.manager", "programme-manager");
    static final String PREFIX = "/api/v1/milestones/";

    /** A path of exactly {@code bytes} bytes on the milestones route. */
    static String uriOf(int bytes) {
        return PREFIX + "M".repeat(bytes - PREFIX.length());
    }

    @Test
    void aUriOf5000BytesIs414Problem() {
        refused(uriOf(5_000));
    }

    @Test
    void aUriOf20000BytesIs414Problem() {
        refused(uriOf(20_000));
    }

    @Test
    void aUriAtTheLimitIsRouted() {
        String uri = uriOf(UriLimit.MAX_URI_BYTES);
        given().auth().oauth2(TOKEN).when().get(uri)
                .then().statusCode(200)
                .body("uri", is(uri));
        String unknown = "/api/v1/unicorns/";
        given().auth().oauth2(TOKEN).when().get(unknown + "x".repeat(UriLimit.MAX_URI_BYTES - unknown.length()))
                .then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void aRequestLineOverTheDecodersBoundIsStillAPlain414() {
        // the bound written down in docs/api-guide.md: above 64 KiB the HTTP decoder answers before any route
        given().when().get(uriOf(70_000))
                .then().statusCode(414)
                .contentType(not(containsString("problem")));
    }

    private static void refused(String uri) {
        given().auth().oauth2(TOKEN).when().get(uri)
                .then().statusCode(414)
                .contentType("application/problem+json")
                .body("type", is("https://sendreform.org/problems/uri-too-long"))
                .body("title", is("URI is too long"))
                .body("status", is(414))
                .body("detail", containsString(uri.length() + " bytes; at most 4096"));
        // refused before the token check too
        given().when().get(uri).then().statusCode(414).contentType("application/problem+json");
    }
}
