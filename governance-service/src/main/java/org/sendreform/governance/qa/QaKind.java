package org.sendreform.governance.qa;

/**
 * What kind of quality assurance a report records, as the QA, Data and Digital workspace carries them out. The
 * three audits look at a sample of cases (an EHCP quality audit, a multi-agency case audit, an audit of part-time
 * timetables); a visit looks at one provider outside the city that Coventry places children with. Plain Java.
 */
public enum QaKind {
    MULTI_AGENCY_AUDIT, EHCP_QUALITY_AUDIT, PART_TIME_TIMETABLE_AUDIT, OUT_OF_CITY_PROVIDER_VISIT, OTHER;

    /** An audit of a sample of cases: its sample size is required to publish it. */
    public boolean audit() {
        return this == MULTI_AGENCY_AUDIT || this == EHCP_QUALITY_AUDIT || this == PART_TIME_TIMETABLE_AUDIT;
    }
}
