package org.sendreform.metrics.completeness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sendreform.metrics.completeness.Expected.Standing;
import org.sendreform.platform.period.Period;

class ExpectedTest {

    @Test
    void thePeriodsExpectedAreThoseEndedWithinTheWindow() {
        LocalDate today = LocalDate.of(2026, 11, 25);
        assertEquals(List.of("FY2026-27-Q1", "FY2026-27-Q2"), Expected.periods(Period.Kind.FINANCIAL_QUARTER,
                LocalDate.of(2026, 4, 1), today, today).stream().map(Period::code).toList());
        assertEquals(List.of("2026-09", "2026-10"), Expected.periods(Period.Kind.MONTH, LocalDate.of(2026, 9, 15), today, today)
                .stream().map(Period::code).toList(), "September ends inside the window; November has not ended");
        assertEquals(List.of(), Expected.periods(Period.Kind.FINANCIAL_YEAR, LocalDate.of(2026, 4, 1), today, today));
        assertEquals(List.of("AY2025-26"), Expected.periods(Period.Kind.ACADEMIC_YEAR, LocalDate.of(2026, 4, 1), today, today)
                .stream().map(Period::code).toList());
    }

    @Test
    void aSubmissionIsOnTimeUpToItsDueDateInUkTime() {
        LocalDate dueBy = Expected.dueBy(Period.parse("FY2026-27-Q2"), 30);
        assertEquals(LocalDate.of(2026, 10, 30), dueBy);
        LocalDate today = LocalDate.of(2026, 11, 25);
        // British Summer Time ended on 25 October, so 23:30 UTC on the 30th is 23:30 in the UK: still on time
        assertEquals(Standing.ON_TIME, Expected.standing(dueBy, ZonedDateTime.parse("2026-10-30T23:30:00Z").toInstant(), today));
        assertEquals(Standing.LATE, Expected.standing(dueBy, ZonedDateTime.parse("2026-10-31T00:30:00Z").toInstant(), today));
        assertEquals(Standing.OVERDUE, Expected.standing(dueBy, null, today));
        assertEquals(Standing.DUE, Expected.standing(dueBy, null, LocalDate.of(2026, 10, 30)));
        // in summer time, 23:30 UTC is already the next day in the UK
        LocalDate summerDue = LocalDate.of(2026, 7, 30);
        assertEquals(Standing.LATE, Expected.standing(summerDue, ZonedDateTime.parse("2026-07-30T23:30:00Z").toInstant(), today));
    }
}
