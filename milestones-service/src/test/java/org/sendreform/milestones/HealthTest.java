package org.sendreform.milestones;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class HealthTest {

    @Test
    void readinessChecksTheDatabaseAndKafka() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", is("UP"))
                .body("checks.name", hasItems("Database connections health check", "Kafka connection health check"));
    }

    @Test
    void openApiDocumentNamesTheService() {
        given().when().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("info.title", is("SEND Reform Platform: milestones"));
    }
}
