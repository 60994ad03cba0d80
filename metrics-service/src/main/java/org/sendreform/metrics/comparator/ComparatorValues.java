package org.sendreform.metrics.comparator;

import java.math.BigDecimal;
import java.util.Map;

import org.sendreform.metrics.measure.Target;

/**
 * Comparator figures as loaded, by measure, comparator, period and breakdown: what a target such as "≤ national
 * average" is measured against. Plain data, so the expected-value rule can be tested without a database.
 */
public record ComparatorValues(Map<String, BigDecimal> byKey) {

    public static final ComparatorValues NONE = new ComparatorValues(Map.of());

    public static String key(String measureCode, Target.Comparator comparator, String period, String disaggregation) {
        return measureCode + "|" + comparator + "|" + period + "|" + disaggregation;
    }

    /** The published figure, or null when none was loaded for this period and breakdown. */
    public BigDecimal valueOf(String measureCode, Target.Comparator comparator, String period, String disaggregation) {
        return byKey.get(key(measureCode, comparator, period, disaggregation));
    }
}
