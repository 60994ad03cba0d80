package org.sendreform.risk.acceptance;

import java.time.LocalDate;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;

import io.smallrye.common.annotation.Blocking;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.sendreform.platform.audit.AuditTrail.Actor;
import org.sendreform.platform.event.Inbox;
import org.sendreform.platform.event.IncomingEvent;
import org.sendreform.risk.register.Risk;

/**
 * Applies the Board's ACCEPT_SYSTEM_RISK decisions (governance-service's decision-recorded): each risk the
 * decision names is accepted, citing the decision id. The decision is kept, so a risk registered later can still
 * be accepted under it (POST /api/v1/risks/{code}/acceptance). Only the Board accepts system risk: the same
 * decision type from any other body is refused here too. Each event takes effect once (inbox).
 */
@ApplicationScoped
public class BoardDecisionInbox {

    static final String TYPE = "org.sendreform.governance.decision-recorded.v1";
    private static final Logger LOG = Logger.getLogger(BoardDecisionInbox.class);

    @Inject
    Inbox inbox;

    @Inject
    Acceptances acceptances;

    @Incoming("governance-events")
    @Blocking
    @Transactional
    public void receive(ConsumerRecord<String, String> record) {
        Optional<IncomingEvent> event = inbox.firstDelivery(record, TYPE);
        if (event.isEmpty()) {
            return; // another type, unreadable, or redelivered: it has had its effect
        }
        JsonNode data = event.get().data();
        if (!"ACCEPT_SYSTEM_RISK".equals(data.path("type").asText())) {
            return;
        }
        long decisionId = data.path("decisionId").asLong();
        if (!"board".equals(data.path("body").asText())) {
            LOG.warnf("decision %d of %s would accept risks, but only the Board accepts system risk: ignored", decisionId,
                    data.path("body").asText());
            return;
        }
        Actor actor = Actor.event("governance-service", event.get().id(), data.path("recordedBy").asText(null));
        for (JsonNode code : data.path("acceptsRisks")) {
            BoardAcceptance a = new BoardAcceptance();
            a.decisionId = decisionId;
            a.riskCode = code.asText();
            a.decidedOn = LocalDate.parse(data.path("decidedOn").asText());
            a.statement = data.path("statement").asText();
            a.persist();
            Risk.<Risk>find("code", a.riskCode).firstResultOptional().ifPresentOrElse(risk -> {
                if (Acceptances.acceptable(risk.status)) {
                    acceptances.accept(risk, a, actor);
                } else {
                    LOG.infof("decision %d accepts %s, which is already %s", decisionId, a.riskCode, risk.status);
                }
            }, () -> LOG.infof("decision %d accepts %s, not (yet) in the register: kept for when it is", decisionId, a.riskCode));
        }
    }
}
