package org.sendreform.risk.signal;

import java.util.Optional;
import java.util.List;
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
 * Turns a measure going worse against its trajectory (metrics-service's measure-status-changed) into a signal
 * on every risk linked to that measure, or into the triage list when none is. Each event takes effect once
 * (inbox); an event that cannot be read is passed over (IncomingEvent).
 */
@ApplicationScoped
public class MeasureStatusSignals {

    static final String TYPE = "org.sendreform.metrics.measure-status-changed.v1";

    @Inject
    Inbox inbox;

    @Inject
    Signals signals;

    @Incoming("metrics-events")
    @Blocking
    @Transactional
    public void receive(ConsumerRecord<String, String> record) {
        Optional<IncomingEvent> event = inbox.firstDelivery(record, TYPE);
        if (event.isEmpty()) {
            return; // another type, unreadable, or redelivered: it has had its effect
        }
        UUID id = event.get().id();
        JsonNode data = event.get().data();
        MeasureStatus was = MeasureStatus.read(data.path("oldStatus").asText());
        MeasureStatus now = MeasureStatus.read(data.path("newStatus").asText());
        if (!now.worseThan(was)) {
            return;
        }
        String measure = data.path("measureCode").asText();
        String period = data.path("period").asText(null);
        String detail = measure + " went from " + was + " to " + now + (period == null ? "" : " in " + period)
                + " (value " + data.path("value").asText() + ", expected " + data.path("expected").asText() + ")";
        List<Risk> linked = Risk.list("select distinct r from Risk r join r.links l where l.kind = ?1 and l.targetCode = ?2",
                Risk.Link.Kind.MEASURE, measure);
        if (linked.isEmpty()) {
            signals.raise(null, id, "metrics-service", "MEASURE_STATUS", measure, period, detail, was.name(), now.name());
        }
        for (Risk risk : linked) {
            signals.raise(risk, id, "metrics-service", "MEASURE_STATUS", measure, period, detail, was.name(), now.name());
        }
    }

}
