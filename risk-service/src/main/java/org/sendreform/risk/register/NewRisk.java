package org.sendreform.risk.register;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sendreform.risk.review.ReviewFrequency;
import org.sendreform.risk.scoring.Rag;
import org.sendreform.risk.scoring.Scale;

@Schema(name = "NewRisk", description = "A risk to raise, with its first scoring; the assessed RAG is kept as entered")
public record NewRisk(
        @NotBlank(message = "is required") @Size(max = 20, message = "must be at most 20 characters")
        @Pattern(regexp = "[A-Z][A-Z0-9]*(-[A-Z0-9]+)*", message = "must be capital letters and digits in parts joined by '-', like R-09")
        @Schema(required = true, example = "R-09") String code,
        @NotBlank(message = "is required") @Size(max = 300, message = "must be at most 300 characters")
        @Schema(required = true, example = "Specialist Base staffing not ready for September openings") String title,
        @NotBlank(message = "is required") @Size(max = 4000, message = "must be at most 4000 characters")
        @Schema(required = true, example = "Staff for the new Specialist Bases are not recruited and trained in time for their September openings.")
        String description,
        @Size(max = 2000, message = "must be at most 2000 characters") @Schema(example = "Recruitment starts after capital completion") String cause,
        @Size(max = 2000, message = "must be at most 2000 characters") @Schema(example = "Bases open without a full staff team") String event,
        @Size(max = 2000, message = "must be at most 2000 characters") @Schema(example = "Places held back; children wait longer for a local place") String effect,
        @NotNull(message = "is required") @Schema(required = true, example = "WORKFORCE") Category category,
        @Size(max = 300, message = "must be at most 300 characters") @Schema(example = "Head of SEND Sufficiency") String owner,
        @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters")
        @Pattern(regexp = "[a-z][a-z0-9-]*", message = "must be a body code, like capital-sufficiency, rdg or board")
        @Schema(required = true, example = "capital-sufficiency", description = "The body that owns it: a workspace, rdg or board") String owningBody,
        @Schema(description = "Default HIGH_MEDIUM_LOW") Scale scale,
        @NotBlank(message = "is required") @Schema(required = true, example = "HIGH") String impact,
        @NotBlank(message = "is required") @Schema(required = true, example = "MEDIUM") String likelihood,
        @NotNull(message = "is required") @Schema(required = true, example = "AMBER", description = "RED, AMBER or GREEN, as the partnership assesses it") Rag assessedRag,
        @Schema(example = "AMBER_GREEN") Rag residualRag,
        @Schema(example = "GREEN") Rag targetRag,
        @Schema(description = "Fixes the review frequency for this risk; absent, it follows the assessed RAG") ReviewFrequency reviewFrequency,
        @Schema(description = "Codes of milestones (milestones-service)", example = "[\"M-CS-Q2-02\"]") List<String> milestones,
        @Schema(description = "Codes of measures (metrics-service)", example = "[\"PLACES-SB\"]") List<String> measures,
        @Schema(description = "Codes of the plan's dependencies", example = "[\"D-02\", \"D-05\"]") List<String> dependencies) {
}
