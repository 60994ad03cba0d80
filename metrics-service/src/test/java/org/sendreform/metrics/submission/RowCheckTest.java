package org.sendreform.metrics.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sendreform.metrics.lock.LockedPeriods;
import org.sendreform.metrics.measure.Unit;
import org.sendreform.platform.period.Period;

class RowCheckTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final Map<String, MeasureRules> MEASURES = Map.of(
            "PCT", new MeasureRules(1, "PCT", Unit.PERCENT, Period.Kind.FINANCIAL_YEAR, Set.of("all", "ehcp"), Set.of("la")),
            "CNT", new MeasureRules(2, "CNT", Unit.COUNT, Period.Kind.FINANCIAL_QUARTER, Set.of("all"), Set.of("la")),
            "GBP", new MeasureRules(3, "GBP", Unit.MONEY, Period.Kind.FINANCIAL_QUARTER, Set.of("all"), Set.of("la")));

    static ValueRow row(String code, String period, String value) {
        return new ValueRow(code, period, null, value == null ? null : new BigDecimal(value), null, null, null);
    }

    static RowCheck.Outcome check(ValueRow... rows) {
        return RowCheck.check(new ArrayList<>(Arrays.asList(rows)), Map.of(), MEASURES, LockedPeriods.NONE, TODAY);
    }

    static Rejection only(ValueRow row) {
        RowCheck.Outcome o = check(row);
        assertEquals(1, o.rejected().size(), () -> "expected a rejection, accepted " + o.accepted());
        return o.rejected().get(0);
    }

    @Test
    void acceptsValidRowsAndDefaultsTheBreakdownToAll() {
        RowCheck.Outcome o = check(row("PCT", "FY2025-26", "41.5"), row("CNT", "FY2026-27-Q2", "12"), row("GBP", "FY2026-27-Q3", "-150.25"));
        assertEquals(3, o.accepted().size());
        assertEquals("all", o.accepted().get(0).disaggregation());
    }

    @Test
    void derivesThePercentageFromNumeratorAndDenominator() {
        RowCheck.Outcome o = check(new ValueRow("PCT", "FY2025-26", "ehcp", null, new BigDecimal("83"), new BigDecimal("200"), null));
        assertEquals(0, new BigDecimal("41.5").compareTo(o.accepted().get(0).value()));
    }

    @Test
    void namesTheFieldOfEachKindOfBadRow() {
        assertEquals("measureCode", only(row("NOPE", "FY2025-26", "1")).field());
        assertEquals("measureCode", only(row(null, "FY2025-26", "1")).field());
        assertEquals("period", only(row("PCT", "2025/26", "1")).field());
        assertEquals("period", only(row("PCT", "FY2025-26-Q1", "1")).field()); // quarter for a yearly measure
        assertEquals("period", only(row("CNT", "FY2027-28-Q1", "1")).field()); // not begun yet
        assertEquals("value", only(row("PCT", "FY2025-26", "100.1")).field());
        assertEquals("value", only(row("PCT", "FY2025-26", "-1")).field());
        assertEquals("value", only(row("CNT", "FY2026-27-Q1", "2.5")).field());
        assertEquals("value", only(row("CNT", "FY2026-27-Q1", "-3")).field());
        assertEquals("value", only(row("PCT", "FY2025-26", null)).field());
        assertEquals("value", only(row("GBP", "FY2026-27-Q1", "1e20")).field());
        assertEquals("disaggregation", only(new ValueRow("PCT", "FY2025-26", "age-5", BigDecimal.ONE, null, null, null)).field());
        assertEquals("numerator", only(new ValueRow("PCT", "FY2025-26", null, null, new BigDecimal("3"), new BigDecimal("2"), null)).field());
        assertEquals("denominator", only(new ValueRow("PCT", "FY2025-26", null, null, BigDecimal.ONE, BigDecimal.ZERO, null)).field());
        assertEquals("denominator", only(new ValueRow("PCT", "FY2025-26", null, null, BigDecimal.ONE, null, null)).field());
        assertEquals("value", only(new ValueRow("PCT", "FY2025-26", null, new BigDecimal("60"), BigDecimal.ONE, new BigDecimal("2"), null)).field());
        assertEquals("numerator", only(new ValueRow("CNT", "FY2026-27-Q1", null, null, BigDecimal.ONE, new BigDecimal("2"), null)).field());
        assertEquals("comment", only(new ValueRow("PCT", "FY2025-26", null, BigDecimal.ONE, null, null, "x".repeat(2001))).field());
    }

    @Test
    void valuesWithinALockedPeriodAreRefusedForItsMeasuresOnly() {
        LockedPeriods locks = new LockedPeriods(List.of(
                new LockedPeriods.Lock(1, "FY2026-27-Q2", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30), "CNT", "Q2 return signed off"),
                new LockedPeriods.Lock(2, "FY2024-25", LocalDate.of(2024, 4, 1), LocalDate.of(2025, 3, 31), null, "Board pack")));
        RowCheck.Outcome o = RowCheck.check(new ArrayList<>(List.of(row("CNT", "FY2026-27-Q2", "1"), row("CNT", "FY2026-27-Q3", "1"),
                row("GBP", "FY2026-27-Q2", "1"), row("PCT", "FY2024-25", "1"), row("GBP", "FY2024-25-Q3", "1"))),
                Map.of(), MEASURES, locks, TODAY);
        assertEquals(3, o.locked());
        assertEquals(List.of(1, 4, 5), o.rejected().stream().map(Rejection::row).toList());
        assertTrue(o.rejected().get(0).reason().contains("Q2 return signed off"));
    }

    @Test
    void aRepeatedRowIsRejectedNamingTheFirst() {
        RowCheck.Outcome o = check(row("PCT", "FY2025-26", "1"), row("CNT", "FY2026-27-Q1", "1"), row("PCT", "FY2025-26", "2"));
        assertEquals(2, o.accepted().size());
        assertEquals(3, o.rejected().get(0).row());
        assertTrue(o.rejected().get(0).reason().contains("row 1"));
    }

    @Test
    void unreadableRowsKeepTheirReasonAndNumber() {
        List<ValueRow> rows = new ArrayList<>();
        rows.add(row("PCT", "FY2025-26", "1"));
        rows.add(null);
        RowCheck.Outcome o = RowCheck.check(rows, Map.of(2, new Rejection(2, "value", "'abc' is not a number")), MEASURES, LockedPeriods.NONE, TODAY);
        assertEquals(new Rejection(2, "value", "'abc' is not a number"), o.rejected().get(0));
    }
}
