package org.sendreform.risk.escalation;

/** Why a risk moved along the escalation route; every move names one, so no rule is applied silently. */
public enum EscalationReason {
    /** The terms of reference: statutory compliance, significant financial, sufficiency or partnership failure risk sits with the Board. */
    MANDATORY_CATEGORY,
    /** A re-score took the residual RAG up to Red. */
    RED_RESIDUAL_RISING,
    /** A re-score kept the residual RAG at Red. */
    RED_RESIDUAL_PERSISTING,
    /** A person's judgement, with a rationale. */
    MANUAL,
    /** Returned down the route by a person, with a rationale. */
    DE_ESCALATED
}
