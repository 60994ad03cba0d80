package org.sendreform.governance.qa;

/**
 * A QA report's overall judgement, on the four-point scale of Ofsted's graded judgements (until its 2025 report
 * cards) and of many local EHCP quality audit tools: no middle grade, so every report comes down on one side of
 * "good enough" (docs/governance.md, "QA reports").
 * Each maps to the RAG colour the pack shows it in. Plain Java.
 */
public enum QaRating {
    OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE;

    public String rag() {
        return switch (this) {
            case OUTSTANDING, GOOD -> "GREEN";
            case REQUIRES_IMPROVEMENT -> "AMBER";
            case INADEQUATE -> "RED";
        };
    }

    /** 0 for OUTSTANDING up to 3 for INADEQUATE: the summary lists providers worst first. */
    public int severity() {
        return ordinal();
    }
}
