package org.sendreform.risk.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.sendreform.risk.scoring.Rag;

class ReviewScheduleTest {

    static final ReviewSchedule.ByRag DEFAULTS = new ReviewSchedule.ByRag(ReviewFrequency.MONTHLY, ReviewFrequency.TWO_MONTHLY,
            ReviewFrequency.QUARTERLY);

    @Test
    void theAssessedRagSetsTheFrequencyUnlessOneIsFixed() {
        assertEquals(ReviewFrequency.MONTHLY, ReviewSchedule.frequency(null, Rag.RED, DEFAULTS));
        assertEquals(ReviewFrequency.TWO_MONTHLY, ReviewSchedule.frequency(null, Rag.AMBER, DEFAULTS));
        assertEquals(ReviewFrequency.TWO_MONTHLY, ReviewSchedule.frequency(null, Rag.AMBER_GREEN, DEFAULTS));
        assertEquals(ReviewFrequency.QUARTERLY, ReviewSchedule.frequency(null, Rag.GREEN, DEFAULTS));
        assertEquals(ReviewFrequency.SIX_MONTHLY, ReviewSchedule.frequency(ReviewFrequency.SIX_MONTHLY, Rag.RED, DEFAULTS));
    }

    @Test
    void theNextReviewFollowsByCalendarMonths() {
        assertEquals(LocalDate.of(2026, 12, 18), ReviewSchedule.next(LocalDate.of(2026, 11, 18), ReviewFrequency.MONTHLY));
        assertEquals(LocalDate.of(2027, 2, 28), ReviewSchedule.next(LocalDate.of(2026, 11, 30), ReviewFrequency.QUARTERLY));
        assertEquals(LocalDate.of(2027, 5, 30), ReviewSchedule.next(LocalDate.of(2026, 11, 30), ReviewFrequency.SIX_MONTHLY));
        assertEquals(LocalDate.of(2027, 11, 30), ReviewSchedule.next(LocalDate.of(2026, 11, 30), ReviewFrequency.ANNUAL));
    }

    @Test
    void aReviewIsOverdueOnlyOnceItsDateHasPassed() {
        LocalDate today = LocalDate.of(2026, 12, 1);
        assertTrue(ReviewSchedule.overdue(LocalDate.of(2026, 11, 30), today));
        assertFalse(ReviewSchedule.overdue(today, today));
        assertFalse(ReviewSchedule.overdue(null, today));
    }
}
