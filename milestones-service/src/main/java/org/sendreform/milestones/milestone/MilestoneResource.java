package org.sendreform.milestones.milestone;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.annotation.security.RolesAllowed;
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
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.Authenticated;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.sendreform.milestones.roadmap.Theme;
import org.sendreform.milestones.workspace.Workspace;
import org.sendreform.platform.access.WorkspaceScope;
import org.sendreform.platform.audit.AuditTrail;
import org.sendreform.platform.event.Outbox;
import org.sendreform.platform.page.Page;
import org.sendreform.platform.page.PageRequest;
import org.sendreform.platform.period.Period;
import org.sendreform.platform.query.Filters;
import org.sendreform.platform.query.QueryParameters;
import org.sendreform.platform.version.ETags;
import org.sendreform.platform.version.IfMatch;
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

    @Inject
    AuditTrail audit;

    @Inject
    Outbox outbox;

    @Inject
    MilestoneAnnouncements announcements;

    @Inject
    SlippageWatch slippage;

    @Inject
    jakarta.enterprise.event.Event<PlanChanged> planChanged;

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    /** The shape of a page of this register, for the OpenAPI document (the body is a {@link Page}). */
    @Schema(name = "MilestonePage")
    public record MilestonePage(List<MilestoneView> items, int page, int size, long total) {
    }

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "listMilestones", summary = "List milestones", description = "Ordered by due date, then code. Filters combine with AND.")
    @APIResponse(responseCode = "200", description = "One page of milestones; Link header has first/prev/next/last",
            content = @Content(schema = @Schema(implementation = MilestonePage.class)))
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
        Period period = QueryParameters.period("duePeriod", duePeriod);
        Filters filters = new Filters()
                .equal("themeCode", theme)
                .equal("workspaceCode", workspace)
                .equal("status", status)
                .equal("confidence", rag)
                .where("dueDate >= :from", "from", period == null ? null : period.start())
                .where("dueDate <= :to", "to", period == null ? null : period.end())
                .where("lower(responsible) like :owner", "owner",
                        owner == null || owner.isBlank() ? null : "%" + owner.toLowerCase() + "%");
        Sort order = Sort.by("dueDate").and("code");
        var query = filters.isEmpty()
                ? Milestone.<Milestone>findAll(order)
                : Milestone.<Milestone>find(filters.query(), order, filters.parameters());
        LocalDate today = LocalDate.now(clock);
        List<MilestoneView> items = query.page(paging.page, paging.size).list().stream()
                .map(m -> MilestoneView.of(m, today)).toList();
        return new Page<>(items, paging.page, paging.size, query.count()).toResponse(uri);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed({ "programme-manager", "workspace-lead", "admin" })
    @Operation(operationId = "createMilestone", summary = "Add a milestone to the plan", description = """
            Code, title, theme and workspace (both must be the plan's), due date (the due period is derived from it) and,             optionally, the baseline date (default: the due date; the due date may not be before it), description,             responsible, forecast, status, confidence (a note is required for RED and AMBER), target trajectory, and links to             measures (with the value expected) and risks. A workspace lead adds milestones only to their own workspace.             Publishes milestone-created.v1.""")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Object.class),
            examples = @ExampleObject(name = "a new Specialist Base", value = """
                    {"code": "M-CS-Q4-08", "title": "Specialist Base opens at a secondary school (+12 places)", "theme": "BB2",
                     "workspace": "capital-sufficiency", "dueDate": "2027-03-31", "responsible": "Head of SEND with the Education Capital Lead",
                     "measures": [{"measureCode": "PLACES-SB", "expectedValue": 12, "expectedText": "+12 Specialist Base places"}],
                     "risks": ["R-05"]}""")))
    @APIResponse(responseCode = "201", description = "Added; Location is the milestone, ETag its version",
            content = @Content(schema = @Schema(implementation = MilestoneView.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON or an unknown field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Your role (or workspace) may not add this milestone",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A milestone already has this code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A field is missing or breaks a rule (each is named)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(JsonNode request) {
        Milestone.lockPlan();
        LocalDate today = LocalDate.now(clock);
        Milestone milestone = MilestoneCreation.from(request, theme -> Theme.findById(theme) != null,
                workspace -> Workspace.findById(workspace) != null, today);
        WorkspaceScope.require(identity, token, Milestone.WIDER_ROLES, milestone.workspaceCode, "milestones");
        if (Milestone.count("code", milestone.code) > 0) {
            throw ProblemException.conflict("A milestone already has the code " + milestone.code);
        }
        milestone.persist();
        milestone.flush();
        MilestoneView created = MilestoneView.of(milestone, today);
        audit.record("milestone", milestone.code, "CREATED", null, created);
        announcements.announce(milestone);
        outbox.publish(MilestoneCreated.TYPE, "milestone", milestone.code, milestone.code, MilestoneCreated.of(created, audit.caller().name()));
        slippage.check(milestone, today);
        planChanged.fire(new PlanChanged(today));
        return Response.created(URI.create("/api/v1/milestones/" + milestone.code)).entity(MilestoneView.of(milestone, today))
                .tag(ETags.of(milestone.version)).build();
    }

    @PATCH
    @Path("{code}")
    @Consumes({ "application/merge-patch+json", MediaType.APPLICATION_JSON })
    @Transactional
    @RolesAllowed({ "programme-manager", "workspace-lead", "admin" })
    @Operation(operationId = "updateMilestone", summary = "Update a milestone (JSON merge patch)", description = """
            Send only the fields to change (null clears one): title, description, responsible, forecastDate, status,             completedOn, confidence, confidenceNote, targetTrajectory. If-Match with the ETag you read is required.             A workspace lead may change only their workspace's milestones. Due and baseline dates change only by an             RDG re-sequencing decision. A change that makes the milestone slip publishes milestone-slipped.v1; successors it now puts at risk are flagged.""")
    @RequestBody(content = @Content(mediaType = "application/merge-patch+json", schema = @Schema(implementation = Object.class),
            examples = @ExampleObject(name = "forecast moves", value = """
                    {"forecastDate": "2026-11-30", "confidence": "AMBER", "confidenceNote": "contractor start delayed"}""")))
    @APIResponse(responseCode = "200", description = "The milestone as changed, with its new ETag",
            content = @Content(schema = @Schema(implementation = MilestoneView.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, not a JSON object, or a field the milestone does not have",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Your role (or workspace) may not change this milestone",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No milestone has this code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The milestone is cancelled",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "The milestone changed since you read it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A field may not be set, or the result does not hold together",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response update(@PathParam("code") String code, @HeaderParam("If-Match") String ifMatch, JsonNode patch) {
        Milestone.lockPlan();
        Milestone milestone = Milestone.byCode(code, true);
        WorkspaceScope.require(identity, token, Milestone.WIDER_ROLES, milestone.workspaceCode, "milestones");
        IfMatch.require(ifMatch, milestone.version);
        LocalDate today = LocalDate.now(clock);
        MilestoneView before = MilestoneView.of(milestone, today);
        MilestoneUpdate.apply(milestone, patch, today);
        milestone.flush();
        MilestoneView after = MilestoneView.of(milestone, today);
        audit.record("milestone", code, "UPDATED", before, after);
        announcements.announce(milestone);
        if (before.status() != after.status()) {
            outbox.publish(MilestoneStatusChanged.TYPE, "milestone", code, code, new MilestoneStatusChanged(code, milestone.title,
                    milestone.workspaceCode, before.status(), after.status(), milestone.completedOn, audit.caller().name()));
            if (after.status() == MilestoneStatus.COMPLETE) {
                outbox.publish(MilestoneCompleted.TYPE, "milestone", code, code, MilestoneCompleted.of(after));
            }
        }
        slippage.check(milestone, today);
        // successors down the chain (and this milestone's own flag) follow in the same transaction
        planChanged.fire(new PlanChanged(today));
        return Response.ok(MilestoneView.of(milestone, today)).tag(ETags.of(milestone.version)).build();
    }

    @GET
    @Path("{code}/history")
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "getMilestoneHistory", summary = "A milestone's history", description = "Every change, oldest first: who, when, before and after.")
    @APIResponse(responseCode = "200", description = "The changes")
    @APIResponse(responseCode = "404", description = "No milestone has this code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<AuditTrail.Entry> history(@PathParam("code") String code) {
        if (Milestone.count("code", code) == 0) {
            throw ProblemException.notFound("Milestone", code);
        }
        return audit.history("milestone", code);
    }

    @GET
    @Path("{code}")
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "getMilestone", summary = "Get one milestone", description = "The ETag is the milestone's version; send it as If-Match when changing it.")
    @APIResponse(responseCode = "200", description = "The milestone",
            content = @Content(schema = @Schema(implementation = MilestoneView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent in If-None-Match")
    @APIResponse(responseCode = "404", description = "No milestone has this code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@Parameter(example = "M-CS-Q2-02") @PathParam("code") String code, @Context Request request) {
        Milestone milestone = Milestone.byCode(code, false);
        return ETags.ok(request, milestone.version, () -> MilestoneView.of(milestone, LocalDate.now(clock)));
    }
}
