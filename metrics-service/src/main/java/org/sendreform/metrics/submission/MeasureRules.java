package org.sendreform.metrics.submission;

import java.util.Set;

import org.sendreform.metrics.measure.Unit;
import org.sendreform.platform.period.Period;

/**
 * What a submitted value is checked against: the measure's unit, period kind, breakdowns and data owners; and the
 * definition version the value is stored under.
 */
public record MeasureRules(long id, String code, Unit unit, Period.Kind periodType, Set<String> disaggregations,
        Set<String> owners, int definitionVersion) {

    /** A measure at its first definition. */
    public MeasureRules(long id, String code, Unit unit, Period.Kind periodType, Set<String> disaggregations, Set<String> owners) {
        this(id, code, unit, periodType, disaggregations, owners, 1);
    }
}
