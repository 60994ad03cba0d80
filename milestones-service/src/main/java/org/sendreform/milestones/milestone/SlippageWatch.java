package org.sendreform.milestones.milestone;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;

import org.jboss.logging.Logger;
import org.sendreform.platform.event.Outbox;

/**
 * Publishes milestone-slipped once each time a milestone starts slipping, whether a change made it slip or the
 * calendar did (an open milestone slips the day after its due date with nobody touching it). Checked on each
 * change and on a schedule (daily by default, and at start); a milestone back on time is watched afresh.
 */
@ApplicationScoped
public class SlippageWatch {

    private static final Logger LOG = Logger.getLogger(SlippageWatch.class);

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Inject
    Event<PlanChanged> planChanged;

    /** Publishes the slip if this milestone has just started slipping; forgets a slip that is over. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean check(Milestone m, LocalDate today) {
        MilestoneView now = MilestoneView.of(m, today);
        var em = Milestone.getEntityManager();
        boolean announced = !em.createNativeQuery("select 1 from milestone_slip_announced where code = ?1")
                .setParameter(1, m.code).getResultList().isEmpty();
        if (now.slipped() && !announced) {
            em.createNativeQuery("insert into milestone_slip_announced (code, since) values (?1, ?2)").setParameter(1, m.code)
                    .setParameter(2, today).executeUpdate();
            outbox.publish(MilestoneSlipped.TYPE, "milestone", m.code, m.code, MilestoneSlipped.of(m, now));
            return true;
        }
        if (!now.slipped() && announced) {
            em.createNativeQuery("delete from milestone_slip_announced where code = ?1").setParameter(1, m.code).executeUpdate();
        }
        return false;
    }

    /** Every milestone, against today's date; then the plan-wide rules follow the calendar too. */
    @Transactional
    public int checkAll() {
        Milestone.lockPlan();
        LocalDate today = LocalDate.now(clock);
        List<Milestone> all = Milestone.listAll();
        int slipped = 0;
        for (Milestone m : all) {
            slipped += check(m, today) ? 1 : 0;
        }
        planChanged.fire(new PlanChanged(today));
        if (slipped > 0) {
            LOG.infof("slippage check: %d milestones started slipping", slipped);
        }
        return slipped;
    }

    @Scheduled(identity = "slippage-check", cron = "{send.slippage.check-cron}", timeZone = "Europe/London",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void daily() {
        checkAll();
    }

    void atStart(@Observes StartupEvent event) {
        checkAll();
    }
}
