package org.sendreform.gateway;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import io.vertx.core.json.JsonObject;

@QuarkusTest
@TestProfile(MergedOpenApiTest.RealDocuments.class)
class MergedOpenApiTest {

    @jakarta.inject.Inject
    org.sendreform.gateway.route.RouteTable routes;

    public static class RealDocuments implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(ServiceDocuments.class));
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gateway.docs.realm-url", "https://id.example/realms/send-reform");
        }
    }

    @Test
    void mergedDocumentIsValidOpenApiWithEveryServicesOperations() {
        String merged = given().when().get("/openapi").then().statusCode(200).extract().asString();
        SwaggerParseResult parsed = new OpenAPIParser().readContents(merged, null, null);
        assertTrue(parsed.getMessages() == null || parsed.getMessages().isEmpty(), () -> "not valid: " + parsed.getMessages());
        OpenAPI api = parsed.getOpenAPI();
        assertNotNull(api);
        for (String service : ServiceDocuments.SERVICES) {
            JsonObject own = new JsonObject(ServiceDocuments.document(service));
            for (String path : own.getJsonObject("paths").fieldNames()) {
                assertNotNull(api.getPaths().get(path), () -> service + " path " + path + " is missing");
                for (String method : own.getJsonObject("paths").getJsonObject(path).fieldNames()) {
                    String id = own.getJsonObject("paths").getJsonObject(path).getJsonObject(method).getString("summary");
                    assertNotNull(api.getPaths().get(path).readOperationsMap()
                            .get(io.swagger.v3.oas.models.PathItem.HttpMethod.valueOf(method.toUpperCase())),
                            () -> service + " " + method + " " + path + " (" + id + ") is missing");
                }
            }
        }
        assertTrue(api.getPaths().containsKey("/api/v1/milestones"));
        assertTrue(api.getPaths().containsKey("/api/v1/bodies/{code}"));
    }

    /**
     * The merged document is also kept in the repository (docs/openapi/send-reform-api.json) for partner
     * developers and for the generated-client check (module api-client-check). This test keeps it true:
     * when the API changes, run the gateway tests with -Dsend.update-api-doc=true to rewrite it.
     */
    @Test
    void theDocumentKeptInTheRepositoryIsTheMergedOne() throws Exception {
        JsonObject merged = new JsonObject(given().when().get("/openapi").then().statusCode(200).extract().asString());
        merged.getJsonArray("servers").getJsonObject(0).put("url", "http://localhost:8080");
        merged.getJsonObject("components").getJsonObject("securitySchemes").getJsonObject("keycloak").getJsonObject("flows")
                .forEach(flow -> ((JsonObject) flow.getValue()).fieldNames().stream().toList().forEach(key -> {
                    JsonObject f = (JsonObject) flow.getValue();
                    if (f.getValue(key) instanceof String url) {
                        f.put(key, url.replace("https://id.example", "http://localhost:8180"));
                    }
                }));
        String fresh = merged.encodePrettily() + "\n";
        java.nio.file.Path kept = java.nio.file.Path.of("..", "docs", "openapi", "send-reform-api.json");
        if (Boolean.getBoolean("send.update-api-doc")) {
            java.nio.file.Files.createDirectories(kept.getParent());
            java.nio.file.Files.writeString(kept, fresh);
        }
        String stored = java.nio.file.Files.exists(kept) ? java.nio.file.Files.readString(kept) : "";
        assertEquals(fresh, stored, "docs/openapi/send-reform-api.json is out of date: run "
                + "./mvnw verify -pl gateway -Dsend.update-api-doc=true (after building the services) and commit it");
    }

    @Test
    void everyOperationHasAnIdASummaryAndItsAuthenticationError() {
        JsonObject paths = new JsonObject(given().when().get("/openapi").then().statusCode(200).extract().asString())
                .getJsonObject("paths");
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (String path : paths.fieldNames()) {
            for (String method : paths.getJsonObject(path).fieldNames()) {
                JsonObject op = paths.getJsonObject(path).getJsonObject(method);
                String where = method + " " + path;
                assertNotNull(op.getString("operationId"), () -> where + " has no operationId");
                assertTrue(ids.add(op.getString("operationId")), () -> where + " repeats operationId " + op.getString("operationId"));
                assertNotNull(op.getString("summary"), () -> where + " has no summary");
                // operations that need no token (security: []) have no 401 to document
                boolean open = open(op);
                assertTrue(open || op.getJsonObject("responses").containsKey("401"), () -> where + " does not document 401");
            }
        }
    }

    /** An operation that needs no token: {@code security: []}, or a single empty requirement {@code [{}]}. */
    static boolean open(JsonObject op) {
        io.vertx.core.json.JsonArray security = op.getJsonArray("security");
        return security != null && (security.isEmpty()
                || (security.size() == 1 && security.getValue(0) instanceof JsonObject o && o.isEmpty()));
    }

    /** A path a service documents but the gateway does not route would be unreachable for every client. */
    @Test
    void theGatewayRoutesEveryPathOfEachServiceToThatService() {
        for (String service : ServiceDocuments.SERVICES) {
            List<String> prefixes = routes.routes().get(service).paths();
            List<String> publicPrefixes = routes.routes().get(service).publicPaths().orElse(List.of());
            JsonObject paths = new JsonObject(ServiceDocuments.document(service)).getJsonObject("paths");
            for (String path : paths.fieldNames()) {
                assertTrue(prefixes.stream().anyMatch(p -> path.equals(p) || path.startsWith(p + "/")),
                        () -> service + " documents " + path + " but gateway.routes." + service + ".paths does not route it");
                for (String method : paths.getJsonObject(path).fieldNames()) {
                    JsonObject op = paths.getJsonObject(path).getJsonObject(method);
                    boolean open = open(op);
                    boolean routedOpen = publicPrefixes.stream().anyMatch(p -> path.equals(p) || path.startsWith(p + "/"));
                    // (the other way round is harmless: the service still asks for its token)
                    assertTrue(!open || routedOpen, () -> method + " " + path + " needs no token but the gateway asks for one");
                }
            }
        }
    }

    @Test
    void securityPointsAtKeycloakAndServersAtTheGateway() {
        JsonObject merged = new JsonObject(given().when().get("/openapi").then().statusCode(200).extract().asString());
        assertEquals("https://id.example/realms/send-reform/protocol/openid-connect/token",
                merged.getJsonObject("components").getJsonObject("securitySchemes").getJsonObject("keycloak")
                        .getJsonObject("flows").getJsonObject("clientCredentials").getString("tokenUrl"));
        assertEquals("bearer", merged.getJsonObject("components").getJsonObject("securitySchemes")
                .getJsonObject("bearer").getString("scheme"));
        assertTrue(merged.getJsonArray("servers").getJsonObject(0).getString("url").startsWith("http://localhost:"));
        // every schema a reference points at exists
        String text = merged.encode();
        JsonObject schemas = merged.getJsonObject("components").getJsonObject("schemas");
        java.util.regex.Matcher refs = java.util.regex.Pattern.compile("#/components/schemas/([A-Za-z0-9_.-]+)").matcher(text);
        while (refs.find()) {
            String name = refs.group(1);
            assertTrue(schemas.containsKey(name), () -> "dangling reference to " + name);
        }
    }
}
