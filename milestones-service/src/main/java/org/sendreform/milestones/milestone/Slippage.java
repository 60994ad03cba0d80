package org.sendreform.milestones.milestone;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Whether and by how much a milestone has slipped. Always derived, never typed in: a milestone slips when
 * its forecast passes its due date, or when it is still open after the due date has passed.
 */
public record Slippage(boolean slipped, long days) {

    public static final Slippage NONE = new Slippage(false, 0);

    /**
     * When a milestone is expected to finish: its completion date once complete; while open, its forecast (or
     * due date), or today when that has passed, since it is still not done.
     */
    public static LocalDate expected(MilestoneStatus status, LocalDate dueDate, LocalDate forecastDate, LocalDate completedOn,
            LocalDate today) {
        if (status == MilestoneStatus.COMPLETE) {
            return completedOn;
        }
        LocalDate expected = forecastDate != null ? forecastDate : dueDate;
        return today.isAfter(expected) && status != MilestoneStatus.CANCELLED ? today : expected;
    }

    public static Slippage of(MilestoneStatus status, LocalDate dueDate, LocalDate forecastDate, LocalDate completedOn,
            LocalDate today) {
        if (status == MilestoneStatus.CANCELLED) {
            return NONE;
        }
        if (status == MilestoneStatus.COMPLETE) {
            return completedOn != null && completedOn.isAfter(dueDate)
                    ? new Slippage(true, ChronoUnit.DAYS.between(dueDate, completedOn))
                    : NONE;
        }
        LocalDate expected = expected(status, dueDate, forecastDate, completedOn, today);
        return expected.isAfter(dueDate) ? new Slippage(true, ChronoUnit.DAYS.between(dueDate, expected)) : NONE;
    }
}
