package org.sendreform.platform.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The permission matrix of a service, generated from the OpenAPI document it serves, so that no operation escapes
 * it: every operation × every realm role, and every operation with no token or a bad one (expired, not yet valid,
 * another audience, another realm's issuer, {@code alg=none}, HS256 signed with the public key).
 * <ul>
 * <li>An operation that needs no token ({@code security: [{}]}) answers without one.</li>
 * <li>Any other operation answers 401 problem+json to a missing or bad token, before anything else.</li>
 * <li>A role the operation's security requirement does not list is refused with 403 problem+json, before the
 * request is read (the requests here carry an empty body and placeholder path values).</li>
 * <li>A role it lists gets past the role check: never 401, and never a server error, whatever the placeholder
 * input (object-level checks may still answer 403, e.g. a workspace lead outside their workspace).</li>
 * </ul>
 * A service's test extends this as a {@code @QuarkusTest}. The roles come from the realm
 * (deploy/keycloak/send-reform-realm.json); a role added there must be added here.
 */
public abstract class PermissionMatrix {

    /** The realm's roles, each with the claims its tokens carry in the realm. */
    static final Map<String, Supplier<String>> ROLES = Map.of(
            "partner-submitter", () -> TestTokens.partner("demo-la-send", "coventry-la-send"),
            "analytics-reader", () -> TestTokens.user("icb.analytics", "analytics-reader"),
            "programme-manager", () -> TestTokens.user("programme.manager", "programme-manager"),
            "workspace-lead", () -> TestTokens.user("workspace.lead", Map.of("workspace", "qa-data-digital"), "workspace-lead"),
            "rdg-member", () -> TestTokens.user("rdg.member", "rdg-member"),
            "board-member", () -> TestTokens.user("board.member", "board-member"),
            "board-secretary", () -> TestTokens.user("board.secretary", "board-secretary"),
            "return-signatory", () -> TestTokens.user("council.signatory", Map.of("org", "coventry-city-council"), "return-signatory"),
            "admin", () -> TestTokens.user("admin", "admin"));

    static final Map<String, Supplier<String>> BAD_TOKENS = Map.of(
            "expired", () -> TestTokens.expired("admin"),
            "not yet valid", () -> TestTokens.notYetValid("admin"),
            "another audience", () -> TestTokens.wrongAudience("admin"),
            "another realm's issuer", () -> TestTokens.wrongIssuer("admin"),
            "alg=none", () -> TestTokens.unsigned("admin"),
            "HS256 with the public key", () -> TestTokens.hmacWithPublicKey("admin"));

    record Operation(String method, String path, String template, String contentType, boolean open, Set<String> roles) {

        String name() {
            return method.toUpperCase() + " " + template;
        }
    }

    @TestFactory
    List<DynamicTest> everyOperationForEveryRoleAndEveryBadToken() throws Exception {
        List<Operation> operations = operations();
        assertFalse(operations.isEmpty(), "the service documents no operation");
        List<DynamicTest> tests = new ArrayList<>();
        for (Operation op : operations) {
            if (op.open()) {
                tests.add(DynamicTest.dynamicTest(op.name() + " needs no token", () -> {
                    Response r = call(op, null);
                    assertTrue(r.statusCode() != 401 && r.statusCode() != 403 && r.statusCode() < 500,
                            () -> op.name() + " without a token answered " + r.statusCode());
                }));
                continue;
            }
            tests.add(DynamicTest.dynamicTest(op.name() + " without a token: 401", () -> assertUnauthenticated(op, null, "no token")));
            BAD_TOKENS.forEach((what, token) -> tests.add(DynamicTest.dynamicTest(op.name() + " with a token " + what + ": 401",
                    () -> assertUnauthenticated(op, token.get(), what))));
            ROLES.forEach((role, token) -> {
                boolean allowed = op.roles().isEmpty() || op.roles().contains(role);
                tests.add(DynamicTest.dynamicTest(op.name() + " as " + role + (allowed ? ": past the role check" : ": 403"), () -> {
                    Response r = call(op, token.get());
                    if (allowed) {
                        assertTrue(r.statusCode() != 401 && r.statusCode() < 500,
                                () -> op.name() + " as " + role + " answered " + r.statusCode() + ": " + r.asString());
                    } else {
                        assertEquals(403, r.statusCode(), () -> op.name() + " as " + role + " (not in " + op.roles() + ") answered "
                                + r.statusCode() + ": " + r.asString());
                        assertTrue(r.contentType().startsWith("application/problem+json"), () -> op.name() + ": " + r.contentType());
                    }
                }));
            });
        }
        return tests;
    }

    private static void assertUnauthenticated(Operation op, String token, String what) {
        Response r = call(op, token);
        assertEquals(401, r.statusCode(), () -> op.name() + " with " + what + " answered " + r.statusCode() + ": " + r.asString());
        assertTrue(r.contentType().startsWith("application/problem+json"), () -> op.name() + " with " + what + ": " + r.contentType());
    }

    private static Response call(Operation op, String token) {
        RequestSpecification request = given().redirects().follow(false);
        if (token != null) {
            request.auth().oauth2(token);
        }
        if (op.contentType() != null) {
            request.contentType(op.contentType()).body(op.contentType().contains("json") ? "{}" : "");
        }
        return request.when().request(op.method().toUpperCase(), op.path()).then().extract().response();
    }

    /** Every operation of the document the service serves, with placeholder path values. */
    static List<Operation> operations() throws Exception {
        JsonNode doc = new ObjectMapper().readTree(given().accept("application/json").when().get("/q/openapi?format=json").asString());
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            String concrete = path.getKey().replaceAll("\\{[^}]+}", "1");
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext();) {
                Map.Entry<String, JsonNode> method = methods.next();
                if (!Set.of("get", "put", "post", "delete", "patch").contains(method.getKey())) {
                    continue;
                }
                JsonNode op = method.getValue();
                String contentType = null;
                Iterator<String> types = op.path("requestBody").path("content").fieldNames();
                while (types.hasNext()) {
                    String type = types.next();
                    if (contentType == null || type.contains("json")) {
                        contentType = type;
                    }
                }
                JsonNode security = op.has("security") ? op.get("security") : doc.path("security");
                boolean open = security.isArray() && (security.isEmpty()
                        || (security.size() == 1 && security.get(0).isObject() && security.get(0).isEmpty()));
                Set<String> roles = new LinkedHashSet<>();
                security.forEach(requirement -> requirement.forEach(scopes -> scopes.forEach(s -> roles.add(s.asText()))));
                operations.add(new Operation(method.getKey(), concrete, path.getKey(), contentType, open, roles));
            }
        }
        return operations;
    }
}
