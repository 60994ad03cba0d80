package org.sendreform.risk.scoring;

/**
 * The partnership's scoring matrix: impact rank × likelihood rank gives a score, and score bands give the
 * matrix RAG. On High/Medium/Low: 6–9 red, 3–4 amber, 1–2 green (so High × Medium is red). On 5×5 (1–25):
 * 15–25 red, 5–12 amber, 1–4 green. The assessed RAG the partnership entered is never replaced by this;
 * the register shows both and flags where they differ.
 */
public final class ScoringMatrix {

    private ScoringMatrix() {
    }

    public static int score(Scale scale, String impact, String likelihood) {
        return scale.rank(impact) * scale.rank(likelihood);
    }

    public static Rag rag(Scale scale, String impact, String likelihood) {
        int score = score(scale, impact, likelihood);
        return switch (scale) {
            case HIGH_MEDIUM_LOW -> score >= 6 ? Rag.RED : score >= 3 ? Rag.AMBER : Rag.GREEN;
            case FIVE_BY_FIVE -> score >= 15 ? Rag.RED : score >= 5 ? Rag.AMBER : Rag.GREEN;
        };
    }
}
