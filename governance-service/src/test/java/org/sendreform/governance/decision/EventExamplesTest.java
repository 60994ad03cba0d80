package org.sendreform.governance.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** The examples in docs/events/governance, which consumers test against, are exactly what this producer writes. */
class EventExamplesTest {

    static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    static void roundTrips(String example) throws Exception {
        roundTrips(example, DecisionRecorded.class);
    }

    static void roundTrips(String example, Class<?> type) throws Exception {
        JsonNode file = JSON.readTree(Files.readString(Path.of("..", "docs", "events", "governance", example)));
        Object event = JSON.treeToValue(file, type); // fails on a field the producer does not have
        assertEquals(file, JSON.readTree(JSON.writeValueAsString(event)), example + " does not round-trip");
    }

    @Test
    void riskAcceptedExample() throws Exception {
        roundTrips("decision-recorded.v1.accept-risk.example.json");
    }

    @Test
    void returnSignedOffExample() throws Exception {
        roundTrips("return-signed-off.v1.example.json", org.sendreform.governance.quarterlyreturn.ReturnSignedOff.class);
    }

    @Test
    void taskAndFinishRatifiedExample() throws Exception {
        roundTrips("task-and-finish-ratified.v1.example.json", org.sendreform.governance.body.TaskAndFinishRatified.class);
    }

    @Test
    void escalationExamples() throws Exception {
        roundTrips("escalation-raised.v1.example.json", org.sendreform.governance.escalation.EscalationRaised.class);
        roundTrips("escalation-answered.v1.example.json", org.sendreform.governance.escalation.EscalationAnswered.class);
    }

    @Test
    void packIssuedExample() throws Exception {
        roundTrips("pack-issued.v1.example.json", org.sendreform.governance.pack.PackIssued.class);
    }

    @Test
    void resequencedExample() throws Exception {
        roundTrips("decision-recorded.v1.resequence.example.json");
    }
}
