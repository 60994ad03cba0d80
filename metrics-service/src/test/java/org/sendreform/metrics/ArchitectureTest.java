package org.sendreform.metrics;

import java.util.List;

import org.sendreform.metrics.measure.Direction;
import org.sendreform.metrics.measure.Unit;
import org.sendreform.metrics.spend.ActualRowCheck;
import org.sendreform.metrics.spend.ConditionBucket;
import org.sendreform.metrics.spend.ConditionStatus;
import org.sendreform.metrics.spend.GrantConditions;
import org.sendreform.metrics.submission.CsvValues;
import org.sendreform.metrics.submission.RowCheck;
import org.sendreform.metrics.trajectory.Status;
import org.sendreform.metrics.trajectory.Trajectory;
import org.sendreform.platform.testing.ArchitectureRules;

class ArchitectureTest extends ArchitectureRules {

    @Override
    protected String service() {
        return "metrics";
    }

    @Override
    protected List<String> domainRulePackages() {
        return List.of();
    }

    @Override
    protected List<Class<?>> domainRuleClasses() {
        return List.of(Direction.class, Unit.class, org.sendreform.metrics.measure.MeasureCheck.class, Trajectory.class, Status.class, RowCheck.class, CsvValues.class,
                GrantConditions.class, ConditionStatus.class, ConditionBucket.class, ActualRowCheck.class);
    }
}
