package org.sendreform.metrics.measure;

/** Which way is better for a measure; status against a trajectory depends on it. */
public enum Direction {
    HIGHER_IS_BETTER, LOWER_IS_BETTER, BAND
}
