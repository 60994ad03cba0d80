package org.sendreform.metrics.spend;

/** Where a grant condition stands on the spend so far (docs/spend.md). */
public enum ConditionStatus {
    /** The condition holds with at least the at-risk margin to spare. */
    MET,
    /** The condition holds, but by less than the margin (exactly on the limit counts here). */
    AT_RISK,
    /** The condition does not hold. */
    BREACHED,
    /** No spend to take a share of. */
    NO_DATA
}
