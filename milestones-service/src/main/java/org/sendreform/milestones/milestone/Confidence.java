package org.sendreform.milestones.milestone;

/** Delivery confidence, set by the milestone's owner (RAG). */
public enum Confidence {
    GREEN, AMBER, RED
}
