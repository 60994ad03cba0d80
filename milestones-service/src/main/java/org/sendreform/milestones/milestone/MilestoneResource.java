package org.sendreform.milestones.milestone;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
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
import org.sendreform.platform.period.Period;
import org.sendreform.platform.query.QueryParameters;
import org.sendreform.platform.problem.Problem;
import org.sendreform.platform.problem.ProblemException;

@Path("/api/v1/milestones")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Milestones", description = "The 2026/27 delivery plan's milestones, by workspace and quarter")
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class MilestoneResource {

    @Inject
    Clock clock;

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "List milestones", description = "Ordered by due date, then code. Filters combine with AND.")
    @APIResponse(responseCode = "200", description = "One page of milestones; Link header has first/prev/next/last")
    @APIResponse(responseCode = "400", description = "A filter or paging parameter is not valid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response list(@Parameter(description = "Theme code", example = "BB2") @QueryParam("theme") String theme,
            @Parameter(description = "Workspace code", example = "capital-sufficiency") @QueryParam("workspace") String workspace,
            @Parameter(description = "Status", schema = @Schema(implementation = MilestoneStatus.class)) @QueryParam("status") String statusParam,
            @Parameter(description = "Delivery confidence (RAG)", schema = @Schema(implementation = Confidence.class)) @QueryParam("rag") String ragParam,
            @Parameter(description = "Milestones due within this period (any period code)", example = "FY2026-27-Q3")
            @QueryParam("duePeriod") String duePeriod,
            @Parameter(description = "Text the responsible person/role contains", example = "Head of SEND")
            @QueryParam("owner") String owner,
            @BeanParam @Valid PageRequest paging,
            @Context UriInfo uri) {
        MilestoneStatus status = QueryParameters.oneOf("status", statusParam, MilestoneStatus.class);
        Confidence rag = QueryParameters.oneOf("rag", ragParam, Confidence.class);
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (theme != null) {
            where.add("themeCode = :theme");
            params.put("theme", theme);
        }
        if (workspace != null) {
            where.add("workspaceCode = :workspace");
            params.put("workspace", workspace);
        }
        if (status != null) {
            where.add("status = :status");
            params.put("status", status);
        }
        if (rag != null) {
            where.add("confidence = :rag");
            params.put("rag", rag);
        }
        Period period = QueryParameters.period("duePeriod", duePeriod);
        if (period != null) {
            where.add("dueDate between :from and :to");
            params.put("from", period.start());
            params.put("to", period.end());
        }
        if (owner != null && !owner.isBlank()) {
            where.add("lower(responsible) like :owner");
            params.put("owner", "%" + owner.toLowerCase() + "%");
        }
        Sort order = Sort.by("dueDate").and("code");
        var query = where.isEmpty()
                ? Milestone.<Milestone>findAll(order)
                : Milestone.<Milestone>find(String.join(" and ", where), order, params);
        LocalDate today = LocalDate.now(clock);
        List<MilestoneView> items = query.page(paging.page, paging.size).list().stream()
                .map(m -> MilestoneView.of(m, today)).toList();
        return new Page<>(items, paging.page, paging.size, query.count()).toResponse(uri);
    }

    @GET
    @Path("{code}")
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "Get one milestone", description = "The ETag is the milestone's version; send it as If-Match when changing it.")
    @APIResponse(responseCode = "200", description = "The milestone",
            content = @Content(schema = @Schema(implementation = MilestoneView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent in If-None-Match")
    @APIResponse(responseCode = "404", description = "No milestone has this code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@Parameter(example = "M-CS-Q2-02") @PathParam("code") String code, @Context Request request) {
        Milestone milestone = Milestone.<Milestone>find("code", code).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("Milestone", code));
        EntityTag tag = new EntityTag(Long.toString(milestone.version));
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.build();
        }
        return Response.ok(MilestoneView.of(milestone, LocalDate.now(clock))).tag(tag).build();
    }
}
