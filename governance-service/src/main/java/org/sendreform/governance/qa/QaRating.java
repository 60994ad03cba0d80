package org.sendreform.governance.qa;

/**
 * A QA report's overall judgement, on the four-point scale local area EHCP quality audit tools and the Ofsted
 * graded judgements settings know: no middle grade, so every report comes down on one side of "good enough".
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
