package org.sendreform.milestones.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sendreform.milestones.milestone.MilestoneStatus;
import org.sendreform.milestones.progress.Rollup.Item;
import org.sendreform.platform.period.Period;

class RollupTest {

    static final Period Q4 = Period.parse("FY2026-27-Q4");
    static final LocalDate IN_Q4 = LocalDate.of(2027, 2, 15);
    static final LocalDate IN_Q3 = LocalDate.of(2026, 11, 30);

    @Test
    void countsEachStatusAndRagAndTheShareCompleteLeavesCancelledOut() {
        Rollup r = Rollup.of(List.of(
                new Item("A", MilestoneStatus.COMPLETE, "GREEN", false, false, IN_Q3),
                new Item("B", MilestoneStatus.IN_PROGRESS, "RED", true, false, IN_Q4),
                new Item("C", MilestoneStatus.NOT_STARTED, null, false, true, IN_Q4),
                new Item("D", MilestoneStatus.CANCELLED, "AMBER", false, false, IN_Q4),
                new Item("E", MilestoneStatus.COMPLETE, null, true, false, IN_Q4)), Q4, Set.of("B", "X"));
        assertEquals(5, r.total());
        assertEquals(2, r.byStatus().get(MilestoneStatus.COMPLETE));
        assertEquals(1, r.byStatus().get(MilestoneStatus.CANCELLED));
        assertEquals(1, r.byRag().get("RED"));
        assertEquals(2, r.byRag().get("NONE"));
        assertEquals(new BigDecimal("50.0"), r.percentComplete(), "2 complete of 4 not cancelled");
        assertEquals(2, r.slipped());
        assertEquals(1, r.flaggedAtRisk());
        assertEquals(2, r.dueNextQuarter(), "only open milestones due in Q4: B and C");
        assertEquals(1, r.ragChanges(), "only changes of milestones in the set count");
    }

    @Test
    void anEmptySetIsAllZeroesWithEveryStatusAndRagPresent() {
        Rollup r = Rollup.of(List.of(), Q4, Set.of());
        assertEquals(0, r.total());
        assertEquals(4, r.byStatus().size());
        assertEquals(List.of("GREEN", "AMBER", "RED", "NONE"), List.copyOf(r.byRag().keySet()));
        assertEquals(new BigDecimal("0.0"), r.percentComplete());
    }

    @Test
    void theShareRoundsToOneDecimalPlace() {
        Rollup r = Rollup.of(List.of(new Item("A", MilestoneStatus.COMPLETE, null, false, false, IN_Q3),
                new Item("B", MilestoneStatus.NOT_STARTED, null, false, false, IN_Q3),
                new Item("C", MilestoneStatus.NOT_STARTED, null, false, false, IN_Q3)), Q4, Set.of());
        assertEquals(new BigDecimal("33.3"), r.percentComplete());
    }
}
