package org.sendreform.metrics.trajectory;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.sendreform.metrics.measure.Direction;

/**
 * The path a measure is expected to follow: from its baseline (at the end of the baseline period) to each dated
 * target (at the end of the target's period), straight between points, flat after the last. Before the first
 * point nothing is expected. Plain Java, so the rule can be read and tested on its own.
 */
public final class Trajectory {

    /** A known point of the path: the value expected at the end of a day. */
    public record Point(LocalDate date, BigDecimal value) {
    }

    private static final BigDecimal DEFAULT_TOLERANCE_SHARE = new BigDecimal("0.05");

    private final List<Point> points;

    public Trajectory(List<Point> points) {
        List<Point> sorted = new ArrayList<>(points);
        sorted.sort(Comparator.comparing(Point::date));
        this.points = List.copyOf(sorted);
    }

    /** The expected value at the end of {@code day}, or null before the first point (or with no points). */
    public BigDecimal expectedAt(LocalDate day) {
        if (points.isEmpty() || day.isBefore(points.get(0).date())) {
            return null;
        }
        for (int i = 1; i < points.size(); i++) {
            Point from = points.get(i - 1);
            Point to = points.get(i);
            if (!day.isAfter(to.date())) {
                long span = ChronoUnit.DAYS.between(from.date(), to.date());
                if (span == 0) {
                    return to.value();
                }
                BigDecimal share = BigDecimal.valueOf(ChronoUnit.DAYS.between(from.date(), day))
                        .divide(BigDecimal.valueOf(span), MathContext.DECIMAL64);
                return plain(from.value().add(to.value().subtract(from.value()).multiply(share)).setScale(4, RoundingMode.HALF_UP));
            }
        }
        return points.get(points.size() - 1).value();
    }

    /** Without trailing zeros but never in exponent form (30, not 3E+1), as values are shown to people and JSON. */
    public static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /**
     * The status of an actual value against the expected one, respecting direction. The gap is how much better
     * than expected the actual is (higher-is-better: actual − expected; lower-is-better: expected − actual; band:
     * minus the distance). Tolerance null means 5% of the expected value.
     */
    public static Status status(Direction direction, BigDecimal expected, BigDecimal actual, BigDecimal tolerance) {
        if (actual == null) {
            return Status.NO_DATA;
        }
        if (expected == null) {
            return Status.NO_TARGET;
        }
        BigDecimal allowed = tolerance != null ? tolerance : expected.abs().multiply(DEFAULT_TOLERANCE_SHARE);
        BigDecimal gap = switch (direction) {
            case HIGHER_IS_BETTER -> actual.subtract(expected);
            case LOWER_IS_BETTER -> expected.subtract(actual);
            case BAND -> actual.subtract(expected).abs().negate().add(allowed); // inside the band counts as on track
        };
        if (direction == Direction.BAND) {
            return gap.signum() >= 0 ? Status.ON_TRACK : gap.add(allowed).signum() >= 0 ? Status.AT_RISK : Status.OFF_TRACK;
        }
        if (gap.signum() >= 0) {
            return Status.ON_TRACK;
        }
        return gap.add(allowed).signum() >= 0 ? Status.AT_RISK : Status.OFF_TRACK;
    }
}
