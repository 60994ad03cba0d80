package org.sendreform.milestones.progress;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A milestone's delivery confidence (RAG) changing, as the history records it. */
@Schema(name = "ConfidenceChange")
public record ConfidenceChange(@Schema(example = "M-CS-Q3-05") String code, String title, String workspace, String theme,
        @Schema(example = "GREEN", description = "Absent when no confidence had been given") String from,
        @Schema(example = "RED") String to, String note, Instant at, @Schema(example = "workspace.lead") String by) {
}
