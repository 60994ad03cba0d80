package org.sendreform.risk.view;

import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.quarkus.panache.common.Sort;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sendreform.platform.page.Page;
import org.sendreform.platform.page.PageRequest;
import org.sendreform.platform.problem.Problem;
import org.sendreform.platform.query.Filters;
import org.sendreform.platform.query.QueryParameters;
import org.sendreform.risk.register.Category;
import org.sendreform.risk.register.Risk;
import org.sendreform.risk.register.RiskLinks;
import org.sendreform.risk.register.RiskResource;
import org.sendreform.risk.register.RiskStatus;
import org.sendreform.risk.scoring.Rag;

/**
 * Read-only views of the register: the heat map, the CSV export, risks above appetite and the summary by body. Literal
 * paths under /api/v1/risks: JAX-RS matches a literal segment before the {code} template of RiskResource, and a risk
 * code is capital letters and digits, so "heat-map" or "export" is never read as one.
 */
@Path("/api/v1/risks")
@Produces(MediaType.APPLICATION_JSON)
// the register is for the partnership's people and analytics; partner systems read none of it (issue 5)
@RolesAllowed({ "programme-manager", "workspace-lead", "rdg-member", "board-member", "board-secretary", "return-signatory", "admin", "analytics-reader" })
@Transactional(Transactional.TxType.SUPPORTS)
@Tag(name = "Risk views", description = "The register as heat map, CSV, appetite list and summary by body")
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Partner systems do not read the risk register; writes need the roles named",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class RiskViewsResource {

    @Schema(name = "RiskHeatMap", description = "Open (not closed) risks counted per cell: inherent per scale, residual per RAG")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record HeatMapView(@Schema(description = "The owning body filtered on, if any", example = "board") String body,
            @Schema(description = "One impact × likelihood grid per scale in use (absent for basis=residual)") List<HeatMap.Grid> inherent,
            @Schema(description = "Per residual RAG, worst first: the register holds residual ratings as a RAG only (absent for basis=inherent)")
            HeatMap.Residual residual) {
    }

    @Schema(name = "RiskAboveAppetite", description = "A risk whose residual RAG is worse than its target RAG")
    public record AppetiteItem(@Schema(example = "R-09") String code, String title, Category category,
            @Schema(example = "capital-sufficiency") String owningBody, RiskStatus status, Rag assessedRag, Rag residualRag, Rag targetRag,
            @Schema(description = "Steps (Green, Amber/Green, Amber, Red) the residual RAG sits above the target", example = "2") int levelsAboveAppetite,
            LocalDate nextReviewDate) {
        static AppetiteItem of(RegisterEntry e) {
            return new AppetiteItem(e.code(), e.title(), e.category(), e.owningBody(), e.status(), e.assessedRag(), e.residualRag(),
                    e.targetRag(), e.levelsAboveAppetite(), e.nextReviewDate());
        }
    }

    @Schema(name = "RiskAboveAppetitePage")
    public record AppetitePage(List<AppetiteItem> items, int page, int size, long total) {
    }

    @GET
    @Path("heat-map")
    @Operation(operationId = "getRiskHeatMap", summary = "Heat map of the open risks", description = """
            Counts the risks that are not closed. Inherent: for each scale in use (High/Medium/Low 3×3 and 5×5 apart), \
            every impact × likelihood cell (highest impact first, then likelihood from the lowest) with its score, matrix \
            RAG, count and risk codes. Residual: the register keeps the residual rating as a RAG, not as an impact and \
            likelihood, so residual counts are per residual RAG (worst first), with the risks not yet rated apart. \
            basis=inherent or basis=residual gives one of them; without it, both. Filter body (the owning body).""")
    @APIResponse(responseCode = "200", description = "The heat map", content = @Content(schema = @Schema(implementation = HeatMapView.class),
            examples = @ExampleObject(name = "the Board's risks", value = """
                    {"body": "board",
                     "inherent": [{"scale": "HIGH_MEDIUM_LOW", "impactLevels": ["HIGH", "MEDIUM", "LOW"], "likelihoodLevels": ["LOW", "MEDIUM", "HIGH"], "total": 4,
                                   "cells": [{"impact": "HIGH", "likelihood": "LOW", "score": 3, "matrixRag": "AMBER", "count": 0, "risks": []},
                                             {"impact": "HIGH", "likelihood": "MEDIUM", "score": 6, "matrixRag": "RED", "count": 2, "risks": ["R-02", "R-03"]},
                                             {"impact": "HIGH", "likelihood": "HIGH", "score": 9, "matrixRag": "RED", "count": 2, "risks": ["R-01", "R-07"]}]}],
                     "residual": {"total": 4, "bands": [{"residualRag": "RED", "count": 0, "risks": []}, {"residualRag": "AMBER", "count": 3, "risks": ["R-01", "R-02", "R-07"]},
                                  {"residualRag": "AMBER_GREEN", "count": 0, "risks": []}, {"residualRag": "GREEN", "count": 1, "risks": ["R-03"]}],
                                  "notRated": {"count": 0, "risks": []}}}""")))
    @APIResponse(responseCode = "400", description = "basis is not inherent or residual",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HeatMapView heatMap(
            @Parameter(description = "inherent or residual; both when absent", schema = @Schema(implementation = HeatMap.Basis.class))
            @QueryParam("basis") String basisParam,
            @Parameter(description = "Owning body code", example = "board") @QueryParam("body") String body) {
        HeatMap.Basis basis = QueryParameters.oneOf("basis", basisParam, HeatMap.Basis.class);
        List<RegisterEntry> open = open(body);
        return new HeatMapView(body, basis == HeatMap.Basis.RESIDUAL ? null : HeatMap.inherent(open),
                basis == HeatMap.Basis.INHERENT ? null : HeatMap.residual(open));
    }

    @GET
    @Path("export")
    @Produces(Csv.MEDIA_TYPE)
    @Operation(operationId = "exportRisks", summary = "The register as CSV", description = """
            The whole register (closed risks too), or the part the list's filters select, ordered by code: RFC 4180 CSV \
            (UTF-8, CRLF, a header row; fields with commas, quotes or line breaks quoted), one record per risk. Linked \
            codes within a field are separated by ';'. A field starting with =, +, -, @, a tab or a carriage return is \
            prefixed with a single quote so that a spreadsheet does not run it as a formula. Ask with Accept: text/csv.""")
    @APIResponse(responseCode = "200", description = "The register, as an attachment risk-register.csv",
            content = @Content(mediaType = Csv.MEDIA_TYPE, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING),
                    examples = @ExampleObject(name = "two risks", value = "code,title,category,owner,owningBody,homeBody,status,scale,impact,likelihood,"
                            + "assessedRag,matrixRag,departsFromMatrix,residualRag,targetRag,aboveAppetite,nextReviewDate,closedOn,milestones,measures,dependencies\r\n"
                            + "R-05,Capital developments delayed,CAPITAL,,capital-sufficiency,capital-sufficiency,OPEN,HIGH_MEDIUM_LOW,HIGH,MEDIUM,"
                            + "AMBER,RED,true,AMBER_GREEN,,false,2026-09-01,,M-CS-Q2-02;M-CS-Q3-01,PLACES-SB,D-05\r\n"
                            + "R-09,\"Staffing, \"\"ready\"\" for September\",WORKFORCE,'=Head of SEND,capital-sufficiency,capital-sufficiency,OPEN,"
                            + "HIGH_MEDIUM_LOW,HIGH,MEDIUM,AMBER,RED,true,AMBER,GREEN,true,2026-09-01,,,,D-02\r\n")))
    @APIResponse(responseCode = "400", description = "A filter is not valid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "406", description = "Accept does not allow text/csv",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response export(
            @Parameter(schema = @Schema(implementation = Category.class)) @QueryParam("category") String categoryParam,
            @Parameter(description = "Owning body code", example = "board") @QueryParam("body") String body,
            @Parameter(schema = @Schema(implementation = RiskStatus.class)) @QueryParam("status") String statusParam,
            @Parameter(description = "Assessed RAG", schema = @Schema(implementation = Rag.class)) @QueryParam("rag") String ragParam,
            @Parameter(description = "Residual RAG", schema = @Schema(implementation = Rag.class)) @QueryParam("residualRag") String residualParam) {
        Filters filters = RiskResource.filters(categoryParam, body, statusParam, ragParam, residualParam);
        List<Risk> risks = filters.isEmpty() ? Risk.list("order by code")
                : Risk.list(filters.query(), Sort.by("code"), filters.parameters());
        return Response.ok(RegisterCsv.of(risks.stream().map(RiskViewsResource::entry).toList()))
                .type(Csv.MEDIA_TYPE + "; charset=UTF-8; header=present")
                .header("Content-Disposition", "attachment; filename=\"risk-register.csv\"").build();
    }

    @GET
    @Path("above-appetite")
    @Operation(operationId = "listRisksAboveAppetite", summary = "Risks above appetite, worst first", description = """
            Risks not closed whose residual RAG is worse than their target RAG (as risk-changed's aboveAppetite); a risk \
            with no target or residual RAG is not listed. Worst first: residual RAG (Red first), then how far above the \
            target, then code. Filter body (the owning body); paged.""")
    @APIResponse(responseCode = "200", description = "One page; Link header has first/prev/next/last",
            content = @Content(schema = @Schema(implementation = AppetitePage.class), examples = @ExampleObject(name = "one risk", value = """
                    {"items": [{"code": "R-09", "title": "Specialist Base staffing not ready for September openings", "category": "WORKFORCE",
                                "owningBody": "capital-sufficiency", "status": "OPEN", "assessedRag": "RED", "residualRag": "AMBER", "targetRag": "GREEN",
                                "levelsAboveAppetite": 2, "nextReviewDate": "2026-12-01"}], "page": 0, "size": 50, "total": 1}""")))
    @APIResponse(responseCode = "422", description = "page or size out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response aboveAppetite(@Parameter(description = "Owning body code", example = "board") @QueryParam("body") String body,
            @BeanParam @Valid PageRequest paging, @Context UriInfo uri) {
        List<AppetiteItem> all = Appetite.above(open(body)).stream().map(AppetiteItem::of).toList();
        List<AppetiteItem> page = all.stream().skip(paging.offset()).limit(paging.size).toList();
        return new Page<>(page, paging.page, paging.size, all.size()).toResponse(uri);
    }

    @GET
    @Path("by-body")
    @Operation(operationId = "summariseRisksByBody", summary = "The register body by body", description = """
            For each body risks sit with now, the risks not closed counted by residual and assessed RAG, how many were \
            escalated to it (status ESCALATED), accepted and above appetite, and the codes of its residual-Red, escalated \
            and above-appetite risks: what the Board assurance pack reports. From the top of the route down (hwb, board, \
            rdg), then workspaces by code.""")
    @APIResponse(responseCode = "200", description = "One summary per body", content = @Content(
            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY, implementation = BodySummary.class),
            examples = @ExampleObject(name = "the Board and a workspace", value = """
                    [{"body": "board", "risks": 4, "byResidualRag": {"red": 0, "amber": 3, "amberGreen": 0, "green": 1, "notRated": 0},
                      "byAssessedRag": {"red": 4, "amber": 0, "amberGreen": 0, "green": 0, "notRated": 0}, "escalated": 0, "accepted": 0,
                      "aboveAppetite": 0, "redRisks": [], "escalatedRisks": [], "aboveAppetiteRisks": []},
                     {"body": "capital-sufficiency", "risks": 1, "byResidualRag": {"red": 0, "amber": 0, "amberGreen": 1, "green": 0, "notRated": 0},
                      "byAssessedRag": {"red": 0, "amber": 1, "amberGreen": 0, "green": 0, "notRated": 0}, "escalated": 0, "accepted": 0,
                      "aboveAppetite": 0, "redRisks": [], "escalatedRisks": [], "aboveAppetiteRisks": []}]""")))
    public List<BodySummary> byBody() {
        return BodySummary.of(open(null));
    }

    /** The risks not closed, of one owning body if given, in code order. */
    private static List<RegisterEntry> open(String body) {
        List<Risk> risks = body == null ? Risk.list("status <> ?1 order by code", RiskStatus.CLOSED)
                : Risk.list("status <> ?1 and owningBody = ?2 order by code", RiskStatus.CLOSED, body);
        return risks.stream().map(RiskViewsResource::entry).toList();
    }

    static RegisterEntry entry(Risk r) {
        return new RegisterEntry(r.code, r.title, r.category, r.owner, r.owningBody, r.homeBody, r.status, r.scale, r.inherentImpact,
                r.inherentLikelihood, r.assessedRag, r.residualRag, r.targetRag, r.nextReviewDate, r.closedOn,
                RiskLinks.codes(r, Risk.Link.Kind.MILESTONE), RiskLinks.codes(r, Risk.Link.Kind.MEASURE),
                RiskLinks.codes(r, Risk.Link.Kind.DEPENDENCY));
    }
}
