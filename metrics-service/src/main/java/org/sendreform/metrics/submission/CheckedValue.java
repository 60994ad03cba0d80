package org.sendreform.metrics.submission;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A row that passed every check, ready to store. */
public record CheckedValue(int row, MeasureRules measure, String period, LocalDate periodStart, String disaggregation,
        BigDecimal value, BigDecimal numerator, BigDecimal denominator, String comment) {

    public String key() {
        return measure.id() + "|" + period + "|" + disaggregation;
    }
}
