package org.sendreform.milestones.milestone;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.runtime.StartupEvent;

import org.jboss.logging.Logger;
import org.sendreform.platform.event.Outbox;

/**
 * Announces each version of a milestone once (milestone-changed, through the outbox, in the change's
 * transaction). At start it announces every milestone whose current version was never announced: the seed on
 * first start, or anything changed outside the API.
 */
@ApplicationScoped
public class MilestoneAnnouncements {

    private static final Logger LOG = Logger.getLogger(MilestoneAnnouncements.class);

    @Inject
    Outbox outbox;

    /** Call after the change is flushed, so the version announced is the one stored. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void announce(Milestone m) {
        outbox.publish(MilestoneChanged.TYPE, "milestone", m.code, m.code, MilestoneChanged.of(m));
        Milestone.getEntityManager().createNativeQuery("insert into milestone_announced (code, version) values (?1, ?2) "
                + "on conflict (code) do update set version = excluded.version").setParameter(1, m.code).setParameter(2, m.version)
                .executeUpdate();
    }

    @Transactional
    void announceUnannounced(@Observes StartupEvent event) {
        Milestone.getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtext('milestone announcements'))").getSingleResult();
        var pending = Milestone.<Milestone>list("select m from Milestone m where not exists "
                + "(select 1 from MilestoneAnnounced a where a.code = m.code and a.version = m.version) order by m.code");
        pending.forEach(this::announce);
        if (!pending.isEmpty()) {
            LOG.infof("announced %d milestones", pending.size());
        }
    }
}
