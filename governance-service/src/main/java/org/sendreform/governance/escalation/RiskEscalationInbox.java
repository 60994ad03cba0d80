package org.sendreform.governance.escalation;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;

import io.smallrye.common.annotation.Blocking;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.sendreform.governance.body.Body;
import org.sendreform.governance.pack.ReadModels;
import org.sendreform.platform.audit.AuditTrail.Actor;
import org.sendreform.platform.event.Inbox;
import org.sendreform.platform.event.IncomingEvent;

/**
 * Reads risk-service's events (docs/events/risks): a risk escalated becomes an escalation before the body it
 * now sits with; a risk returned down the route withdraws what was still open about it before the body it left;
 * risk-changed keeps the register's read model for the assurance pack. Each event takes effect once (inbox).
 */
@ApplicationScoped
public class RiskEscalationInbox {

    static final String ESCALATED = "org.sendreform.risks.risk-escalated.v1";
    static final String DE_ESCALATED = "org.sendreform.risks.risk-de-escalated.v1";
    static final String CHANGED = "org.sendreform.risks.risk-changed.v1";
    private static final Logger LOG = Logger.getLogger(RiskEscalationInbox.class);

    @Inject
    Inbox inbox;

    @Inject
    Escalations escalations;

    @Inject
    ReadModels readModels;

    @Incoming("risks-events")
    @Blocking
    @Transactional
    public void receive(ConsumerRecord<String, String> record) {
        Optional<IncomingEvent> changed = inbox.firstDelivery(record, CHANGED);
        if (changed.isPresent()) {
            readModels.risk(changed.get().data());
            return;
        }
        Optional<IncomingEvent> escalated = inbox.firstDelivery(record, ESCALATED);
        Optional<IncomingEvent> deEscalated = escalated.isPresent() ? Optional.empty() : inbox.firstDelivery(record, DE_ESCALATED);
        IncomingEvent event = escalated.or(() -> deEscalated).orElse(null);
        if (event == null) {
            return; // another type, unreadable, or redelivered: it has had its effect
        }
        JsonNode data = event.data();
        String risk = data.path("riskCode").asText();
        Actor actor = Actor.event("risk-service", event.id(), data.path("movedBy").asText(null));
        if (escalated.isPresent()) {
            String to = data.path("toBody").asText();
            if (Body.findById(to) == null) {
                LOG.warnf("risk %s escalated to %s, a body this partnership does not have: no escalation raised", risk, to);
                return;
            }
            escalations.raiseForRisk(to, data.path("fromBody").asText(), risk, risk + ": " + data.path("title").asText(),
                    data.path("reason").asText(), data.path("rationale").asText(), actor);
        } else {
            escalations.withdrawForRisk(risk, data.path("fromBody").asText(),
                    "Risk returned to " + data.path("toBody").asText() + ": " + data.path("rationale").asText(), actor);
        }
    }
}
