package org.sendreform.gateway.docs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * Merges the services' OpenAPI documents into one document of the whole public API. The gateway exposes
 * the services' paths unchanged, so paths are copied as they are. Schemas of the same name and the same
 * content are kept once (the shared Problem); a name two services use for different shapes is prefixed with
 * the service's name in that service's part, references included. Security is the realm's: bearer tokens
 * from Keycloak, by client credentials or authorization code.
 */
public final class OpenApiMerge {

    private OpenApiMerge() {
    }

    public static JsonObject merge(Map<String, JsonObject> documents, String serverUrl, String realmUrl) {
        JsonObject paths = new JsonObject();
        JsonObject schemas = new JsonObject();
        Map<String, JsonObject> tags = new LinkedHashMap<>();
        String openapi = "3.0.3";
        for (Map.Entry<String, JsonObject> entry : documents.entrySet()) {
            String service = entry.getKey();
            JsonObject doc = entry.getValue();
            openapi = doc.getString("openapi", openapi);
            JsonObject ownSchemas = doc.getJsonObject("components", new JsonObject()).getJsonObject("schemas", new JsonObject());
            String text = doc.encode();
            Map<String, String> renames = new LinkedHashMap<>();
            for (String name : ownSchemas.fieldNames()) {
                JsonObject existing = schemas.getJsonObject(name);
                if (existing != null && !existing.equals(ownSchemas.getJsonObject(name))) {
                    String renamed = capitalise(service) + name;
                    renames.put(name, renamed);
                    text = text.replace("\"#/components/schemas/" + name + "\"", "\"#/components/schemas/" + renamed + "\"");
                }
            }
            JsonObject renamedDoc = new JsonObject(text);
            JsonObject renamedSchemas = renamedDoc.getJsonObject("components", new JsonObject()).getJsonObject("schemas", new JsonObject());
            renames.forEach((from, to) -> renamedSchemas.put(to, renamedSchemas.remove(from)));
            JsonObject servicePaths = renamedDoc.getJsonObject("paths", new JsonObject());
            for (String path : servicePaths.fieldNames()) {
                if (paths.containsKey(path)) {
                    throw new IllegalStateException("path " + path + " is documented by two services");
                }
                JsonObject item = servicePaths.getJsonObject(path).copy();
                item.fieldNames().forEach(method -> {
                    if (item.getValue(method) instanceof JsonObject operation) {
                        securityOf(operation);
                    }
                });
                paths.put(path, item);
            }
            renamedSchemas.forEach(e -> schemas.put(e.getKey(), e.getValue()));
            JsonArray docTags = renamedDoc.getJsonArray("tags", new JsonArray());
            for (int i = 0; i < docTags.size(); i++) {
                JsonObject tag = docTags.getJsonObject(i);
                tags.putIfAbsent(tag.getString("name"), tag);
            }
        }
        String token = realmUrl + "/protocol/openid-connect/token";
        JsonObject securitySchemes = new JsonObject()
                .put("bearer", new JsonObject().put("type", "http").put("scheme", "bearer").put("bearerFormat", "JWT")
                        .put("description", "An access token from Keycloak realm send-reform (" + realmUrl + ")"))
                .put("keycloak", new JsonObject().put("type", "oauth2").put("flows", new JsonObject()
                        .put("clientCredentials", new JsonObject().put("tokenUrl", token).put("scopes", new JsonObject()))
                        .put("authorizationCode", new JsonObject()
                                .put("authorizationUrl", realmUrl + "/protocol/openid-connect/auth")
                                .put("tokenUrl", token).put("scopes", new JsonObject()))));
        return new JsonObject()
                .put("openapi", openapi)
                .put("info", new JsonObject()
                        .put("title", "SEND Reform Delivery Platform API")
                        .put("version", "1.0")
                        .put("description", "The whole public API of the platform, as the gateway exposes it. "
                                + "Every /api/v1 operation needs a bearer token from Keycloak; errors are RFC 9457 problem documents."))
                .put("servers", new JsonArray().add(new JsonObject().put("url", serverUrl)))
                .put("security", new JsonArray().add(new JsonObject().put("bearer", new JsonArray()))
                        .add(new JsonObject().put("keycloak", new JsonArray())))
                .put("tags", new JsonArray(List.copyOf(tags.values())))
                .put("paths", paths)
                .put("components", new JsonObject().put("schemas", schemas).put("securitySchemes", securitySchemes));
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /**
     * One platform-wide requirement (below) replaces each service's own: its bearer scheme carries the realm roles
     * as "scopes", which OpenAPI allows only for OAuth schemes. The roles stay readable as {@code x-roles}; an
     * operation that needs no token keeps {@code security: []}, so clients and the docs know to send none.
     */
    static void securityOf(JsonObject operation) {
        JsonArray security = operation.getJsonArray("security");
        operation.remove("security");
        if (security == null) {
            return;
        }
        boolean open = security.isEmpty() || (security.size() == 1 && security.getValue(0) instanceof JsonObject o && o.isEmpty());
        if (open) {
            operation.put("security", new JsonArray());
            return;
        }
        JsonArray roles = new JsonArray();
        security.forEach(requirement -> {
            if (requirement instanceof JsonObject r) {
                r.forEach(scheme -> {
                    if (scheme.getValue() instanceof JsonArray scopes) {
                        scopes.forEach(role -> {
                            if (!roles.contains(role)) {
                                roles.add(role);
                            }
                        });
                    }
                });
            }
        });
        if (!roles.isEmpty()) {
            operation.put("x-roles", roles);
        }
    }
}
