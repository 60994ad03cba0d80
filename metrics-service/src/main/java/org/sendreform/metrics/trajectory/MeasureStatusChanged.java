package org.sendreform.metrics.trajectory;

import java.math.BigDecimal;

/**
 * Event data of org.sendreform.metrics.measure-status-changed.v1: a value moved a measure's status in a
 * period (e.g. ON_TRACK → OFF_TRACK). risk-service turns a worsening into a signal on the linked risks.
 */
public record MeasureStatusChanged(String measureCode, String period, String disaggregation, Status oldStatus,
        Status newStatus, BigDecimal value, BigDecimal expected, String submissionId) {

    public static final String TYPE = "org.sendreform.metrics.measure-status-changed.v1";
}
