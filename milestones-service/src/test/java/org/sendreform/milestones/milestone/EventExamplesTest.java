package org.sendreform.milestones.milestone;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** The example in docs/events, which consumers test against, is exactly what this producer writes. */
class EventExamplesTest {

    @Test
    void milestoneChangedExample() throws Exception {
        ObjectMapper json = new ObjectMapper().findAndRegisterModules()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        JsonNode file = json.readTree(Files.readString(Path.of("..", "docs", "events", "milestones", "milestone-changed.v1.example.json")));
        MilestoneChanged event = json.treeToValue(file, MilestoneChanged.class);
        assertEquals(file, json.readTree(json.writeValueAsString(event)));
    }

    @Test
    void milestoneRebaselinedExample() throws Exception {
        ObjectMapper json = new ObjectMapper().findAndRegisterModules()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        JsonNode file = json.readTree(Files.readString(Path.of("..", "docs", "events", "milestones", "milestone-rebaselined.v1.example.json")));
        org.sendreform.milestones.resequencing.MilestoneRebaselined event = json.treeToValue(file,
                org.sendreform.milestones.resequencing.MilestoneRebaselined.class);
        assertEquals(file, json.readTree(json.writeValueAsString(event)));
    }

    @Test
    void milestoneSlippedExample() throws Exception {
        ObjectMapper json = new ObjectMapper().findAndRegisterModules()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        JsonNode file = json.readTree(Files.readString(Path.of("..", "docs", "events", "milestones", "milestone-slipped.v1.example.json")));
        MilestoneSlipped event = json.treeToValue(file, MilestoneSlipped.class);
        assertEquals(file, json.readTree(json.writeValueAsString(event)));
    }
}
