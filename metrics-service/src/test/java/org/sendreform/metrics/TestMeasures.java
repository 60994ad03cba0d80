package org.sendreform.metrics;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.sendreform.metrics.measure.Direction;
import org.sendreform.metrics.measure.Measure;
import org.sendreform.metrics.measure.MeasureKind;
import org.sendreform.metrics.measure.Target;
import org.sendreform.metrics.measure.Unit;
import org.sendreform.platform.period.Period;

/** Creates a measure of its own for each test, so tests never share values. */
@ApplicationScoped
public class TestMeasures {

    @Transactional
    public String create(Unit unit, Period.Kind periodType, List<String> owners, List<String> disaggregations) {
        Measure m = new Measure();
        m.code = "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        m.name = "Test measure " + m.code;
        m.unit = unit;
        m.direction = Direction.HIGHER_IS_BETTER;
        m.kind = MeasureKind.OUTCOME;
        m.periodType = periodType;
        m.dataOwners = owners;
        m.disaggregations = disaggregations;
        m.targetText = "test";
        m.persist();
        return m.code;
    }

    /** A measure whose target for {@code period} is relative to a comparator, e.g. AT_MOST NATIONAL: "≤ national average". */
    @Transactional
    public String relativeTo(Target.Comparator comparator, Target.Relation relation, Direction direction, Period.Kind periodType,
            String period, String owner) {
        String code = create(Unit.PERCENT, periodType, List.of(owner), List.of("all", "ehcp", "sen-support"));
        Measure m = Measure.find("code", code).firstResult();
        m.direction = direction;
        Target t = new Target();
        t.measure = m;
        t.period = period;
        t.relation = relation;
        t.comparator = comparator;
        t.persist();
        return code;
    }

    public String percent(String owner) {
        return create(Unit.PERCENT, Period.Kind.FINANCIAL_YEAR, List.of(owner), List.of("all", "ehcp", "sen-support"));
    }
}
