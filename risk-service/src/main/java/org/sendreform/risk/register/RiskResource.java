package org.sendreform.risk.register;

import java.util.List;

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

import io.quarkus.panache.common.Sort;
import io.quarkus.security.Authenticated;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sendreform.platform.page.Page;
import org.sendreform.platform.page.PageRequest;
import org.sendreform.platform.problem.Problem;
import org.sendreform.platform.problem.ProblemException;
import org.sendreform.platform.query.Filters;
import org.sendreform.platform.query.QueryParameters;
import org.sendreform.platform.version.ETags;
import org.sendreform.risk.scoring.Rag;

@Path("/api/v1/risks")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Risks", description = "The partnership's risk register")
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class RiskResource {

    /** The shape of a page of this register, for the OpenAPI document (the body is a {@link Page}). */
    @Schema(name = "RiskPage")
    public record RiskPage(List<RiskView> items, int page, int size, long total) {
    }

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "listRisks", summary = "List risks", description = "Ordered by code. Filters combine with AND.")
    @APIResponse(responseCode = "200", description = "One page of risks; Link header has first/prev/next/last",
            content = @Content(schema = @Schema(implementation = RiskPage.class)))
    @APIResponse(responseCode = "400", description = "A filter is not valid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response list(
            @Parameter(schema = @Schema(implementation = Category.class)) @QueryParam("category") String categoryParam,
            @Parameter(description = "Owning body code", example = "board") @QueryParam("body") String body,
            @Parameter(schema = @Schema(implementation = RiskStatus.class)) @QueryParam("status") String statusParam,
            @Parameter(description = "Assessed RAG", schema = @Schema(implementation = Rag.class)) @QueryParam("rag") String ragParam,
            @Parameter(description = "Residual RAG", schema = @Schema(implementation = Rag.class)) @QueryParam("residualRag") String residualParam,
            @BeanParam @Valid PageRequest paging,
            @Context UriInfo uri) {
        Filters filters = new Filters()
                .equal("category", QueryParameters.oneOf("category", categoryParam, Category.class))
                .equal("owningBody", body)
                .equal("status", QueryParameters.oneOf("status", statusParam, RiskStatus.class))
                .equal("assessedRag", QueryParameters.oneOf("rag", ragParam, Rag.class))
                .equal("residualRag", QueryParameters.oneOf("residualRag", residualParam, Rag.class));
        var query = filters.isEmpty()
                ? Risk.<Risk>findAll(Sort.by("code"))
                : Risk.<Risk>find(filters.query(), Sort.by("code"), filters.parameters());
        List<RiskView> items = query.page(paging.page, paging.size).list().stream().map(RiskView::of).toList();
        return new Page<>(items, paging.page, paging.size, query.count()).toResponse(uri);
    }

    @GET
    @Path("{code}")
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "getRisk", summary = "Get one risk with its scoring, mitigations and links")
    @APIResponse(responseCode = "200", description = "The risk",
            content = @Content(schema = @Schema(implementation = RiskView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent in If-None-Match")
    @APIResponse(responseCode = "404", description = "No risk has this code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@Parameter(example = "R-01") @PathParam("code") String code, @Context Request request) {
        Risk risk = Risk.<Risk>find("code", code).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("Risk", code));
        return ETags.ok(request, risk.version, () -> RiskView.of(risk));
    }
}
