package org.sendreform.governance.meeting;

public enum MeetingStatus {
    SCHEDULED, HELD, CANCELLED
}
