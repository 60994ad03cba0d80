package org.sendreform.governance;

import java.util.List;

import org.sendreform.governance.body.BodyKind;
import org.sendreform.governance.body.DecisionType;
import org.sendreform.governance.decision.DecisionRights;
import org.sendreform.governance.decision.Recorders;
import org.sendreform.governance.meeting.AgendaKind;
import org.sendreform.governance.meeting.Schedule;
import org.sendreform.governance.pack.Slippage;
import org.sendreform.platform.testing.ArchitectureRules;

class ArchitectureTest extends ArchitectureRules {

    @Override
    protected String service() {
        return "governance";
    }

    @Override
    protected List<String> domainRulePackages() {
        return List.of();
    }

    @Override
    protected List<Class<?>> domainRuleClasses() {
        return List.of(DecisionType.class, BodyKind.class, DecisionRights.class, Recorders.class, Schedule.class, AgendaKind.class, Slippage.class);
    }
}
