package org.sendreform.metrics.comparator;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ComparatorLoad", description = "Published comparator figures for one measure and comparator, and where they come from")
public record ComparatorLoad(
        @Schema(required = true, description = "Where the figures are published (at most 500 characters)",
                example = "DfE Pupil absence in schools in England, 2025/26") String source,
        @Schema(required = true) List<ComparatorRow> values) {
}
