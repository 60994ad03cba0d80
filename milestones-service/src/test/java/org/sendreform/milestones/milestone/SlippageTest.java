package org.sendreform.milestones.milestone;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class SlippageTest {

    static final LocalDate DUE = LocalDate.of(2026, 9, 30);

    @Test
    void onTimeForecastBeforeDueDateHasNotSlipped() {
        assertEquals(Slippage.NONE, Slippage.of(MilestoneStatus.IN_PROGRESS, DUE, LocalDate.of(2026, 9, 1), null,
                LocalDate.of(2026, 8, 1)));
    }

    @Test
    void forecastAfterDueDateSlipsByTheDifference() {
        assertEquals(new Slippage(true, 31), Slippage.of(MilestoneStatus.IN_PROGRESS, DUE, LocalDate.of(2026, 10, 31), null,
                LocalDate.of(2026, 8, 1)));
    }

    @Test
    void openPastItsDueDateSlipsUntilToday() {
        assertEquals(new Slippage(true, 54), Slippage.of(MilestoneStatus.NOT_STARTED, DUE, null, null,
                LocalDate.of(2026, 11, 23)));
    }

    @Test
    void staleForecastInThePastCountsUpToToday() {
        assertEquals(new Slippage(true, 54), Slippage.of(MilestoneStatus.IN_PROGRESS, DUE, LocalDate.of(2026, 10, 15), null,
                LocalDate.of(2026, 11, 23)));
    }

    @Test
    void completedLateKeepsItsSlippage() {
        assertEquals(new Slippage(true, 5), Slippage.of(MilestoneStatus.COMPLETE, DUE, null, LocalDate.of(2026, 10, 5),
                LocalDate.of(2026, 11, 23)));
    }

    @Test
    void completedOnTimeOrCancelledHasNoSlippage() {
        LocalDate late = LocalDate.of(2027, 1, 1);
        assertEquals(Slippage.NONE, Slippage.of(MilestoneStatus.COMPLETE, DUE, null, DUE, late));
        assertEquals(Slippage.NONE, Slippage.of(MilestoneStatus.CANCELLED, DUE, null, null, late));
    }
}
