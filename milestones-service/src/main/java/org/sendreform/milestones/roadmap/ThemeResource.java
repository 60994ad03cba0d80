package org.sendreform.milestones.roadmap;

import java.util.List;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.panache.common.Sort;
import io.quarkus.security.Authenticated;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sendreform.platform.problem.Problem;
import org.sendreform.platform.problem.ProblemException;

@Path("/api/v1/themes")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Transactional(Transactional.TxType.SUPPORTS)
@Tag(name = "Roadmap", description = "The plan's themes and their three-year roadmap")
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ThemeResource {

    @GET
    @Operation(operationId = "listThemes", summary = "List the plan's themes with their roadmap", description = "In the plan's order (BB1–BB4, EAH, EN1–EN3).")
    @APIResponse(responseCode = "200", description = "All themes")
    public List<ThemeView> list() {
        return Theme.<Theme>findAll(Sort.by("position")).list().stream().map(ThemeView::of).toList();
    }

    @GET
    @Path("{code}")
    @Operation(operationId = "getTheme", summary = "Get one theme with its roadmap")
    @APIResponse(responseCode = "200", description = "The theme")
    @APIResponse(responseCode = "404", description = "No theme has this code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ThemeView get(@Parameter(example = "BB2") @PathParam("code") String code) {
        return Theme.<Theme>findByIdOptional(code).map(ThemeView::of)
                .orElseThrow(() -> ProblemException.notFound("Theme", code));
    }
}
