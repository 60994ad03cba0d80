package org.sendreform.risk.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.sendreform.risk.acceptance.RiskAccepted;
import org.sendreform.risk.closure.RiskClosed;
import org.sendreform.risk.dependency.DependencyChanged;
import org.sendreform.risk.escalation.RiskMoved;
import org.sendreform.risk.signal.RiskSignalReceived;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The examples in docs/events/risks, which consumers test against, are exactly what this producer writes. */
class EventExamplesTest {

    static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    static void roundTrips(String example) throws Exception {
        roundTrips(example, RiskMoved.class);
    }

    static void roundTrips(String example, Class<?> type) throws Exception {
        JsonNode file = JSON.readTree(Files.readString(Path.of("..", "docs", "events", "risks", example)));
        Object event = JSON.treeToValue(file, type); // fails on a field the producer does not have
        assertEquals(file, JSON.readTree(JSON.writeValueAsString(event)), example + " does not round-trip");
    }

    /** Each example also fits its schema, and the schema is the one of the example's type. */
    static void fitsSchema(String example, String schema) throws Exception {
        JsonNode file = JSON.readTree(Files.readString(Path.of("..", "docs", "events", "risks", example)));
        assertEquals(java.util.List.of(), EventSchemas.problems(schema, file), example + " does not fit " + schema);
    }

    @Test
    void everyExampleFitsItsSchema() throws Exception {
        fitsSchema("risk-escalated.v1.example.json", "risk-moved.v1.schema.json");
        fitsSchema("risk-de-escalated.v1.example.json", "risk-moved.v1.schema.json");
        fitsSchema("risk-changed.v1.example.json", "risk-changed.v1.schema.json");
        fitsSchema("risk-accepted.v1.example.json", "risk-accepted.v1.schema.json");
        fitsSchema("risk-raised.v1.example.json", "risk-raised.v1.schema.json");
        fitsSchema("risk-closed.v1.example.json", "risk-closed.v1.schema.json");
        fitsSchema("dependency-changed.v1.example.json", "dependency-changed.v1.schema.json");
        fitsSchema("risk-signal-received.v1.example.json", "risk-signal-received.v1.schema.json");
        fitsSchema("risk-rescored.v1.example.json", "risk-rescored.v1.schema.json");
    }

    @Test
    void theSchemaCheckFindsWhatDoesNotFit() throws Exception {
        String bad = "{\"riskCode\": \"R-05\", \"statusBefore\": \"CLOSED\", \"version\": \"9\", \"extra\": 1}";
        var problems = EventSchemas.problems("risk-closed.v1.schema.json", bad);
        assertNotEquals(java.util.List.of(), problems);
        assertEquals(true, problems.stream().anyMatch(p -> p.startsWith("$.statusBefore")), problems::toString);
        assertEquals(true, problems.stream().anyMatch(p -> p.startsWith("$.version")), problems::toString);
        assertEquals(true, problems.stream().anyMatch(p -> p.startsWith("$.extra")), problems::toString);
        assertEquals(true, problems.stream().anyMatch(p -> p.equals("$.closedOn: missing")), problems::toString);
    }

    @Test
    void riskClosedExample() throws Exception {
        roundTrips("risk-closed.v1.example.json", RiskClosed.class);
    }

    @Test
    void dependencyChangedExample() throws Exception {
        roundTrips("dependency-changed.v1.example.json", DependencyChanged.class);
    }

    @Test
    void riskSignalReceivedExample() throws Exception {
        roundTrips("risk-signal-received.v1.example.json", RiskSignalReceived.class);
    }

    @Test
    void riskEscalatedExample() throws Exception {
        roundTrips("risk-escalated.v1.example.json");
    }

    @Test
    void riskChangedExample() throws Exception {
        roundTrips("risk-changed.v1.example.json", org.sendreform.risk.register.RiskChanged.class);
    }

    @Test
    void riskAcceptedExample() throws Exception {
        roundTrips("risk-accepted.v1.example.json", RiskAccepted.class);
    }

    @Test
    void riskRescoredExample() throws Exception {
        roundTrips("risk-rescored.v1.example.json", org.sendreform.risk.register.RiskRescored.class);
    }

    @Test
    void riskRaisedExample() throws Exception {
        roundTrips("risk-raised.v1.example.json", org.sendreform.risk.register.RiskRaised.class);
    }

    @Test
    void riskDeEscalatedExample() throws Exception {
        roundTrips("risk-de-escalated.v1.example.json");
    }
}
