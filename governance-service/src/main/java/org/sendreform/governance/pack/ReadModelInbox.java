package org.sendreform.governance.pack;


import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;


import io.smallrye.common.annotation.Blocking;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.sendreform.platform.event.Inbox;

/**
 * Reads milestones-service's and metrics-service's events (measure statuses, grant-condition statuses, grant spend) into
 * governance's read models (risk-changed arrives
 * on the risks topic, read by the escalation inbox). Each event takes effect once.
 */
@ApplicationScoped
public class ReadModelInbox {

    static final String MILESTONE_CHANGED = "org.sendreform.milestones.milestone-changed.v1";
    static final String MEASURE_STATUS_CHANGED = "org.sendreform.metrics.measure-status-changed.v1";
    static final String GRANT_CONDITION_STATUS_CHANGED = "org.sendreform.metrics.grant-condition-status-changed.v1";
    static final String GRANT_SPEND_CHANGED = "org.sendreform.metrics.grant-spend-changed.v1";

    @Inject
    Inbox inbox;

    @Inject
    ReadModels readModels;

    @Incoming("milestones-events")
    @Blocking
    @Transactional
    public void milestones(ConsumerRecord<String, String> record) {
        inbox.firstDelivery(record, MILESTONE_CHANGED).ifPresent(event -> readModels.milestone(event.data()));
    }

    @Incoming("metrics-events")
    @Blocking
    @Transactional
    public void metrics(ConsumerRecord<String, String> record) {
        inbox.firstDelivery(record, MEASURE_STATUS_CHANGED).ifPresent(event -> readModels.measure(event.data()));
        inbox.firstDelivery(record, GRANT_CONDITION_STATUS_CHANGED).ifPresent(event -> readModels.grantCondition(event.data()));
        inbox.firstDelivery(record, GRANT_SPEND_CHANGED).ifPresent(event -> readModels.grantSpend(event.data()));
    }
}
