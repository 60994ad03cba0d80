package org.sendreform.metrics.trajectory;

/** Where a measure stands against its trajectory in one period. */
public enum Status {
    /** At or better than the expected value. */
    ON_TRACK,
    /** Worse than expected, but within the measure's tolerance. */
    AT_RISK,
    /** Worse than expected by more than the tolerance. */
    OFF_TRACK,
    /** No value has been submitted for the period. */
    NO_DATA,
    /** Nothing to compare against: no baseline or absolute target reaches this period. */
    NO_TARGET
}
