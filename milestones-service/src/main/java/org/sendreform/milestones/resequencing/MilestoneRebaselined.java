package org.sendreform.milestones.resequencing;

import java.time.LocalDate;

/**
 * Event data of org.sendreform.milestones.milestone-rebaselined.v1: an RDG re-sequencing decision moved a
 * milestone's due date. The baseline (the date as first planned) stays as it was. Key: the milestone code.
 */
public record MilestoneRebaselined(String milestoneCode, String title, String workspace, LocalDate previousDueDate, LocalDate dueDate,
        String duePeriod, LocalDate baselineDate, long decisionId) {

    public static final String TYPE = "org.sendreform.milestones.milestone-rebaselined.v1";
}
