package org.sendreform.risk.review;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How often a risk is reviewed. */
@Schema(name = "ReviewFrequency")
public enum ReviewFrequency {
    MONTHLY(1), TWO_MONTHLY(2), QUARTERLY(3), SIX_MONTHLY(6), ANNUAL(12);

    private final int months;

    ReviewFrequency(int months) {
        this.months = months;
    }

    public int months() {
        return months;
    }
}
