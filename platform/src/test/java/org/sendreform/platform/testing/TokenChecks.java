package org.sendreform.platform.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import org.junit.jupiter.api.Test;

/**
 * The token checks every service must pass. A service's test extends this as a {@code @QuarkusTest}
 * and names one protected path and a role allowed to read it.
 */
public abstract class TokenChecks {

    protected abstract String protectedPath();

    protected abstract String allowedRole();

    @Test
    void validTokenIsAccepted() {
        given().auth().oauth2(TestTokens.user("someone", allowedRole()))
                .when().get(protectedPath())
                .then().statusCode(200);
    }

    @Test
    void missingTokenIs401Problem() {
        given().when().get(protectedPath())
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("status", is(401));
    }

    @Test
    void expiredTokenIs401() {
        assert401(TestTokens.expired(allowedRole()));
    }

    @Test
    void notYetValidTokenIs401() {
        assert401(TestTokens.notYetValid(allowedRole()));
    }

    @Test
    void tokenForAnotherAudienceIs401() {
        assert401(TestTokens.wrongAudience(allowedRole()));
    }

    @Test
    void tokenFromAnotherIssuerIs401() {
        assert401(TestTokens.wrongIssuer(allowedRole()));
    }

    @Test
    void unsignedTokenIs401() {
        assert401(TestTokens.unsigned(allowedRole()));
    }

    @Test
    void hmacSignedWithThePublicKeyIs401() {
        assert401(TestTokens.hmacWithPublicKey(allowedRole()));
    }

    @Test
    void garbageTokenIs401() {
        assert401("not-a-jwt");
    }

    private void assert401(String token) {
        given().header("Authorization", "Bearer " + token)
                .when().get(protectedPath())
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("status", is(401));
    }
}
