package org.sendreform.milestones.milestone;

import java.time.LocalDate;

/**
 * Fired (synchronously, inside the change's transaction) after milestones' dates or statuses changed, or the
 * calendar moved on, so the rules that look across the whole plan, such as dependency flags, follow at once.
 */
public record PlanChanged(LocalDate today) {
}
