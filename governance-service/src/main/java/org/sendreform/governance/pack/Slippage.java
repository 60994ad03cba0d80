package org.sendreform.governance.pack;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Days a milestone has slipped, derived from its dates as milestones-service derives them (docs/milestones.md):
 * an open milestone slips when its forecast passes its due date or it is still open after it; a completed one
 * slipped when completed after it; a cancelled one never slips. Plain Java.
 */
public final class Slippage {

    private Slippage() {
    }

    public static long days(String status, LocalDate due, LocalDate forecast, LocalDate completed, LocalDate today) {
        if ("CANCELLED".equals(status)) {
            return 0;
        }
        if ("COMPLETE".equals(status)) {
            return completed != null && completed.isAfter(due) ? ChronoUnit.DAYS.between(due, completed) : 0;
        }
        LocalDate expected = forecast != null ? forecast : due;
        if (today.isAfter(expected)) {
            expected = today;
        }
        return expected.isAfter(due) ? ChronoUnit.DAYS.between(due, expected) : 0;
    }
}
