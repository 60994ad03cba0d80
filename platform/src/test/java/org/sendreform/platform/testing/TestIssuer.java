package org.sendreform.platform.testing;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Points the service's OIDC verification at the test key pair of {@link TestTokens} instead of Keycloak,
 * keeping every other check (issuer, audience, algorithm, expiry) exactly as in production.
 */
public class TestIssuer implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of(
                "quarkus.oidc.public-key", TestTokens.PUBLIC_KEY,
                "quarkus.oidc.token.issuer", TestTokens.ISSUER);
    }

    @Override
    public void stop() {
    }
}
