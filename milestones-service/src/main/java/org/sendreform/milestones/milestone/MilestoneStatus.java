package org.sendreform.milestones.milestone;

public enum MilestoneStatus {
    NOT_STARTED, IN_PROGRESS, COMPLETE, CANCELLED;

    public boolean isOpen() {
        return this == NOT_STARTED || this == IN_PROGRESS;
    }
}
