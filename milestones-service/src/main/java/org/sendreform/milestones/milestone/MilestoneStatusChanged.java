package org.sendreform.milestones.milestone;

import java.time.LocalDate;

/**
 * Event data of org.sendreform.milestones.milestone-status-changed.v1: a milestone moved from one status to
 * another (NOT_STARTED, IN_PROGRESS, COMPLETE, CANCELLED; reopening included). Key: the code.
 */
public record MilestoneStatusChanged(String code, String title, String workspace, MilestoneStatus from, MilestoneStatus to,
        LocalDate completedOn, String changedBy) {

    public static final String TYPE = "org.sendreform.milestones.milestone-status-changed.v1";
}
