package org.sendreform.platform.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;

import org.junit.jupiter.api.Test;

/** What every service's health and docs endpoints must show; a service's test extends it as a {@code @QuarkusTest}. */
public abstract class HealthChecks {

    protected abstract String openApiTitle();

    @Test
    void readinessChecksTheDatabaseAndKafka() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", is("UP"))
                .body("checks.name", hasItems("Database connections health check", "Kafka connection health check"));
    }

    @Test
    void livenessIsUp() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", is("UP"));
    }

    @Test
    void openApiDocumentIsPublicAndNamesTheService() {
        given().when().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("info.title", is(openApiTitle()))
                .body("components.securitySchemes.bearer.type", is("http"));
    }

    @Test
    void prometheusMetricsArePublished() {
        given().when().get("/q/metrics").then().statusCode(200);
    }
}
