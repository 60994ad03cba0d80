package org.sendreform.governance.body;

/**
 * Where a body stands. Standing bodies are ACTIVE from the start; a Task and Finish group is PROPOSED by the RDG,
 * ACTIVE once the Board ratifies it, and DISBANDED when its work is done.
 */
public enum BodyStatus {
    PROPOSED, ACTIVE, DISBANDED
}
