package org.sendreform.platform.time;

import java.time.Clock;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import io.quarkus.arc.DefaultBean;

/**
 * The platform's clock. Dates that rules depend on (slippage, overdue reviews, period ends) are days in
 * England, so the zone is Europe/London. Tests replace the bean to fix "today".
 */
@ApplicationScoped
public class ClockProducer {

    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    @Produces
    @DefaultBean
    @ApplicationScoped
    Clock clock() {
        return Clock.system(ZONE);
    }
}
