package org.sendreform.governance.wesaid;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sendreform.platform.page.PageRequest;
import org.sendreform.platform.problem.Problem;
import org.sendreform.platform.problem.ProblemException;
import org.sendreform.platform.version.ETags;

/**
 * The published "we said / we did" items, for families, young people and the public: no token needed (the
 * gateway and this service both permit /api/v1/public without one). Only published items, only their public
 * fields; an unpublished item is not found here.
 */
@Path("/api/v1/public/we-said-we-did")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@SecurityRequirementsSet({})
@Tag(name = "Public", description = "Published for families, young people and the public: no token needed")
public class PublicWeSaidResource {

    @Schema(name = "PublishedWeSaidPage")
    public record PublishedWeSaidPage(List<PublishedWeSaid> items, int page, int size, long total) {
    }

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "listPublishedWeSaidWeDid", summary = "Published \"we said / we did\" items (no token needed)",
            description = "Newest said first (then newest id). What was said, what was done, and the decisions and milestones it led to.")
    @APIResponse(responseCode = "200", description = "One page of published items; Link header has first/prev/next/last",
            content = @Content(schema = @Schema(implementation = PublishedWeSaidPage.class)))
    @APIResponse(responseCode = "400", description = "A filter is not valid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response list(@Parameter(schema = @Schema(implementation = VoiceSource.class)) @QueryParam("source") String sourceParam,
            @Parameter(schema = @Schema(implementation = WeSaidStatus.class)) @QueryParam("status") String statusParam,
            @BeanParam @Valid PageRequest paging, @Context UriInfo uri) {
        return WeSaidResource.page(WeSaidResource.filters(sourceParam, statusParam).equal("published", true), paging, uri,
                PublishedWeSaid::of);
    }

    @GET
    @Path("{id}")
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "getPublishedWeSaidWeDid", summary = "One published \"we said / we did\" item (no token needed)")
    @APIResponse(responseCode = "200", description = "The item's public fields",
            content = @Content(schema = @Schema(implementation = PublishedWeSaid.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent in If-None-Match")
    @APIResponse(responseCode = "404", description = "No published item has this id (unpublished items are not shown)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") long id, @Context Request request) {
        WeSaid w = WeSaid.<WeSaid>find("id = ?1 and published = true", id).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("Published item", id));
        return ETags.ok(request, w.version, () -> PublishedWeSaid.of(w));
    }
}
