package org.sendreform.milestones.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.panache.common.Sort;
import io.quarkus.security.Authenticated;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sendreform.milestones.milestone.Milestone;
import org.sendreform.milestones.roadmap.Theme;
import org.sendreform.milestones.workspace.Workspace;
import org.sendreform.platform.period.Period;
import org.sendreform.platform.problem.Problem;
import org.sendreform.platform.problem.ProblemException;
import org.sendreform.platform.query.QueryParameters;

@Path("/api/v1/progress")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Progress", description = "The live reform tracker and the workspaces' highlight reports")
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ProgressResource {

    static final ZoneId UK = ZoneId.of("Europe/London");

    @Inject
    Clock clock;

    @Inject
    ConfidenceChanges confidenceChanges;

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "getProgress", summary = "Progress against the plan's milestones", description = """
            The single view of progress: for the plan, each theme and each workspace, counts by status and by delivery             confidence (RAG), the share complete (of those not cancelled), how many slipped, how many a late predecessor puts             at risk, how many open ones fall due next quarter, and how many changed RAG since a date (default: the start of             the current financial quarter), with each such change listed.""")
    @APIResponse(responseCode = "200", description = "The roll-up", content = @Content(schema = @Schema(implementation = Progress.class)))
    @APIResponse(responseCode = "400", description = "since is not a date, or is in the future",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Progress progress(@Parameter(description = "Count RAG changes from this date (UK time)", example = "2026-10-01")
            @QueryParam("since") String sinceParam) {
        LocalDate today = LocalDate.now(clock);
        LocalDate since = QueryParameters.date("since", sinceParam);
        if (since == null) {
            since = Period.financialQuarterOf(today).start();
        } else if (since.isAfter(today)) {
            throw ProblemException.badParameter("since", "must not be after today (" + today + ")");
        }
        Period nextQuarter = Period.financialQuarterOf(today).next();
        List<Milestone> milestones = Milestone.listAll(Sort.by("code"));
        List<ConfidenceChange> changes = confidenceChanges.between(since.atStartOfDay(UK).toInstant(), clock.instant().plusSeconds(1), null);
        Set<String> changed = changes.stream().map(ConfidenceChange::code).collect(Collectors.toCollection(HashSet::new));
        Map<String, Rollup.Item> items = milestones.stream().collect(Collectors.toMap(m -> m.code, m -> item(m, today)));
        Function<List<Milestone>, Rollup> rollup = ms -> Rollup.of(ms.stream().map(m -> items.get(m.code)).toList(), nextQuarter, changed);
        Map<String, List<Milestone>> byTheme = milestones.stream().filter(m -> m.themeCode != null)
                .collect(Collectors.groupingBy(m -> m.themeCode));
        Map<String, List<Milestone>> byWorkspace = milestones.stream().filter(m -> m.workspaceCode != null)
                .collect(Collectors.groupingBy(m -> m.workspaceCode));
        List<Progress.Group> themes = Theme.<Theme>listAll(Sort.by("position")).stream()
                .map(t -> new Progress.Group(t.code, t.name, rollup.apply(byTheme.getOrDefault(t.code, List.of())))).toList();
        List<Progress.Group> workspaces = Workspace.<Workspace>listAll(Sort.by("code")).stream()
                .map(w -> new Progress.Group(w.code, w.name, rollup.apply(byWorkspace.getOrDefault(w.code, List.of())))).toList();
        String version = org.sendreform.milestones.plan.PlanVersion.current().map(v -> v.version).orElse(null);
        return new Progress(today, version, since, nextQuarter.code(), rollup.apply(milestones), themes, workspaces, changes);
    }

    static Rollup.Item item(Milestone m, LocalDate today) {
        return new Rollup.Item(m.code, m.status, m.confidence == null ? null : m.confidence.name(), m.slippage(today).slipped(),
                m.dependencyRisk != null, m.dueDate);
    }
}
