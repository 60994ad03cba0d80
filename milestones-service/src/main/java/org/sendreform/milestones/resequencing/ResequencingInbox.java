package org.sendreform.milestones.resequencing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;

import io.smallrye.common.annotation.Blocking;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.sendreform.milestones.milestone.Milestone;
import org.sendreform.milestones.milestone.PlanChanged;
import org.sendreform.milestones.milestone.MilestoneStatus;
import org.sendreform.platform.audit.AuditTrail.Actor;
import org.sendreform.platform.event.Inbox;
import org.sendreform.platform.event.IncomingEvent;

/**
 * Applies the RDG's RESEQUENCE_MILESTONES decisions (governance-service's decision-recorded): each milestone
 * named gets its new due date and due period, cites the decision, keeps its baseline, and the history shows
 * both dates. This is the only way a due date changes. Only the RDG re-sequences: the same type from another
 * body is ignored. Completed and cancelled milestones are not moved. Each event takes effect once (inbox).
 */
@ApplicationScoped
public class ResequencingInbox {

    static final String TYPE = "org.sendreform.governance.decision-recorded.v1";
    private static final Logger LOG = Logger.getLogger(ResequencingInbox.class);

    @Inject
    Inbox inbox;

    @Inject
    Clock clock;

    @Inject
    Rebaselining rebaselining;

    @Inject
    jakarta.enterprise.event.Event<PlanChanged> planChanged;

    @Incoming("governance-events")
    @Blocking
    @Transactional
    public void receive(ConsumerRecord<String, String> record) {
        Optional<IncomingEvent> event = inbox.firstDelivery(record, TYPE);
        if (event.isEmpty()) {
            return; // another type, unreadable, or redelivered: it has had its effect
        }
        JsonNode data = event.get().data();
        if (!"RESEQUENCE_MILESTONES".equals(data.path("type").asText())) {
            return;
        }
        long decisionId = data.path("decisionId").asLong();
        if (!"rdg".equals(data.path("body").asText())) {
            LOG.warnf("decision %d of %s would re-sequence milestones, but only the RDG re-sequences: ignored", decisionId,
                    data.path("body").asText());
            return;
        }
        Milestone.getEntityManager().createNativeQuery("insert into resequencing_decision (decision_id, statement, decided_on, recorded_by) "
                + "values (?1, ?2, ?3, ?4) on conflict do nothing").setParameter(1, decisionId).setParameter(2, data.path("statement").asText(null))
                .setParameter(3, data.hasNonNull("decidedOn") ? LocalDate.parse(data.path("decidedOn").asText()) : null)
                .setParameter(4, data.path("recordedBy").asText(null)).executeUpdate();
        Actor actor = Actor.event("governance-service", event.get().id(), data.path("recordedBy").asText(null));
        LocalDate today = LocalDate.now(clock);
        Milestone.lockPlan();
        for (JsonNode rebaseline : data.path("rebaselines")) {
            String code = rebaseline.path("milestoneCode").asText();
            Optional<Milestone> found = Milestone.<Milestone>find("code", code).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
            if (found.isEmpty()) {
                LOG.warnf("decision %d re-sequences %s, which is not in the plan: skipped", decisionId, code);
                continue;
            }
            Milestone m = found.get();
            if (m.status == MilestoneStatus.COMPLETE || m.status == MilestoneStatus.CANCELLED) {
                LOG.infof("decision %d re-sequences %s, which is %s: not moved", decisionId, code, m.status);
                continue;
            }
            rebaselining.rebaseline(m, LocalDate.parse(rebaseline.path("dueDate").asText()), decisionId, actor, today);
        }
        planChanged.fire(new PlanChanged(today));
    }
}
