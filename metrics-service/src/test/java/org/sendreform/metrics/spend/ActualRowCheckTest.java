package org.sendreform.metrics.spend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sendreform.metrics.submission.Rejection;

class ActualRowCheckTest {

    static final Map<String, Set<ConditionBucket>> BUCKETS = Map.of(
            "WORKFORCE", Set.of(ConditionBucket.DIRECT_DELIVERY),
            "OTHER", Set.of(ConditionBucket.DIRECT_DELIVERY),
            "TRANSFORMATION_ADMINISTRATION", Set.of(ConditionBucket.EAH_ADMINISTRATION, ConditionBucket.LA_TRANSFORMATION));
    static final Set<String> YEARS = Set.of("FY2026-27", "FY2027-28", "FY2028-29");
    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    static ActualRow row(String quarter, String category, String amount, String bucket) {
        return new ActualRow(quarter, category, amount == null ? null : new BigDecimal(amount), bucket, null);
    }

    static ActualRowCheck.Outcome check(ActualRow... rows) {
        return ActualRowCheck.check(Arrays.asList(rows), BUCKETS, YEARS,
                q -> q.code().equals("FY2026-27-Q2") ? Optional.of("FY2026-27-Q2 is locked: return signed off") : Optional.empty(), TODAY);
    }

    @Test
    void goodRowsPassWithTheCategorysOnlyBucketByDefault() {
        ActualRowCheck.Outcome o = check(row("FY2026-27-Q3", "WORKFORCE", "584250.75", null),
                row("FY2026-27-Q3", "TRANSFORMATION_ADMINISTRATION", "1E+3", "LA_TRANSFORMATION"),
                row("FY2026-27-Q3", "TRANSFORMATION_ADMINISTRATION", "0", "EAH_ADMINISTRATION"),
                row("FY2026-27-Q3", "OTHER", "15000.10", "EAH_ADMINISTRATION"));
        assertTrue(o.rejected().isEmpty(), o.rejected()::toString);
        assertEquals(ConditionBucket.DIRECT_DELIVERY, o.accepted().get(0).bucket());
        assertEquals("FY2026-27", o.accepted().get(0).year());
        assertEquals(new BigDecimal("1000.00"), o.accepted().get(1).amount());
        assertEquals(ConditionBucket.EAH_ADMINISTRATION, o.accepted().get(3).bucket()); // named explicitly, kept
    }

    @Test
    void everyBadRowIsNamedWithItsField() {
        ActualRowCheck.Outcome o = check(
                row("FY2026-27-Q3", "WORKFORCE", "-1", null),
                row("FY2026-27-Q3", "WORKFORCE", "10.005", null),
                row("FY2026-27-Q3", "WORKFORCE", null, null),
                row("FY2026-27-Q4", "WORKFORCE", "1", null),
                row("FY2025-26-Q3", "WORKFORCE", "1", null),
                row("FY2026-27", "WORKFORCE", "1", null),
                row("Q3", "WORKFORCE", "1", null),
                row(null, "WORKFORCE", "1", null),
                row("FY2026-27-Q3", "TRAVEL", "1", null),
                row("FY2026-27-Q3", null, "1", null),
                row("FY2026-27-Q3", "TRANSFORMATION_ADMINISTRATION", "1", null),
                row("FY2026-27-Q3", "OTHER", "1", "OVERHEADS"),
                row("FY2026-27-Q2", "WORKFORCE", "1", null),
                new ActualRow("FY2026-27-Q3", "OTHER", BigDecimal.ONE, null, "x".repeat(2001)),
                row("FY2026-27-Q3", "OTHER", "2", null),
                row("FY2026-27-Q3", "OTHER", "3", "DIRECT_DELIVERY"),
                null,
                row("FY2026-27-Q3", "WORKFORCE", "1234567890123", null));
        List<String> fields = o.rejected().stream().map(r -> r.row() + "." + r.field()).toList();
        assertEquals(List.of("1.amount", "2.amount", "3.amount", "4.quarter", "5.quarter", "6.quarter", "7.quarter", "8.quarter",
                "9.category", "10.category", "11.conditionBucket", "12.conditionBucket", "13.quarter", "14.comment", "16.row",
                "17.row", "18.amount"), fields);
        assertEquals(1, o.locked());
        assertEquals(1, o.accepted().size()); // row 15
        Rejection future = o.rejected().get(3);
        assertEquals("FY2026-27-Q4 has not begun yet", future.reason());
        assertTrue(o.rejected().get(14).reason().contains("repeats row 15"));
    }

    @Test
    void amountsArePoundsAndPence() {
        assertEquals(null, ActualRowCheck.amountProblem(new BigDecimal("0")));
        assertEquals(null, ActualRowCheck.amountProblem(new BigDecimal("0.10")));
        assertEquals(null, ActualRowCheck.amountProblem(new BigDecimal("12.3400")));
        assertEquals(null, ActualRowCheck.amountProblem(new BigDecimal("999999999999.99")));
        assertTrue(ActualRowCheck.amountProblem(new BigDecimal("0.001")).contains("2 decimal places"));
        assertTrue(ActualRowCheck.amountProblem(new BigDecimal("-0.01")).contains("negative"));
        assertTrue(ActualRowCheck.amountProblem(new BigDecimal("1000000000000")).contains("too large"));
    }
}
