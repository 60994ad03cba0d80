package org.sendreform.metrics.measure;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;

/** The catalogue's write operations document their summary, description, request examples and every error they answer. */
@QuarkusTest
class MeasureOpenApiTest {

    static JsonObject openApi() {
        return new JsonObject(given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .extract().asString());
    }

    @Test
    void writeOperationsDocumentEveryAnswer() {
        JsonObject paths = openApi().getJsonObject("paths");
        Map<String, Set<String>> answers = Map.of(
                "post /api/v1/measures", Set.of("201", "400", "401", "403", "409", "422"),
                "patch /api/v1/measures/{code}", Set.of("200", "400", "401", "403", "404", "409", "412", "422", "428"),
                "get /api/v1/measures/{code}/definitions", Set.of("200", "401", "403", "404"));
        answers.forEach((operation, statuses) -> {
            String[] at = operation.split(" ");
            JsonObject op = paths.getJsonObject(at[1]).getJsonObject(at[0]);
            assertFalse(op.getString("summary", "").isBlank(), operation + " has no summary");
            assertFalse(op.getString("description", "").isBlank(), operation + " has no description");
            assertEquals(statuses, new TreeSet<>(op.getJsonObject("responses").fieldNames()), operation + " answers");
            if (op.containsKey("requestBody")) {
                JsonObject content = op.getJsonObject("requestBody").getJsonObject("content");
                assertTrue(content.fieldNames().stream().anyMatch(type -> content.getJsonObject(type).containsKey("examples")),
                        operation + " has no request example");
            }
        });
    }

    @Test
    void theNewMeasuresCodesAreTextWithTheirValues() {
        JsonObject schemas = openApi().getJsonObject("components").getJsonObject("schemas");
        for (String field : Set.of("unit", "direction", "kind", "periodType")) {
            JsonObject property = schemas.getJsonObject("NewMeasure").getJsonObject("properties").getJsonObject(field);
            assertEquals("string", property.getString("type"), field);
            assertFalse(property.getJsonArray("enum").isEmpty(), field);
        }
    }
}
