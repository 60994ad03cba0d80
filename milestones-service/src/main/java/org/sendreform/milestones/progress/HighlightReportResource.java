package org.sendreform.milestones.progress;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.panache.common.Sort;
import io.quarkus.security.Authenticated;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sendreform.milestones.milestone.Milestone;
import org.sendreform.milestones.milestone.MilestoneStatus;
import org.sendreform.milestones.workspace.Workspace;
import org.sendreform.platform.period.Period;
import org.sendreform.platform.problem.Problem;
import org.sendreform.platform.problem.ProblemException;
import org.sendreform.platform.query.QueryParameters;

@Path("/api/v1/highlight-reports")
@Authenticated
@Tag(name = "Progress")
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class HighlightReportResource {

    @Inject
    Clock clock;

    @Inject
    ConfidenceChanges confidenceChanges;

    @GET
    @Path("{workspace}")
    @Produces({ MediaType.APPLICATION_JSON, MediaType.TEXT_HTML })
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "getHighlightReport", summary = "A workspace's highlight report for a quarter", description = """
            Completed in the quarter, slipped by its end, at risk from a dependency, coming up in the next quarter, and the RAG             changes recorded in it. JSON, or a readable page with Accept: text/html. Assembled from the milestones as they stand             and their history; nothing is stored.""")
    @APIResponse(responseCode = "200", description = "The report", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HighlightReport.class)),
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)) })
    @APIResponse(responseCode = "400", description = "period is not a financial quarter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No workspace has this code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response report(@Parameter(example = "capital-sufficiency") @PathParam("workspace") String code,
            @Parameter(description = "A financial quarter; default the current one", example = "FY2026-27-Q3") @QueryParam("period") String periodParam,
            @jakarta.ws.rs.core.Context HttpHeaders headers) {
        Workspace workspace = Workspace.<Workspace>findByIdOptional(code).orElseThrow(() -> ProblemException.notFound("Workspace", code));
        LocalDate today = LocalDate.now(clock);
        Period period = QueryParameters.period("period", periodParam);
        if (period == null) {
            period = Period.financialQuarterOf(today);
        } else if (period.kind() != Period.Kind.FINANCIAL_QUARTER) {
            throw ProblemException.badParameter("period", "'" + periodParam + "' is not a financial quarter (e.g. FY2026-27-Q3)");
        }
        HighlightReport report = assemble(workspace, period, today);
        boolean html = headers.getAcceptableMediaTypes().stream().anyMatch(t -> t.isCompatible(MediaType.TEXT_HTML_TYPE) && !t.isWildcardType());
        return html ? Response.ok(HighlightReportHtml.render(report), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build()
                : Response.ok(report, MediaType.APPLICATION_JSON_TYPE).build();
    }

    HighlightReport assemble(Workspace workspace, Period period, LocalDate today) {
        List<Milestone> milestones = Milestone.list("workspaceCode", Sort.by("dueDate").and("code"), workspace.code);
        Period next = period.next();
        List<Milestone> completed = milestones.stream()
                .filter(m -> m.status == MilestoneStatus.COMPLETE && m.completedOn != null && period.contains(m.completedOn)).toList();
        List<Milestone> slipped = milestones.stream().filter(m -> !m.dueDate.isAfter(period.end()) && m.slippage(today).slipped())
                .filter(m -> m.open() || completed.contains(m)).toList();
        List<Milestone> atRisk = milestones.stream().filter(m -> m.open() && m.dependencyRisk != null).toList();
        List<Milestone> upcoming = milestones.stream().filter(m -> m.open() && next.contains(m.dueDate)).toList();
        Instant from = period.start().atStartOfDay(ProgressResource.UK).toInstant();
        Instant to = period.end().plusDays(1).atStartOfDay(ProgressResource.UK).toInstant();
        List<ConfidenceChange> changes = confidenceChanges.between(from, to, workspace.code);
        Set<String> changed = changes.stream().map(ConfidenceChange::code).collect(Collectors.toSet());
        Rollup summary = Rollup.of(milestones.stream().map(m -> ProgressResource.item(m, today)).toList(),
                Period.financialQuarterOf(today).next(), changed);
        return new HighlightReport(workspace.code, workspace.name, workspace.responsible, period.code(), period.start(), period.end(), today,
                summary, lines(completed, today), lines(slipped, today), lines(atRisk, today), lines(upcoming, today), changes);
    }

    private static List<HighlightReport.Line> lines(List<Milestone> milestones, LocalDate today) {
        return milestones.stream().map(m -> HighlightReport.Line.of(m, today)).toList();
    }
}
