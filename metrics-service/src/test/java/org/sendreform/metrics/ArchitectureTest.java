package org.sendreform.metrics;

import java.util.List;

import org.sendreform.metrics.measure.Direction;
import org.sendreform.metrics.measure.Unit;
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
        return List.of(Direction.class, Unit.class);
    }
}
