package org.sendreform.risk.register;

public enum RiskStatus {
    OPEN, ESCALATED, ACCEPTED, CLOSED
}
