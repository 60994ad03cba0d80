package org.sendreform.metrics.trajectory;

import java.util.ArrayList;
import java.util.List;

import org.sendreform.metrics.measure.Measure;
import org.sendreform.metrics.measure.Target;
import org.sendreform.platform.period.Period;

/** A measure's trajectory from what is stored: its baseline and its absolute dated targets. */
public final class MeasureTrajectory {

    private MeasureTrajectory() {
    }

    public static Trajectory of(Measure measure) {
        List<Trajectory.Point> points = new ArrayList<>();
        if (measure.baselinePeriod != null && measure.baselineValue != null) {
            points.add(new Trajectory.Point(Period.parse(measure.baselinePeriod).end(), measure.baselineValue));
        }
        for (Target t : measure.targets) {
            if (t.value != null && t.comparator == null) {
                points.add(new Trajectory.Point(Period.parse(t.period).end(), t.value));
            }
        }
        return new Trajectory(points);
    }
}
