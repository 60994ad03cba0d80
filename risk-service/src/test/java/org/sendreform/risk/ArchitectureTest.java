package org.sendreform.risk;

import java.util.List;

import org.sendreform.risk.dependency.DependencyStatus;
import org.sendreform.risk.escalation.EscalationReason;
import org.sendreform.risk.escalation.EscalationRoute;
import org.sendreform.risk.escalation.EscalationRules;
import org.sendreform.risk.register.Category;
import org.sendreform.risk.review.ReviewFrequency;
import org.sendreform.risk.review.ReviewSchedule;
import org.sendreform.risk.signal.MeasureStatus;
import org.sendreform.risk.view.Appetite;
import org.sendreform.risk.view.BodySummary;
import org.sendreform.risk.view.Csv;
import org.sendreform.risk.view.HeatMap;
import org.sendreform.risk.view.RegisterCsv;
import org.sendreform.risk.view.RegisterEntry;
import org.sendreform.platform.testing.ArchitectureRules;

class ArchitectureTest extends ArchitectureRules {

    @Override
    protected String service() {
        return "risk";
    }

    @Override
    protected List<String> domainRulePackages() {
        return List.of("scoring");
    }

    @Override
    protected List<Class<?>> domainRuleClasses() {
        return List.of(Category.class, MeasureStatus.class, EscalationRoute.class, EscalationRules.class, EscalationReason.class,
                ReviewSchedule.class, ReviewFrequency.class, DependencyStatus.class, RegisterEntry.class, HeatMap.class, Csv.class,
                RegisterCsv.class, BodySummary.class, Appetite.class);
    }
}
