package org.sendreform.governance.wesaid;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A "we said / we did" item as written: the body of a create, and what an item becomes under a merge patch. */
@Schema(name = "WeSaidRequest", description = "A \"we said / we did\" item")
public record WeSaidRequest(
        @NotNull(message = "is required") @Schema(required = true) VoiceSource source,
        @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters")
        @Schema(required = true, example = "Communication about EHCP timescales") String theme,
        @NotNull(message = "is required") @Schema(required = true, description = "When it was said; not in the future", example = "2026-10-14")
        LocalDate saidOn,
        @NotBlank(message = "is required") @Size(max = 4000, message = "must be at most 4000 characters")
        @Schema(required = true, example = "Families told us they do not know where their child's EHCP assessment has got to.")
        String weSaid,
        @Size(max = 4000, message = "must be at most 4000 characters")
        @Schema(description = "What was done; may be empty while listening or in progress, required once DONE or published",
                example = "We now write to families at weeks 6, 12 and 16 of every assessment.") String weDid,
        @Schema(description = "Default LISTENING") WeSaidStatus status,
        @Size(max = 50, message = "must list at most 50 decisions")
        @Schema(description = "Ids of the decisions it led to (GET /api/v1/decisions)", example = "[42]") List<Long> decisions,
        @Size(max = 50, message = "must list at most 50 milestones")
        @Schema(description = "Codes of the milestones it bears on (milestones-service's codes)", example = "[\"M-QA-Q3-01\"]")
        List<String> milestones,
        @Schema(description = "Default false. Publishing needs a \"we did\" statement and status IN_PROGRESS or DONE") Boolean published,
        @Size(max = 4000, message = "must be at most 4000 characters")
        @Schema(description = "Internal notes: never shown publicly", example = "Raised at the PCF coffee morning; ask SENDIASS for numbers.")
        String notes) {

    /** The item as the request that would create it now: the base a merge patch applies to. */
    static WeSaidRequest of(WeSaid w) {
        return new WeSaidRequest(w.source, w.theme, w.saidOn, w.weSaid, w.weDid, w.status, w.decisions.stream().sorted().toList(),
                w.milestones.stream().sorted().toList(), w.published, w.notes);
    }
}
