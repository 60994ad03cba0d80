package org.sendreform.governance.meeting;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import org.sendreform.governance.body.BodyKind;
import org.sendreform.governance.body.Cadence;

/**
 * A body's meeting dates for an academic year (1 September to 31 August), from its cadence. Half-termly: one
 * meeting in each half term (October, December, February, March, May, July); monthly: every month; quarterly:
 * October, January, April, July. The day follows the route, so that what a workspace escalates reaches the RDG
 * and then the Board in the same month: workspaces on the first Tuesday, the RDG on the second Thursday, the
 * Board (and any other body) on the third Thursday. These are defaults: each date can be moved. A body that
 * meets as needed, or has no cadence, has no generated schedule. Plain Java.
 */
public final class Schedule {

    private static final List<Integer> HALF_TERM_MONTHS = List.of(10, 12, 2, 3, 5, 7);
    private static final List<Integer> QUARTER_MONTHS = List.of(10, 1, 4, 7);
    private static final List<Integer> ALL_MONTHS = List.of(9, 10, 11, 12, 1, 2, 3, 4, 5, 6, 7, 8);

    private Schedule() {
    }

    /** The dates, in order; empty when the cadence generates none (as needed, or none given). */
    public static List<LocalDate> dates(BodyKind kind, Cadence cadence, LocalDate yearStart) {
        if (cadence == null) {
            return List.of();
        }
        List<Integer> months = switch (cadence) {
            case HALF_TERMLY -> HALF_TERM_MONTHS;
            case MONTHLY -> ALL_MONTHS;
            case QUARTERLY -> QUARTER_MONTHS;
            case AS_NEEDED -> List.of();
        };
        return months.stream().map(m -> YearMonth.of(m >= 9 ? yearStart.getYear() : yearStart.getYear() + 1, m))
                .map(month -> day(kind, month)).sorted().toList();
    }

    static LocalDate day(BodyKind kind, YearMonth month) {
        LocalDate first = month.atDay(1);
        return switch (kind) {
            case WORKSPACE, TASK_AND_FINISH -> first.with(TemporalAdjusters.dayOfWeekInMonth(1, DayOfWeek.TUESDAY));
            case DELIVERY_GROUP -> first.with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.THURSDAY));
            default -> first.with(TemporalAdjusters.dayOfWeekInMonth(3, DayOfWeek.THURSDAY));
        };
    }

    /** The standing items every agenda of such a body opens with (terms of reference). */
    public static List<AgendaKind> standingItems(BodyKind kind) {
        return switch (kind) {
            case BOARD -> List.of(AgendaKind.ASSURANCE_PACK, AgendaKind.ESCALATIONS, AgendaKind.VOICE,
                    AgendaKind.SETTING_INPUT);
            case DELIVERY_GROUP -> List.of(AgendaKind.PROGRESS, AgendaKind.ESCALATIONS, AgendaKind.VOICE,
                    AgendaKind.SETTING_INPUT);
            default -> List.of(AgendaKind.PROGRESS, AgendaKind.ESCALATIONS);
        };
    }
}
