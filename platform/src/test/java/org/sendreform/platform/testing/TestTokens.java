package org.sendreform.platform.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.keys.HmacKey;
import org.jose4j.lang.JoseException;

/**
 * Real signed bearer tokens for tests, shaped like the ones Keycloak issues for the send-reform realm
 * (realm roles under {@code realm_access.roles}, the {@code org} claim, audience {@code send-reform-api}).
 * The services under test verify them for real against {@link #PUBLIC_KEY}, so tests can also prove that
 * expired, foreign, unsigned and wrongly-addressed tokens are refused. The key pair is for tests only.
 */
public final class TestTokens {

    public static final String ISSUER = "https://keycloak.test/realms/send-reform";
    public static final String AUDIENCE = "send-reform-api";
    public static final String PUBLIC_KEY = base64Body(resource("test-signing-key.pub.pem"));
    private static final PrivateKey PRIVATE_KEY = privateKey();

    private TestTokens() {
    }

    /** A token for a person holding the given realm roles. */
    public static String user(String username, String... roles) {
        JwtClaims claims = baseClaims(username, "send-reform-cli", roles);
        claims.setClaim("preferred_username", username);
        return sign(claims);
    }

    /** A token for a person with extra claims, e.g. a workspace lead's {@code workspace}. */
    public static String user(String username, Map<String, Object> claims, String... roles) {
        JwtClaims jwt = baseClaims(username, "send-reform-cli", roles);
        jwt.setClaim("preferred_username", username);
        claims.forEach(jwt::setClaim);
        return sign(jwt);
    }

    /** A client-credentials token of a partner system with its organisation claim. */
    public static String partner(String clientId, String org) {
        JwtClaims claims = baseClaims("service-account-" + clientId, clientId, "partner-submitter");
        claims.setClaim("org", org);
        claims.setClaim("clientId", clientId);
        return sign(claims);
    }

    public static String expired(String... roles) {
        JwtClaims claims = baseClaims("late.user", "send-reform-cli", roles);
        claims.setExpirationTime(NumericDate.fromSeconds(NumericDate.now().getValue() - 3600));
        claims.setIssuedAt(NumericDate.fromSeconds(NumericDate.now().getValue() - 7200));
        return sign(claims);
    }

    public static String notYetValid(String... roles) {
        JwtClaims claims = baseClaims("early.user", "send-reform-cli", roles);
        claims.setNotBefore(NumericDate.fromSeconds(NumericDate.now().getValue() + 3600));
        return sign(claims);
    }

    public static String wrongAudience(String... roles) {
        JwtClaims claims = baseClaims("other.user", "send-reform-cli", roles);
        claims.setAudience("some-other-api");
        return sign(claims);
    }

    public static String wrongIssuer(String... roles) {
        JwtClaims claims = baseClaims("other.user", "send-reform-cli", roles);
        claims.setIssuer("https://keycloak.test/realms/another-realm");
        return sign(claims);
    }

    /** {@code alg=none}: an unsigned token that must never be accepted. */
    public static String unsigned(String... roles) {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(baseClaims("forger", "send-reform-cli", roles).toJson());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.NONE);
        jws.setAlgorithmConstraints(org.jose4j.jwa.AlgorithmConstraints.NO_CONSTRAINTS);
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The classic key-confusion forgery: HS256 with the public key's bytes as the HMAC secret. */
    public static String hmacWithPublicKey(String... roles) {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(baseClaims("forger", "send-reform-cli", roles).toJson());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.HMAC_SHA256);
        jws.setKey(new HmacKey(resource("test-signing-key.pub.pem").getBytes(StandardCharsets.UTF_8)));
        jws.setDoKeyValidation(false);
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String bearer(String token) {
        return "Bearer " + token;
    }

    private static JwtClaims baseClaims(String subject, String clientId, String... roles) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(ISSUER);
        claims.setAudience(AUDIENCE);
        claims.setSubject(subject);
        claims.setJwtId(UUID.randomUUID().toString());
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(5);
        claims.setClaim("azp", clientId);
        claims.setClaim("realm_access", Map.of("roles", List.of(roles)));
        return claims;
    }

    private static String sign(JwtClaims claims) {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(PRIVATE_KEY);
        jws.setKeyIdHeaderValue("test-key");
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setHeader("typ", "JWT");
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    static PublicKey publicKey() {
        try {
            return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(PUBLIC_KEY)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static PrivateKey privateKey() {
        try {
            byte[] der = Base64.getDecoder().decode(base64Body(resource("test-signing-key.pem")));
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String base64Body(String pem) {
        return pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    }

    private static String resource(String name) {
        try (InputStream in = TestTokens.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
