package org.sendreform.milestones;

import java.util.List;

import org.sendreform.milestones.milestone.MilestoneStatus;
import org.sendreform.milestones.milestone.MilestoneUpdate;
import org.sendreform.milestones.dependency.DependencyGraph;
import org.sendreform.milestones.milestone.Slippage;
import org.sendreform.platform.testing.ArchitectureRules;

class ArchitectureTest extends ArchitectureRules {

    @Override
    protected String service() {
        return "milestones";
    }

    @Override
    protected List<String> domainRulePackages() {
        return List.of();
    }

    @Override
    protected List<Class<?>> domainRuleClasses() {
        return List.of(Slippage.class, MilestoneStatus.class, MilestoneUpdate.class, DependencyGraph.class);
    }
}
