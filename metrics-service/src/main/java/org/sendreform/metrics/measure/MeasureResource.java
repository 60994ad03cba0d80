package org.sendreform.metrics.measure;

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

@Path("/api/v1/measures")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Measures", description = "The catalogue of success measures")
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class MeasureResource {

    /** The shape of a page of this register, for the OpenAPI document (the body is a {@link Page}). */
    @Schema(name = "MeasurePage")
    public record MeasurePage(List<MeasureView> items, int page, int size, long total) {
    }

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "listMeasures", summary = "List measures", description = "Ordered by code. Filters combine with AND.")
    @APIResponse(responseCode = "200", description = "One page of measures; Link header has first/prev/next/last",
            content = @Content(schema = @Schema(implementation = MeasurePage.class)))
    @APIResponse(responseCode = "400", description = "A filter is not valid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response list(
            @Parameter(description = "Kind of indicator", schema = @Schema(implementation = MeasureKind.class)) @QueryParam("kind") String kindParam,
            @Parameter(description = "Plan theme", example = "BB2") @QueryParam("theme") String theme,
            @Parameter(description = "Organisation that owns the data", example = "cwpt-therapies") @QueryParam("owner") String owner,
            @BeanParam @Valid PageRequest paging,
            @Context UriInfo uri) {
        MeasureKind kind = QueryParameters.oneOf("kind", kindParam, MeasureKind.class);
        Filters filters = new Filters()
                .equal("kind", kind)
                .equal("themeCode", theme)
                .where("array_contains(dataOwners, :owner)", "owner", owner);
        var query = filters.isEmpty()
                ? Measure.<Measure>findAll(Sort.by("code"))
                : Measure.<Measure>find(filters.query(), Sort.by("code"), filters.parameters());
        List<MeasureView> items = query.page(paging.page, paging.size).list().stream().map(MeasureView::of).toList();
        return new Page<>(items, paging.page, paging.size, query.count()).toResponse(uri);
    }

    @GET
    @Path("{code}")
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "getMeasure", summary = "Get one measure with its baseline and targets")
    @APIResponse(responseCode = "200", description = "The measure",
            content = @Content(schema = @Schema(implementation = MeasureView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent in If-None-Match")
    @APIResponse(responseCode = "404", description = "No measure has this code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@Parameter(example = "EHCP-20WK") @PathParam("code") String code, @Context Request request) {
        Measure measure = Measure.<Measure>find("code", code).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("Measure", code));
        return ETags.ok(request, measure.version, () -> MeasureView.of(measure));
    }
}
