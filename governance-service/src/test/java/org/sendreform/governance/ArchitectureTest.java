package org.sendreform.governance;

import java.util.List;

import org.sendreform.governance.action.ActionRules;
import org.sendreform.governance.action.ActionStatus;
import org.sendreform.governance.body.BodyKind;
import org.sendreform.governance.body.BodyStatus;
import org.sendreform.governance.body.TaskAndFinishLifecycle;
import org.sendreform.governance.body.DecisionType;
import org.sendreform.governance.decision.DecisionRights;
import org.sendreform.governance.decision.Recorders;
import org.sendreform.governance.meeting.AgendaKind;
import org.sendreform.governance.meeting.Schedule;
import org.sendreform.governance.pack.Slippage;
import org.sendreform.governance.qa.PersonalDataGuard;
import org.sendreform.governance.qa.QaRules;
import org.sendreform.governance.wesaid.WeSaidRules;
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
        return List.of(DecisionType.class, BodyKind.class, DecisionRights.class, Recorders.class, Schedule.class, AgendaKind.class, Slippage.class,
                TaskAndFinishLifecycle.class, BodyStatus.class, ActionRules.class, ActionStatus.class, WeSaidRules.class, QaRules.class,
                PersonalDataGuard.class);
    }
}
