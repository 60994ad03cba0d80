package org.sendreform.milestones.dependency;

import java.time.LocalDate;
import java.util.List;

/**
 * Event data of org.sendreform.milestones.milestone-flagged-at-risk.v1: a predecessor (held back by
 * {@code originCode}, possibly itself) cannot finish by this milestone's due date. risk-service raises
 * DEPENDENCY_FLAGGED signals on the milestone's risks. Key: the flagged milestone's code.
 */
public record MilestoneFlaggedAtRisk(String milestoneCode, String title, String workspace, LocalDate dueDate,
        String predecessorCode, String originCode, LocalDate predecessorDate, String reason, List<String> risks) {

    public static final String TYPE = "org.sendreform.milestones.milestone-flagged-at-risk.v1";
}
