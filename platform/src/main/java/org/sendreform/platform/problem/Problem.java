package org.sendreform.platform.problem;

import java.net.URI;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem document. Every error the platform returns has this shape, so a client
 * needs one error handler for all services and the gateway.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(
        @Schema(description = "URI identifying the kind of problem", example = "https://sendreform.org/problems/validation")
        URI type,
        @Schema(example = "Request is not valid")
        String title,
        @Schema(example = "422")
        int status,
        @Schema(example = "dueDate: must be on or after the baseline date")
        String detail,
        @Schema(description = "The request path the problem occurred on", example = "/api/v1/milestones")
        URI instance,
        @Schema(description = "One entry per invalid field")
        List<FieldError> errors,
        @Schema(description = "Correlates this answer with the logs", example = "5f0c2d7e9a1b4c3d")
        String traceId) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid field: a JSON path (or query parameter name) and what is wrong with it. */
    public record FieldError(
            @Schema(example = "dueDate") String field,
            @Schema(example = "must not be null") String message) {
    }
}
