package org.sendreform.governance.pack;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.common.annotation.Blocking;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.sendreform.platform.event.Inbox;
import org.sendreform.platform.event.IncomingEvent;

/**
 * Reads milestones-service's and metrics-service's events into governance's read models (risk-changed arrives
 * on the risks topic, read by the escalation inbox). Each event takes effect once.
 */
@ApplicationScoped
public class ReadModelInbox {

    static final String MILESTONE_CHANGED = "org.sendreform.milestones.milestone-changed.v1";
    static final String MEASURE_STATUS_CHANGED = "org.sendreform.metrics.measure-status-changed.v1";

    @Inject
    Inbox inbox;

    @Inject
    ReadModels readModels;

    @Inject
    ObjectMapper json;

    @Incoming("milestones-events")
    @Blocking
    @Transactional
    public void milestones(ConsumerRecord<String, String> record) {
        Optional<IncomingEvent> event = IncomingEvent.read(record, MILESTONE_CHANGED, json);
        if (event.isPresent() && inbox.firstTime(event.get().id(), MILESTONE_CHANGED)) {
            readModels.milestone(event.get().data());
        }
    }

    @Incoming("metrics-events")
    @Blocking
    @Transactional
    public void metrics(ConsumerRecord<String, String> record) {
        Optional<IncomingEvent> event = IncomingEvent.read(record, MEASURE_STATUS_CHANGED, json);
        if (event.isPresent() && inbox.firstTime(event.get().id(), MEASURE_STATUS_CHANGED)) {
            readModels.measure(event.get().data());
        }
    }
}
