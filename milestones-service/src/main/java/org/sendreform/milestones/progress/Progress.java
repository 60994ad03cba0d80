package org.sendreform.milestones.progress;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The live reform tracker: the plan as a whole, then by theme and by workspace. */
@Schema(name = "Progress")
public record Progress(LocalDate asOf,
        @Schema(description = "The plan version rolled up (the current one); absent when no plan is loaded", example = "v3.1") String planVersion,
        @Schema(description = "RAG changes are counted from this date", example = "2026-10-01") LocalDate since,
        @Schema(example = "FY2026-27-Q4") String nextQuarter,
        Rollup plan,
        List<Group> themes,
        List<Group> workspaces,
        @Schema(description = "Each RAG change since the date, oldest first") List<ConfidenceChange> ragChanges) {

    @Schema(name = "ProgressGroup")
    public record Group(@Schema(example = "BB2") String code, String name, Rollup rollup) {
    }
}
