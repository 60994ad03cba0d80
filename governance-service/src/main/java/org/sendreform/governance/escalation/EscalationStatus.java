package org.sendreform.governance.escalation;

/** OPEN before its body; ANSWERED by a decision; WITHDRAWN when the risk was returned down the route first; CLOSED. */
public enum EscalationStatus {
    OPEN, ANSWERED, WITHDRAWN, CLOSED
}
