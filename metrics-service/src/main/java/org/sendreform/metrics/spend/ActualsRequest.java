package org.sendreform.metrics.spend;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ActualSpendSubmission", description = "Actual grant spend rows (at most 1000), stored all or nothing")
public record ActualsRequest(@Schema(required = true) List<ActualRow> actuals) {
}
