package org.sendreform.metrics.submission;

import java.util.List;
import java.util.UUID;

/**
 * Event data of org.sendreform.metrics.values-submitted.v1: one per stored submission (never per value,
 * never for a dry run or a refused submission), with its counts and the measures and periods it touched.
 */
public record ValuesSubmitted(UUID submissionId, String org, SubmissionSummary.Mode mode, int received, int imported,
        int updated, int unchanged, int removed, int rejected, List<String> measures, List<String> periods) {

    public static final String TYPE = "org.sendreform.metrics.values-submitted.v1";
}
