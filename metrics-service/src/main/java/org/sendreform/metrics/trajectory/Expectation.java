package org.sendreform.metrics.trajectory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.sendreform.metrics.comparator.ComparatorValues;
import org.sendreform.metrics.measure.Direction;
import org.sendreform.metrics.measure.Measure;
import org.sendreform.metrics.measure.Target;
import org.sendreform.platform.period.Period;

/**
 * What a measure is expected to reach in a period, and its status there: the one rule the series and the
 * status-changed events share. The target in force for a period is the latest whose period has ended by the
 * period's end. A target relative to a comparator ("≤ national average") expects the comparator's figure for
 * that same period and breakdown, compared the way its relation says (AT_LEAST: higher is better, AT_MOST:
 * lower is better, EQUAL: within tolerance either side), and stays in force until a later target; with no
 * figure loaded there is nothing to compare against (NO_TARGET). Otherwise the trajectory through the
 * baseline and the absolute targets gives the value, compared in the measure's direction.
 */
public final class Expectation {

    /** The value expected and the direction in which the actual is better; value null: nothing to compare against. */
    public record Expected(BigDecimal value, Direction direction) {
    }

    /** A target relative to a comparator, in force from the end of its period. */
    public record ComparatorTarget(LocalDate from, Target.Comparator comparator, Target.Relation relation) {
    }

    private final String measureCode;
    private final Direction direction;
    private final BigDecimal tolerance;
    private final Trajectory trajectory;
    private final List<LocalDate> absoluteTargets;
    private final List<ComparatorTarget> comparatorTargets;
    private final ComparatorValues comparators;

    public Expectation(String measureCode, Direction direction, BigDecimal tolerance, Trajectory trajectory,
            List<LocalDate> absoluteTargets, List<ComparatorTarget> comparatorTargets, ComparatorValues comparators) {
        this.measureCode = measureCode;
        this.direction = direction;
        this.tolerance = tolerance;
        this.trajectory = trajectory;
        this.absoluteTargets = List.copyOf(absoluteTargets);
        List<ComparatorTarget> sorted = new ArrayList<>(comparatorTargets);
        sorted.sort(Comparator.comparing(ComparatorTarget::from));
        this.comparatorTargets = List.copyOf(sorted);
        this.comparators = comparators;
    }

    public static Expectation of(Measure measure, ComparatorValues comparators) {
        List<LocalDate> absolute = new ArrayList<>();
        List<ComparatorTarget> relative = new ArrayList<>();
        for (Target t : measure.targets) {
            LocalDate end = Period.parse(t.period).end();
            if (t.comparator != null) {
                relative.add(new ComparatorTarget(end, t.comparator, t.relation));
            } else if (t.value != null) {
                absolute.add(end);
            }
        }
        return new Expectation(measure.code, measure.direction, measure.tolerance, MeasureTrajectory.of(measure), absolute,
                relative, comparators);
    }

    /** True when some target is relative to a comparator, so the figures are worth loading. */
    public static boolean usesComparators(Measure measure) {
        return measure.targets.stream().anyMatch(t -> t.comparator != null);
    }

    public Expected at(Period period, String disaggregation) {
        ComparatorTarget relative = comparatorTargetInForce(period.end());
        if (relative == null) {
            return new Expected(trajectory.expectedAt(period.end()), direction);
        }
        BigDecimal figure = comparators.valueOf(measureCode, relative.comparator(), period.code(), disaggregation);
        return new Expected(figure, switch (relative.relation()) {
            case AT_LEAST -> Direction.HIGHER_IS_BETTER;
            case AT_MOST -> Direction.LOWER_IS_BETTER;
            case EQUAL -> Direction.BAND;
        });
    }

    public Status status(Expected expected, BigDecimal actual) {
        return Trajectory.status(expected.direction(), expected.value(), actual, tolerance);
    }

    /** The comparator target in force on {@code day}, unless an absolute target set later has taken over. */
    private ComparatorTarget comparatorTargetInForce(LocalDate day) {
        ComparatorTarget latest = null;
        for (ComparatorTarget t : comparatorTargets) {
            if (!t.from().isAfter(day)) {
                latest = t;
            }
        }
        if (latest == null) {
            return null;
        }
        LocalDate since = latest.from();
        boolean overtaken = absoluteTargets.stream().anyMatch(d -> d.isAfter(since) && !d.isAfter(day));
        return overtaken ? null : latest;
    }
}
