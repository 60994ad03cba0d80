package org.sendreform.metrics.spend;

/** The three kinds of spend the grant conditions speak of; every actual spend row counts towards exactly one. */
public enum ConditionBucket {
    /** Direct delivery of Experts at Hand: at least 80% of the grant. */
    DIRECT_DELIVERY,
    /** Administration costs associated with Experts at Hand: at most 10%. */
    EAH_ADMINISTRATION,
    /** Local authority transformation costs linked to the SEND Reforms: at most 10%. */
    LA_TRANSFORMATION;

    /** The bucket named by a code, or null when it names none. */
    public static ConditionBucket parse(String code) {
        for (ConditionBucket b : values()) {
            if (b.name().equals(code)) {
                return b;
            }
        }
        return null;
    }
}
