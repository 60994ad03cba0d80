package org.sendreform.risk.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.sendreform.risk.acceptance.RiskAccepted;
import org.sendreform.risk.escalation.RiskMoved;

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
    void riskRaisedExample() throws Exception {
        roundTrips("risk-raised.v1.example.json", org.sendreform.risk.register.RiskRaised.class);
    }

    @Test
    void riskDeEscalatedExample() throws Exception {
        roundTrips("risk-de-escalated.v1.example.json");
    }
}
