package org.sendreform.risk.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ScoringMatrixTest {

    @ParameterizedTest
    @CsvSource({
            "HIGH, HIGH, 9, RED",
            "HIGH, MEDIUM, 6, RED",
            "MEDIUM, HIGH, 6, RED",
            "HIGH, LOW, 3, AMBER",
            "MEDIUM, MEDIUM, 4, AMBER",
            "MEDIUM, LOW, 2, GREEN",
            "LOW, LOW, 1, GREEN" })
    void highMediumLow(String impact, String likelihood, int score, Rag rag) {
        assertEquals(score, ScoringMatrix.score(Scale.HIGH_MEDIUM_LOW, impact, likelihood));
        assertEquals(rag, ScoringMatrix.rag(Scale.HIGH_MEDIUM_LOW, impact, likelihood));
    }

    @ParameterizedTest
    @CsvSource({ "5, 5, 25, RED", "5, 3, 15, RED", "4, 3, 12, AMBER", "1, 5, 5, AMBER", "2, 2, 4, GREEN", "1, 1, 1, GREEN" })
    void fiveByFive(String impact, String likelihood, int score, Rag rag) {
        assertEquals(score, ScoringMatrix.score(Scale.FIVE_BY_FIVE, impact, likelihood));
        assertEquals(rag, ScoringMatrix.rag(Scale.FIVE_BY_FIVE, impact, likelihood));
    }

    @Test
    void levelsOffTheScaleAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> ScoringMatrix.rag(Scale.FIVE_BY_FIVE, "HIGH", "3"));
        assertThrows(IllegalArgumentException.class, () -> ScoringMatrix.rag(Scale.HIGH_MEDIUM_LOW, "6", "LOW"));
    }
}
