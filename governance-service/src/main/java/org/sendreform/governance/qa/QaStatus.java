package org.sendreform.governance.qa;

/**
 * DRAFT (the workspace's own, changed freely) → PUBLISHED (read by everyone, in the summary and the Board's pack;
 * its findings frozen) → WITHDRAWN (published in error or abandoned: kept with a reason, counted nowhere; final).
 * Plain Java.
 */
public enum QaStatus {
    DRAFT, PUBLISHED, WITHDRAWN
}
