package org.sendreform.risk.signal;

import java.util.LinkedHashMap;
import java.util.Map;
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
 * Turns milestones-service's news into signals: a slipped milestone (milestone-slipped, kind MILESTONE_SLIPPED)
 * or a milestone a late predecessor puts at risk (milestone-flagged-at-risk, kind DEPENDENCY_FLAGGED). The
 * signal goes on every risk linked to the milestone, by the risk's own links or by the milestone's, or into
 * triage when none is. A signal proposes a review; it never re-scores. Each event takes effect once.
 */
@ApplicationScoped
public class MilestoneSignals {

    static final String SLIPPED = "org.sendreform.milestones.milestone-slipped.v1";
    static final String FLAGGED = "org.sendreform.milestones.milestone-flagged-at-risk.v1";

    @Inject
    Inbox inbox;

    @Inject
    Signals signals;

    @Incoming("milestones-events")
    @Blocking
    @Transactional
    public void receive(ConsumerRecord<String, String> record) {
        inbox.firstDelivery(record, SLIPPED).ifPresent(e -> raise(e, "MILESTONE_SLIPPED", e.data().path("milestoneCode").asText()
                + " (" + e.data().path("title").asText() + ") slipped " + e.data().path("slippageDays").asLong()
                + " days past its due date " + e.data().path("dueDate").asText()));
        inbox.firstDelivery(record, FLAGGED).ifPresent(e -> raise(e, "DEPENDENCY_FLAGGED", e.data().path("milestoneCode").asText()
                + " (" + e.data().path("title").asText() + ") is at risk: " + e.data().path("reason").asText()));
    }

    private void raise(IncomingEvent event, String kind, String detail) {
        UUID id = event.id();
        JsonNode data = event.data();
        String milestone = data.path("milestoneCode").asText();
        Map<String, Risk> linked = new LinkedHashMap<>();
        Risk.<Risk>list("select distinct r from Risk r join r.links l where l.kind = ?1 and l.targetCode = ?2",
                Risk.Link.Kind.MILESTONE, milestone).forEach(r -> linked.put(r.code, r));
        data.path("risks").forEach(code -> Risk.<Risk>find("code", code.asText()).firstResultOptional()
                .ifPresent(r -> linked.putIfAbsent(r.code, r)));
        if (linked.isEmpty()) {
            signals.raise(null, id, "milestones-service", kind, milestone, null, detail, null, null);
        }
        linked.values().forEach(r -> signals.raise(r, id, "milestones-service", kind, milestone, null, detail, null, null));
    }
}
