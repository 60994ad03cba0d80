package org.sendreform.risk;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;

/** This service's own OpenAPI document keeps the rules the gateway's merged-document test enforces, and more. */
@QuarkusTest
class OpenApiTest {

    /** Operations that document an example of what they answer (or take). */
    static final List<String> WITH_EXAMPLES = List.of("getRiskHeatMap", "exportRisks", "listRisksAboveAppetite", "summariseRisksByBody",
            "listDependencies", "getDependency", "updateDependency", "getDependencyHistory", "closeRisk");

    JsonObject document() {
        return new JsonObject(given().accept("application/json").when().get("/q/openapi").then().statusCode(200).extract().asString());
    }

    @Test
    void everyOperationHasAnIdASummaryAndItsAuthenticationError() {
        JsonObject paths = document().getJsonObject("paths");
        Set<String> ids = new HashSet<>();
        for (String path : paths.fieldNames()) {
            for (String method : paths.getJsonObject(path).fieldNames()) {
                JsonObject op = paths.getJsonObject(path).getJsonObject(method);
                String where = method + " " + path;
                assertNotNull(op.getString("operationId"), () -> where + " has no operationId");
                assertTrue(ids.add(op.getString("operationId")), () -> where + " repeats operationId " + op.getString("operationId"));
                assertNotNull(op.getString("summary"), () -> where + " has no summary");
                assertTrue(op.getJsonObject("responses").containsKey("401"), () -> where + " does not document 401");
                if (!method.equals("get")) {
                    for (String status : List.of("403", "404")) {
                        assertTrue(op.getJsonObject("responses").containsKey(status) || path.equals("/api/v1/risks") || path.contains("/mitigations"),
                                () -> where + " does not document " + status);
                    }
                }
                if (WITH_EXAMPLES.contains(op.getString("operationId"))) {
                    assertTrue(op.encode().contains("\"examples\"") || op.encode().contains("\"example\""), () -> where + " has no example");
                }
            }
        }
        assertTrue(ids.containsAll(WITH_EXAMPLES), () -> "missing operations: " + WITH_EXAMPLES.stream().filter(i -> !ids.contains(i)).toList());
    }

    @Test
    void theNewWritesDocumentTheirPreconditionsAndValidation() {
        JsonObject paths = document().getJsonObject("paths");
        for (String[] op : List.of(new String[] { "/api/v1/risks/{code}/closure", "post" }, new String[] { "/api/v1/dependencies/{code}", "patch" })) {
            JsonObject responses = paths.getJsonObject(op[0]).getJsonObject(op[1]).getJsonObject("responses");
            for (String status : List.of("401", "403", "404", "412", "422", "428")) {
                assertTrue(responses.containsKey(status), () -> op[1] + " " + op[0] + " does not document " + status);
            }
        }
        assertTrue(paths.getJsonObject("/api/v1/risks/{code}/closure").getJsonObject("post").getJsonObject("responses").containsKey("409"));
        assertTrue(paths.getJsonObject("/api/v1/risks/export").getJsonObject("get").getJsonObject("responses").getJsonObject("200")
                .getJsonObject("content").containsKey("text/csv"));
    }
}
