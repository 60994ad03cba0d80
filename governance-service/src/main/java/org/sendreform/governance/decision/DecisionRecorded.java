package org.sendreform.governance.decision;

import java.time.LocalDate;
import java.util.List;

import org.sendreform.governance.body.DecisionType;

/**
 * Event data of org.sendreform.governance.decision-recorded.v1. The owning services apply what a decision says:
 * risk-service accepts the risks of a Board ACCEPT_SYSTEM_RISK decision; milestones-service re-baselines the
 * milestones of an RDG RESEQUENCE_MILESTONES decision. The key is the decision id.
 */
public record DecisionRecorded(long decisionId, String body, DecisionType type, String statement, LocalDate decidedOn,
        List<String> acceptsRisks, List<DecisionRequest.Rebaseline> rebaselines, List<String> evidenceMeasures,
        List<String> evidenceRisks, List<String> evidenceMilestones, Long supersedes, Long answersEscalation, String recordedBy) {

    public static final String TYPE = "org.sendreform.governance.decision-recorded.v1";
}
