package org.sendreform.risk.register;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.runtime.StartupEvent;

import org.jboss.logging.Logger;
import org.sendreform.platform.event.Outbox;

/**
 * Announces each version of a risk once (risk-changed, through the outbox, in the change's transaction). At
 * start it announces every risk whose current version was never announced: the seed on first start, or
 * anything changed outside the API.
 */
@ApplicationScoped
public class RiskAnnouncements {

    private static final Logger LOG = Logger.getLogger(RiskAnnouncements.class);

    @Inject
    Outbox outbox;

    /** Call after the change is flushed, so the version announced is the one stored. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void announce(Risk r) {
        outbox.publish(RiskChanged.TYPE, "risk", r.code, r.code, RiskChanged.of(r));
        Risk.getEntityManager().createNativeQuery("insert into risk_announced (code, version) values (?1, ?2) "
                + "on conflict (code) do update set version = excluded.version").setParameter(1, r.code).setParameter(2, r.version)
                .executeUpdate();
    }

    @Transactional
    void announceUnannounced(@Observes StartupEvent event) {
        Risk.getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtext('risk announcements'))").getSingleResult();
        var pending = Risk.<Risk>list("select r from Risk r where not exists "
                + "(select 1 from RiskAnnounced a where a.code = r.code and a.version = r.version) order by r.code");
        pending.forEach(this::announce);
        if (!pending.isEmpty()) {
            LOG.infof("announced %d risks", pending.size());
        }
    }
}
