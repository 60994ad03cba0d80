package org.sendreform.milestones.milestone;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.sendreform.milestones.TestMilestones;
import org.sendreform.platform.testing.Topics;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;

/** The scheduled check: a milestone the calendar made slip is announced once, however often the check runs. */
@QuarkusTest
class SlippageWatchTest {

    @Inject
    SlippageWatch watch;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void anOpenMilestonePastItsDueDateIsAnnouncedOnceByTheCheck() {
        String late = TestMilestones.fresh(MilestoneStatus.IN_PROGRESS, LocalDate.of(2026, 3, 31));
        String onTime = TestMilestones.fresh(MilestoneStatus.IN_PROGRESS);
        String finished = TestMilestones.fresh(MilestoneStatus.CANCELLED, LocalDate.of(2026, 3, 31));
        watch.checkAll();
        watch.checkAll();
        List<Topics.Event> slipped = Topics.read(bootstrap, "milestones.events.v1",
                e -> List.of(late, onTime, finished).contains(e.key()) && MilestoneSlipped.TYPE.equals(e.type()), 1);
        assertEquals(1, slipped.size());
        assertEquals(late, slipped.get(0).key());
        JsonObject data = new JsonObject(slipped.get(0).data());
        assertEquals(java.time.temporal.ChronoUnit.DAYS.between(LocalDate.of(2026, 3, 31), LocalDate.now()), data.getLong("slippageDays"));
    }
}
