package org.sendreform.metrics.submission;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Submission", description = "Values a partner system submits in one request (up to 100,000)")
public record SubmissionRequest(@Schema(required = true) List<ValueRow> values) {
}
