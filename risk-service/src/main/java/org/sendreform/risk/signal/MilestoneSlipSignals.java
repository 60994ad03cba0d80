package org.sendreform.risk.signal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;

import io.smallrye.common.annotation.Blocking;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.sendreform.platform.event.Inbox;
import org.sendreform.platform.event.IncomingEvent;
import org.sendreform.risk.register.Risk;

/**
 * Turns a slipped milestone (milestones-service's milestone-slipped) into a signal on every risk linked to it,
 * by the risk's own links or by the milestone's, or into triage when none is. Each event takes effect once.
 */
@ApplicationScoped
public class MilestoneSlipSignals {

    static final String TYPE = "org.sendreform.milestones.milestone-slipped.v1";

    @Inject
    Inbox inbox;

    @Incoming("milestones-events")
    @Blocking
    @Transactional
    public void receive(ConsumerRecord<String, String> record) {
        Optional<IncomingEvent> event = inbox.firstDelivery(record, TYPE);
        if (event.isEmpty()) {
            return; // another type, unreadable, or redelivered: it has had its effect
        }
        UUID id = event.get().id();
        JsonNode data = event.get().data();
        String milestone = data.path("milestoneCode").asText();
        String detail = milestone + " (" + data.path("title").asText() + ") slipped " + data.path("slippageDays").asLong()
                + " days past its due date " + data.path("dueDate").asText();
        Map<String, Risk> linked = new LinkedHashMap<>();
        Risk.<Risk>list("select distinct r from Risk r join r.links l where l.kind = ?1 and l.targetCode = ?2",
                Risk.Link.Kind.MILESTONE, milestone).forEach(r -> linked.put(r.code, r));
        data.path("risks").forEach(code -> Risk.<Risk>find("code", code.asText()).firstResultOptional()
                .ifPresent(r -> linked.putIfAbsent(r.code, r)));
        if (linked.isEmpty()) {
            RiskSignal.raise(null, id, "milestones-service", "MILESTONE_SLIPPED", milestone, null, detail, null, null);
        }
        linked.values().forEach(r -> RiskSignal.raise(r, id, "milestones-service", "MILESTONE_SLIPPED", milestone, null, detail,
                null, null));
    }
}
