package org.sendreform.governance.action;

import java.time.LocalDate;

/** An action's status. OPEN and IN_PROGRESS are open; an open action past its due date is overdue. Plain Java. */
public enum ActionStatus {
    OPEN, IN_PROGRESS, DONE, DROPPED;

    public boolean open() {
        return this == OPEN || this == IN_PROGRESS;
    }

    /** Open after the day it was due. */
    public static boolean overdue(ActionStatus status, LocalDate dueOn, LocalDate today) {
        return status.open() && dueOn.isBefore(today);
    }
}
