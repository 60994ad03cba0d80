package org.sendreform.metrics.lock;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;

import io.smallrye.common.annotation.Blocking;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.sendreform.platform.event.Inbox;
import org.sendreform.platform.event.IncomingEvent;
import org.sendreform.platform.period.Period;

/**
 * Locks a quarter's periods, for every measure, when governance-service reports that its DfE quarterly return
 * was signed off by all partners (return-signed-off): the figures the DfE received must not change. A quarter
 * already locked for every measure is left as it is. An admin unlocks with a reason, as for any lock. Each
 * event takes effect once (inbox).
 */
@ApplicationScoped
public class SignedOffReturns {

    static final String TYPE = "org.sendreform.governance.return-signed-off.v1";
    private static final Logger LOG = Logger.getLogger(SignedOffReturns.class);

    @Inject
    Inbox inbox;

    @Incoming("governance-events")
    @Blocking
    @Transactional
    public void receive(ConsumerRecord<String, String> record) {
        Optional<IncomingEvent> event = inbox.firstDelivery(record, TYPE);
        if (event.isEmpty()) {
            return; // another type, unreadable, or redelivered: it has had its effect
        }
        JsonNode data = event.get().data();
        Period quarter = Period.parse(data.path("quarter").asText());
        if (PeriodLock.count("period = ?1 and measureCode is null and unlockedAt is null", quarter.code()) > 0) {
            LOG.infof("%s is already locked for every measure; return %d signed off", quarter.code(), data.path("returnId").asLong());
            return;
        }
        List<String> signers = new ArrayList<>();
        data.path("signedBy").forEach(s -> signers.add(s.asText()));
        PeriodLock lock = new PeriodLock();
        lock.period = quarter.code();
        lock.periodStart = quarter.start();
        lock.periodEnd = quarter.end();
        lock.reason = "DfE quarterly return " + data.path("returnId").asLong() + " for " + quarter.code() + " signed off ("
                + String.join("; ", signers) + ")";
        lock.lockedBy = "governance-service";
        lock.persist();
    }
}
