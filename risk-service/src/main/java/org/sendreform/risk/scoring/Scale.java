package org.sendreform.risk.scoring;

import java.util.List;

/**
 * The scales impact and likelihood are rated on: the plan's High/Medium/Low, or a 1–5 scale for the 5×5
 * matrix. Each level has a rank from 1 (lowest) so one matrix rule serves both.
 */
public enum Scale {
    HIGH_MEDIUM_LOW(List.of("LOW", "MEDIUM", "HIGH")),
    FIVE_BY_FIVE(List.of("1", "2", "3", "4", "5"));

    private final List<String> levels;

    Scale(List<String> levels) {
        this.levels = levels;
    }

    public List<String> levels() {
        return levels;
    }

    /** 1-based rank of a level on this scale; IllegalArgumentException when the level is not on it. */
    public int rank(String level) {
        int i = level == null ? -1 : levels.indexOf(level.trim().toUpperCase());
        if (i < 0) {
            throw new IllegalArgumentException("'" + level + "' is not on the " + name() + " scale " + levels);
        }
        return i + 1;
    }

    public int max() {
        return levels.size();
    }
}
