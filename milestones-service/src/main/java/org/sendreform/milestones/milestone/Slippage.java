package org.sendreform.milestones.milestone;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Whether and by how much a milestone has slipped. Always derived, never typed in: a milestone slips when
 * its forecast passes its due date, or when it is still open after the due date has passed.
 */
public record Slippage(boolean slipped, long days) {

    public static final Slippage NONE = new Slippage(false, 0);

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
        LocalDate expected = forecastDate != null ? forecastDate : dueDate;
        if (today.isAfter(expected)) {
            expected = today; // still open and past its date: it slips a day for every day it stays open
        }
        return expected.isAfter(dueDate) ? new Slippage(true, ChronoUnit.DAYS.between(dueDate, expected)) : NONE;
    }
}
