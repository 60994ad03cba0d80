package org.sendreform.milestones.resequencing;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.sendreform.milestones.milestone.Milestone;
import org.sendreform.milestones.milestone.MilestoneAnnouncements;
import org.sendreform.milestones.milestone.MilestoneView;
import org.sendreform.milestones.milestone.SlippageWatch;
import org.sendreform.platform.audit.AuditTrail;
import org.sendreform.platform.audit.AuditTrail.Actor;
import org.sendreform.platform.event.Outbox;
import org.sendreform.platform.period.Period;

/**
 * The one way a due date moves: to a new date, citing the RDG decision that allowed it, keeping the baseline.
 * The history's REBASELINED entry holds both dates; milestone-rebaselined is published (and milestone-slipped
 * when the new date is already past). Used by the decision consumer and by the programme manager's request.
 */
@ApplicationScoped
public class Rebaselining {

    @Inject
    AuditTrail audit;

    @Inject
    Outbox outbox;

    @Inject
    MilestoneAnnouncements announcements;

    @Inject
    SlippageWatch slippage;

    /** Call with the plan locked and the milestone locked; the caller fires PlanChanged once it is done. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void rebaseline(Milestone m, LocalDate due, long decisionId, Actor actor, LocalDate today) {
        MilestoneView before = MilestoneView.of(m, today);
        LocalDate previous = m.dueDate;
        m.dueDate = due;
        m.duePeriod = Period.financialQuarterOf(due).code();
        m.rebaselinedByDecision = decisionId;
        m.flush();
        audit.record("milestone", m.code, "REBASELINED", before, MilestoneView.of(m, today), actor);
        announcements.announce(m);
        outbox.publish(MilestoneRebaselined.TYPE, "milestone", m.code, m.code, new MilestoneRebaselined(m.code, m.title, m.workspaceCode,
                previous, m.dueDate, m.duePeriod, m.baselineDate, decisionId));
        slippage.check(m, today);
    }
}
