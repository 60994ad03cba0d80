package org.sendreform.metrics.measure;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.panache.common.Sort;
import io.quarkus.security.Authenticated;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sendreform.platform.page.Page;
import org.sendreform.platform.patch.MergePatch;
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

    @Inject
    Catalogue catalogue;

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

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ "programme-manager", "admin" })
    @Operation(operationId = "defineMeasure", summary = "Add a measure to the catalogue", description = """
            Defines a new measure with its definition (version 1), baseline, dated targets, data owners, breakdowns and \
            tolerance. Every field is checked and every problem reported at once (422, errors[] naming each field): \
            unit, direction, kind and period type must be known; baseline and target periods must parse and be of the \
            measure's period type; percentage targets lie between 0 and 100; one target per period; tolerance is not \
            negative; at least one data owner; the breakdowns include "all"; a rate names its numerator and denominator. \
            Publishes measure-defined. Location is the new measure; the ETag its version.""")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NewMeasure.class),
            examples = @ExampleObject(name = "a rate with breakdowns", value = """
                    {"code": "SUSP-SEN-SUPPORT", "name": "Suspensions of pupils on SEND Support",
                     "definition": "Suspensions in the academic year of pupils on SEND Support, per 100 pupils on SEND Support on the January census",
                     "numeratorDefinition": "Suspensions of pupils on SEND Support in the academic year",
                     "denominatorDefinition": "Pupils on SEND Support on the January census, divided by 100",
                     "unit": "RATE", "direction": "LOWER_IS_BETTER", "kind": "OUTCOME", "periodType": "ACADEMIC_YEAR",
                     "theme": "BB4", "dataOwners": ["coventry-la-education"], "disaggregations": ["all", "primary", "secondary"],
                     "baseline": {"value": 11.2, "period": "AY2025-26", "note": "local data"},
                     "targetText": "In line with or below national averages by 2029",
                     "targets": [{"period": "AY2028-29", "relation": "AT_MOST", "comparator": "NATIONAL", "note": "by 2029"}],
                     "source": "DfE suspensions and permanent exclusions statistics", "tolerance": 0.5}""")))
    @APIResponse(responseCode = "201", description = "The measure as defined, with its ETag",
            content = @Content(schema = @Schema(implementation = MeasureView.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, a wrong type or an unknown field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Only the programme manager and admins define measures",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A measure with this code exists",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Fields are missing or break a rule; errors[] names each",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response define(NewMeasure request, @Context UriInfo uri) {
        Measure m = catalogue.create(request);
        return Response.created(uri.getBaseUriBuilder().path("api/v1/measures").path(m.code).build())
                .entity(MeasureView.of(m)).tag(ETags.of(m.version)).build();
    }

    @PATCH
    @Path("{code}")
    @Consumes({ MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON })
    @RolesAllowed({ "programme-manager", "admin" })
    @Operation(operationId = "changeMeasure", summary = "Change a measure (JSON merge patch)", description = """
            Send only the fields to change (null clears one; targets, dataOwners and disaggregations replace the lists \
            held); the measure then obeys the same rules as when defined (422 naming each field). Changing the \
            definition (definition, numeratorDefinition, denominatorDefinition, unit, direction, periodType, source, or \
            taking a breakdown away) makes a new definition version and needs a reason ("reason": "..."); values \
            submitted from then on cite it. Wording, targets, baseline, owners, tolerance, due days or a new breakdown \
            keep the definition version. A change that would orphan stored values (another period type or unit, or a \
            breakdown taken away while values are stored for it) is refused with 409. The code does not change. \
            If-Match with the measure's ETag is required. Publishes measure-changed.""")
    @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = Object.class),
            examples = {
                    @ExampleObject(name = "a new definition version", value = """
                            {"definition": "Of the new EHC plans issued in the year, the share issued within 20 weeks of the request for assessment (excluding exceptions)",
                             "reason": "DfE SEN2 guidance 2027 excludes exception cases"}"""),
                    @ExampleObject(name = "targets only", value = """
                            {"targets": [{"period": "FY2027-28", "relation": "AT_LEAST", "value": 60},
                                         {"period": "FY2028-29", "relation": "AT_LEAST", "value": 75}]}""") }))
    @APIResponse(responseCode = "200", description = "The measure as changed, with its new ETag",
            content = @Content(schema = @Schema(implementation = MeasureView.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, a wrong type or an unknown field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Only the programme manager and admins change measures",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No measure has this code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The change would orphan stored values (period type, unit or a breakdown); errors[] names the field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "The measure changed since you read it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A field breaks a rule, the code was changed, or a definition change has no reason; errors[] names each",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response change(@Parameter(example = "EHCP-20WK") @PathParam("code") String code,
            @HeaderParam("If-Match") String ifMatch, JsonNode patch) {
        Measure m = catalogue.change(code, ifMatch, patch);
        return Response.ok(MeasureView.of(m)).tag(ETags.of(m.version)).build();
    }

    @GET
    @Path("{code}/definitions")
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "listMeasureDefinitions", summary = "A measure's definition versions", description = """
            Every version of the measure's definition, oldest first: what it said, who set it, when and why. Each \
            stored value cites the version it was submitted under (GET .../values/{period}/history).""")
    @APIResponse(responseCode = "200", description = "The versions, version 1 first",
            content = @Content(schema = @Schema(implementation = DefinitionView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "404", description = "No measure has this code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<DefinitionView> definitions(@Parameter(example = "EHCP-20WK") @PathParam("code") String code) {
        Measure measure = Measure.<Measure>find("code", code).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("Measure", code));
        return MeasureDefinition.<MeasureDefinition>list("measureId", Sort.by("version"), measure.id).stream()
                .map(DefinitionView::of).toList();
    }
}
