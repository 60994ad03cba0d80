package org.sendreform.risk.dependency;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where a programme dependency stands. The plan names its dependencies as conditions delivery relies on ("each can
 * carry risk") without rating them, so each starts NOT_ASSESSED; once assessed it is ON_TRACK, AT_RISK (slipping or
 * uncertain: say why), BLOCKED (delivery that relies on it cannot proceed: say why) or RESOLVED (in place, no longer
 * a concern).
 */
@Schema(name = "ProgrammeDependencyStatus")
public enum DependencyStatus {
    NOT_ASSESSED, ON_TRACK, AT_RISK, BLOCKED, RESOLVED;

    /** AT_RISK and BLOCKED must say why (a status note). */
    public boolean needsNote() {
        return this == AT_RISK || this == BLOCKED;
    }

    /** A client may set any status but NOT_ASSESSED, which is only where a dependency starts. */
    public boolean settable() {
        return this != NOT_ASSESSED;
    }
}
