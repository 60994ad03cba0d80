package org.sendreform.metrics.measure;

/** The plan's kinds of indicator: leading and outcome measures, supporting data, lived experience, finance. */
public enum MeasureKind {
    LEADING, OUTCOME, SUPPORTING, LIVED_EXPERIENCE, FINANCE
}
