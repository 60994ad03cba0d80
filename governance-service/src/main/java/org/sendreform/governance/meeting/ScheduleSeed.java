package org.sendreform.governance.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.runtime.StartupEvent;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.sendreform.governance.body.Body;
import org.sendreform.platform.period.Period;

/**
 * Seeds the meeting schedule of the configured academic year (send.schedule.seed-year, 2026/27 for Coventry's
 * plan) for every body with a cadence and no meetings in that year yet: idempotent, and never touching a
 * schedule someone has already made or edited. A transaction-scoped advisory lock keeps replicas from seeding
 * twice.
 */
@ApplicationScoped
public class ScheduleSeed {

    private static final Logger LOG = Logger.getLogger(ScheduleSeed.class);

    @Inject
    Meetings meetings;

    @ConfigProperty(name = "send.schedule.seed-year", defaultValue = "none")
    String seedYear;

    @Transactional
    void seed(@Observes StartupEvent event) {
        if ("none".equals(seedYear) || seedYear.isBlank()) {
            return;
        }
        Period year = Period.parse(seedYear);
        Meeting.getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtext('governance schedule seed'))").getSingleResult();
        int made = 0;
        for (Body body : Body.<Body>listAll()) {
            if (Meeting.count("body = ?1 and academicYear = ?2", body.code, year.code()) == 0) {
                made += meetings.schedule(body, year).size();
            }
        }
        if (made > 0) {
            LOG.infof("seeded %d meetings of %s", made, year.code());
        }
    }
}
