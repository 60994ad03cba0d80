package org.sendreform.milestones.milestone;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.sendreform.milestones.dependency.MilestoneFlaggedAtRisk;
import org.sendreform.milestones.resequencing.MilestoneRebaselined;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** Each example in docs/events, which consumers test against, is exactly what this producer writes. */
class EventExamplesTest {

    static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    static void roundTrips(String example, Class<?> event) throws Exception {
        JsonNode file = JSON.readTree(Files.readString(Path.of("..", "docs", "events", "milestones", example)));
        assertEquals(file, JSON.readTree(JSON.writeValueAsString(JSON.treeToValue(file, event))));
    }

    @Test
    void milestoneChangedExample() throws Exception {
        roundTrips("milestone-changed.v1.example.json", MilestoneChanged.class);
    }

    @Test
    void milestoneRebaselinedExample() throws Exception {
        roundTrips("milestone-rebaselined.v1.example.json", MilestoneRebaselined.class);
    }

    @Test
    void milestoneSlippedExample() throws Exception {
        roundTrips("milestone-slipped.v1.example.json", MilestoneSlipped.class);
    }

    @Test
    void milestoneFlaggedAtRiskExample() throws Exception {
        roundTrips("milestone-flagged-at-risk.v1.example.json", MilestoneFlaggedAtRisk.class);
    }

    @Test
    void milestoneCreatedExample() throws Exception {
        roundTrips("milestone-created.v1.example.json", MilestoneCreated.class);
    }

    @Test
    void milestoneStatusChangedExample() throws Exception {
        roundTrips("milestone-status-changed.v1.example.json", MilestoneStatusChanged.class);
    }

    @Test
    void milestoneCompletedExample() throws Exception {
        roundTrips("milestone-completed.v1.example.json", MilestoneCompleted.class);
    }
}
