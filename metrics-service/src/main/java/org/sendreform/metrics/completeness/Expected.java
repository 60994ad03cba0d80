package org.sendreform.metrics.completeness;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.sendreform.platform.period.Period;

/**
 * Which submissions are expected, and how each stands. An owner of a measure is expected to send a value for
 * every period of the measure's type, due {@code dueDays} after the period ends. Plain Java, so the rule is
 * unit-tested alone.
 */
public final class Expected {

    /** How an expected submission stands on a given day. */
    public enum Standing {
        /** Received by its due date. */
        ON_TIME,
        /** Received after its due date. */
        LATE,
        /** Not received, and past its due date. */
        OVERDUE,
        /** Not received yet, not yet due. */
        DUE
    }

    static final ZoneId UK = ZoneId.of("Europe/London");

    private Expected() {
    }

    /** The periods of {@code kind} that have ended by {@code today} and end within [from, to]. */
    public static List<Period> periods(Period.Kind kind, LocalDate from, LocalDate to, LocalDate today) {
        List<Period> periods = new ArrayList<>();
        for (Period p = Period.of(kind, from); !p.end().isAfter(to); p = p.next()) {
            if (!p.end().isBefore(from) && p.hasEndedBy(today)) {
                periods.add(p);
            }
        }
        return periods;
    }

    public static LocalDate dueBy(Period period, int dueDays) {
        return period.end().plusDays(dueDays);
    }

    /** A submission due by {@code dueBy} (a UK date), first received at {@code received} (null: not yet). */
    public static Standing standing(LocalDate dueBy, Instant received, LocalDate today) {
        if (received != null) {
            return received.atZone(UK).toLocalDate().isAfter(dueBy) ? Standing.LATE : Standing.ON_TIME;
        }
        return today.isAfter(dueBy) ? Standing.OVERDUE : Standing.DUE;
    }
}
