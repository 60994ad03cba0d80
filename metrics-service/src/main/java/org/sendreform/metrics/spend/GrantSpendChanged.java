package org.sendreform.metrics.spend;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Event data of org.sendreform.metrics.grant-spend-changed.v1: a grant year's spend as it now stands, planned and
 * actual by quarter and category, in pounds. Published once per grant year a committed spend submission or a
 * planned-spend change touches (never for a refused one), so a reader keeps the latest. The key is the year;
 * {@code submissionId} names the spend submission (absent for a change of the plan).
 */
public record GrantSpendChanged(String year, List<Line> lines, UUID submissionId) {

    public static final String TYPE = "org.sendreform.metrics.grant-spend-changed.v1";

    public record Line(String quarter, String category, BigDecimal planned, BigDecimal actual) {
    }

    /** Every quarter × category with a planned or an actual amount (actual rows split by bucket are summed). */
    static GrantSpendChanged of(String year, List<SpendPlanLine> plan, List<SpendActual> actuals, UUID submissionId) {
        Map<String, BigDecimal[]> byLine = new TreeMap<>();
        plan.forEach(p -> byLine.computeIfAbsent(p.quarter + "|" + p.category, k -> zeros())[0] = p.amount);
        actuals.forEach(a -> {
            BigDecimal[] amounts = byLine.computeIfAbsent(a.quarter + "|" + a.category, k -> zeros());
            amounts[1] = amounts[1].add(a.amount);
        });
        return new GrantSpendChanged(year, byLine.entrySet().stream().map(e -> {
            String[] key = e.getKey().split("\\|");
            return new Line(key[0], key[1], e.getValue()[0], e.getValue()[1]);
        }).toList(), submissionId);
    }

    private static BigDecimal[] zeros() {
        return new BigDecimal[] { GrantConditions.NONE, GrantConditions.NONE };
    }
}
