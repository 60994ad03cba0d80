package org.sendreform.risk.signal;

/**
 * A measure's status as metrics-service reports it, ordered from good to bad where the order means something;
 * NO_DATA and NO_TARGET say nothing about delivery, so moving to them is never a worsening.
 */
public enum MeasureStatus {
    ON_TRACK(0), AT_RISK(1), OFF_TRACK(2), NO_DATA(-1), NO_TARGET(-1), UNKNOWN(-1);

    private final int badness;

    MeasureStatus(int badness) {
        this.badness = badness;
    }

    public static MeasureStatus read(String text) {
        try {
            return valueOf(text);
        } catch (IllegalArgumentException | NullPointerException e) {
            return UNKNOWN;
        }
    }

    /** True when this is a delivery status and worse than {@code before} (a first value that is already behind counts). */
    public boolean worseThan(MeasureStatus before) {
        return badness > 0 && badness > before.badness;
    }
}
