package org.sendreform.metrics.spend;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * Event data of org.sendreform.metrics.grant-condition-status-changed.v1: a committed actual spend submission
 * moved a grant condition's status for a grant year (e.g. NO_DATA → MET, AT_RISK → BREACHED). One per condition
 * whose status changed; none for a refused submission. Shares are percent of all spend to date, rounded to 2 places.
 */
public record GrantConditionStatusChanged(String year, ConditionBucket condition, GrantConditions.Rule rule,
        BigDecimal thresholdPercent, ConditionStatus oldStatus, ConditionStatus newStatus, BigDecimal oldShare,
        BigDecimal newShare, BigDecimal amount, BigDecimal total, UUID submissionId) {

    public static final String TYPE = "org.sendreform.metrics.grant-condition-status-changed.v1";

    /** The Kafka key and the CloudEvents subject: one grant year's condition, e.g. FY2026-27/DIRECT_DELIVERY. */
    public String aggregateId() {
        return year + "/" + condition;
    }
}
