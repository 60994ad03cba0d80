package org.sendreform.metrics.spend;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;

/** Every grant spend operation has an id, a summary, its 401 and error responses, and a request example when it takes a body. */
@QuarkusTest
class SpendOpenApiTest {

    @Test
    void everySpendOperationIsDocumented() {
        JsonObject paths = new JsonObject(given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .extract().asString()).getJsonObject("paths");
        Set<String> ids = new TreeSet<>();
        for (String path : paths.fieldNames()) {
            if (!path.startsWith("/api/v1/spend")) {
                continue;
            }
            for (String method : paths.getJsonObject(path).fieldNames()) {
                JsonObject op = paths.getJsonObject(path).getJsonObject(method);
                String where = method + " " + path;
                assertNotNull(op.getString("operationId"), where + " has no operationId");
                ids.add(op.getString("operationId"));
                assertNotNull(op.getString("summary"), where + " has no summary");
                assertNotNull(op.getString("description"), where + " has no description");
                JsonObject responses = op.getJsonObject("responses");
                assertTrue(responses.containsKey("401"), where + " does not document 401");
                assertTrue(responses.fieldNames().stream().anyMatch(s -> s.startsWith("4") && !s.equals("401")),
                        where + " documents no other error");
                if (!method.equals("get")) {
                    for (String status : Set.of("403", "409", "422")) {
                        assertTrue(responses.containsKey(status), where + " does not document " + status);
                    }
                    JsonObject content = op.getJsonObject("requestBody").getJsonObject("content");
                    assertTrue(content.fieldNames().stream().allMatch(type -> content.getJsonObject(type).containsKey("examples")),
                            where + " has no request example");
                }
            }
        }
        assertEquals(Set.of("submitActualSpend", "getSpendSubmission", "listActualSpend", "getActualSpendHistory", "getSpendPlan",
                "getSpendPlanLine", "putSpendPlanLine", "patchSpendPlanLine", "getSpendPlanLineHistory", "getGrantConditions"), ids);
    }
}
