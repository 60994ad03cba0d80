package org.sendreform.risk.register;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.sendreform.risk.scoring.Rag;
import org.sendreform.risk.scoring.Scale;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Rescore", description = "A new scoring of a risk; the assessed RAG is kept as entered")
public record RescoreRequest(
        @Schema(description = "Default: the risk's current scale") Scale scale,
        @NotBlank(message = "is required") @Schema(required = true, example = "HIGH") String impact,
        @NotBlank(message = "is required") @Schema(required = true, example = "MEDIUM") String likelihood,
        @NotNull(message = "is required") @Schema(required = true) Rag assessedRag,
        Rag residualRag,
        Rag targetRag,
        @NotBlank(message = "is required") @Size(max = 2000, message = "must be at most 2000 characters")
        @Schema(required = true, example = "Two Specialist Bases opened late; capital programme re-phased") String rationale) {
}
