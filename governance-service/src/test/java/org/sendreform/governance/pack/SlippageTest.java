package org.sendreform.governance.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class SlippageTest {

    static final LocalDate DUE = LocalDate.of(2026, 9, 30);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @Test
    void theSameRuleAsMilestonesService() {
        assertEquals(61, Slippage.days("IN_PROGRESS", DUE, LocalDate.of(2026, 11, 30), null, TODAY));
        assertEquals(56, Slippage.days("NOT_STARTED", DUE, null, null, TODAY)); // open past its date: slips day by day
        assertEquals(0, Slippage.days("IN_PROGRESS", LocalDate.of(2026, 12, 31), LocalDate.of(2026, 12, 15), null, TODAY));
        assertEquals(10, Slippage.days("COMPLETE", DUE, null, LocalDate.of(2026, 10, 10), TODAY));
        assertEquals(0, Slippage.days("COMPLETE", DUE, null, LocalDate.of(2026, 9, 1), TODAY));
        assertEquals(0, Slippage.days("CANCELLED", DUE, LocalDate.of(2027, 1, 1), null, TODAY));
    }
}
