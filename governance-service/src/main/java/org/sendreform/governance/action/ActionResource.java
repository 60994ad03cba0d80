package org.sendreform.governance.action;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import io.quarkus.security.identity.SecurityIdentity;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sendreform.governance.body.Body;
import org.sendreform.governance.body.TaskAndFinishGroups;
import org.sendreform.governance.body.BodyKind;
import org.sendreform.governance.decision.Decision;
import org.sendreform.governance.meeting.Meeting;
import org.sendreform.governance.meeting.MeetingStatus;
import org.sendreform.platform.problem.FieldErrors;
import org.sendreform.platform.patch.MergedRequest;
import org.sendreform.platform.audit.AuditTrail;
import org.sendreform.platform.page.Page;
import org.sendreform.platform.page.PageRequest;
import org.sendreform.platform.problem.Problem;
import org.sendreform.platform.problem.ProblemException;
import org.sendreform.platform.problem.ProblemType;
import org.sendreform.platform.query.Filters;
import org.sendreform.platform.query.QueryParameters;
import org.sendreform.platform.version.ETags;
import org.sendreform.platform.version.IfMatch;

@Path("/api/v1/actions")
@Produces(MediaType.APPLICATION_JSON)
// the partnership's working record: people of the partnership only, not partner systems or analytics
@RolesAllowed({ "programme-manager", "workspace-lead", "rdg-member", "board-member", "board-secretary", "return-signatory", "admin" })
@Tag(name = "Actions", description = "Actions arising from meetings and decisions: owner, due date, status; overdue actions")
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Partner systems and analytics do not read the partnership's actions; writes need the roles named",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ActionResource {

    /** OPEN and IN_PROGRESS, as a query literal. */
    private static final String OPEN = "(org.sendreform.governance.action.ActionStatus.OPEN, org.sendreform.governance.action.ActionStatus.IN_PROGRESS)";

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    @Inject
    AuditTrail audit;

    @Inject
    MergedRequest mergedRequest;

    @Inject
    Clock clock;

    @Schema(name = "ActionPage")
    public record ActionPage(List<ActionView> items, int page, int size, long total) {
    }

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "listActions", summary = "List actions", description = "By due date, then id. Filters combine with AND.")
    @APIResponse(responseCode = "200", description = "One page of actions; Link header has first/prev/next/last",
            content = @Content(schema = @Schema(implementation = ActionPage.class)))
    @APIResponse(responseCode = "400", description = "A filter is not valid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response list(@Parameter(description = "The owning body's code", example = "rdg") @QueryParam("body") String body,
            @Parameter(schema = @Schema(implementation = ActionStatus.class)) @QueryParam("status") String statusParam,
            @Parameter(description = "Arising from this meeting") @QueryParam("meeting") Long meeting,
            @Parameter(description = "Arising from this decision") @QueryParam("decision") Long decision,
            @Parameter(description = "true: open (OPEN or IN_PROGRESS) past the due date; false: all others", schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("overdue") String overdueParam,
            @Parameter(description = "true: OPEN or IN_PROGRESS; false: DONE or DROPPED", schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("open") String openParam,
            @BeanParam @Valid PageRequest paging, @Context UriInfo uri) {
        LocalDate today = LocalDate.now(clock);
        Boolean overdue = overdueParam == null ? null : QueryParameters.bool("overdue", overdueParam, false);
        Boolean open = openParam == null ? null : QueryParameters.bool("open", openParam, false);
        Filters filters = new Filters().equal("body", body)
                .equal("status", QueryParameters.oneOf("status", statusParam, ActionStatus.class))
                .equal("meetingId", meeting).equal("decisionId", decision)
                .where("status in :openness", "openness", open == null ? null : Boolean.TRUE.equals(open)
                        ? List.of(ActionStatus.OPEN, ActionStatus.IN_PROGRESS) : List.of(ActionStatus.DONE, ActionStatus.DROPPED))
                .where(Boolean.TRUE.equals(overdue) ? "(status in " + OPEN + " and dueOn < :today)"
                        : "not (status in " + OPEN + " and dueOn < :today)", "today", overdue == null ? null : today);
        Sort order = Sort.by("dueOn").and("id");
        var query = filters.isEmpty() ? Action.<Action>findAll(order) : Action.<Action>find(filters.query(), order, filters.parameters());
        List<ActionView> items = query.page(paging.page, paging.size).list().stream().map(a -> ActionView.of(a, today)).toList();
        return new Page<>(items, paging.page, paging.size, query.count()).toResponse(uri);
    }

    @GET
    @Path("{id}")
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "getAction", summary = "Get one action")
    @APIResponse(responseCode = "200", description = "The action", content = @Content(schema = @Schema(implementation = ActionView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent in If-None-Match")
    @APIResponse(responseCode = "404", description = "No action has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") long id, @Context Request request) {
        Action a = Action.<Action>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Action", id));
        return ETags.ok(request, a.version, () -> ActionView.of(a, LocalDate.now(clock)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed({ "board-secretary", "rdg-member", "programme-manager", "workspace-lead", "admin" })
    @Operation(operationId = "createAction", summary = "Record an action arising from a meeting or a decision", description = """
            The action names the meeting or the decision it arose from (or both: then the decision, if it names a \
            meeting, names that one); both must exist and the meeting must not be cancelled. The owning body \
            defaults to the meeting's (or decision's) body. Kept by whoever records the owning body's decisions \
            (the board secretary for the Board; RDG members for the RDG; a workspace's lead for their workspace), \
            the programme manager and admin. Due no earlier than the meeting or decision.""")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActionRequest.class),
            examples = @ExampleObject(name = "from a Board meeting, owned by a workspace", value = """
                    {"text": "Bring the Woodfield phasing options paper to the December Board",
                     "owner": "Capital and sufficiency lead", "body": "capital-sufficiency", "dueOn": "2026-12-10", "meeting": 12}""")))
    @APIResponse(responseCode = "201", description = "The action as recorded; Location names it, ETag is its version",
            content = @Content(schema = @Schema(implementation = ActionView.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, a wrong type or an unknown field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "You do not keep the owning body's actions",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A field breaks a rule (each named): missing, too long, no meeting or decision, "
            + "an unknown or cancelled meeting, an unknown decision or body, due before it arose, not OPEN or IN_PROGRESS",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@Valid @NotNull(message = "a body is required") ActionRequest request, @Context UriInfo uri) {
        if (request.meeting() == null && request.decision() == null) {
            throw ProblemException.invalid("meeting", "an action arises from a meeting or a decision: give meeting, decision or both");
        }
        Meeting meeting = request.meeting() == null ? null : Meeting.<Meeting>findByIdOptional(request.meeting())
                .orElseThrow(() -> ProblemException.invalid("meeting", "no meeting has this id"));
        if (meeting != null && meeting.status == MeetingStatus.CANCELLED) {
            throw ProblemException.invalid("meeting", "was cancelled");
        }
        Decision decision = request.decision() == null ? null : Decision.<Decision>findByIdOptional(request.decision())
                .orElseThrow(() -> ProblemException.invalid("decision", "no decision has this id"));
        if (meeting != null && decision != null && decision.meetingId != null && !decision.meetingId.equals(meeting.id)) {
            throw ProblemException.invalid("decision", "was taken at meeting " + decision.meetingId + ", not " + meeting.id);
        }
        String bodyCode = request.body() != null ? request.body() : meeting != null ? meeting.body : decision.body;
        Body body = Body.<Body>findByIdOptional(bodyCode).orElseThrow(() -> ProblemException.invalid("body", "no body has this code"));
        if (body.kind == BodyKind.EXTERNAL) {
            throw ProblemException.invalid("body", body.code + " is outside the partnership: its actions are not kept here");
        }
        requireKeeper(body);
        TaskAndFinishGroups.requireWorking(body);
        ActionRequest item = new ActionRequest(request.text(), request.owner(), body.code, request.dueOn(),
                request.status() != null ? request.status() : ActionStatus.OPEN, request.meeting(), request.decision(), request.note());
        FieldErrors.requireNone(ActionRules.problems(item, null, arisingOn(meeting, decision)));
        Instant now = Instant.now(clock);
        LocalDate today = LocalDate.now(clock);
        Action a = new Action();
        a.body = body.code;
        a.meetingId = item.meeting();
        a.decisionId = item.decision();
        a.created(audit.caller().name(), now);
        apply(a, item, today);
        a.persist();
        a.flush();
        ActionView view = ActionView.of(a, today);
        audit.record("action", a.id.toString(), "CREATED", null, view);
        return Response.created(uri.getBaseUriBuilder().path("api/v1/actions").path(a.id.toString()).build()).entity(view)
                .tag(ETags.of(a.version)).build();
    }

    @PATCH
    @Path("{id}")
    @Consumes({ "application/merge-patch+json", MediaType.APPLICATION_JSON })
    @Transactional
    @RolesAllowed({ "board-secretary", "rdg-member", "programme-manager", "workspace-lead", "admin" })
    @Operation(operationId = "updateAction", summary = "Update an action: progress, status, owner, due date (JSON merge patch)", description = """
            Send only the fields to change; null clears the note. DONE or DROPPED closes it (DROPPED needs a note \
            saying why); a closed action changes only by being reopened (status OPEN or IN_PROGRESS). The owning \
            body, meeting and decision are fixed. If-Match with the ETag you read is required.""")
    @RequestBody(content = @Content(mediaType = "application/merge-patch+json", schema = @Schema(implementation = Object.class),
            examples = @ExampleObject(name = "done", value = """
                    {"status": "DONE", "note": "Options paper tabled at the December Board"}""")))
    @APIResponse(responseCode = "200", description = "The action as changed, with its new ETag",
            content = @Content(schema = @Schema(implementation = ActionView.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, a wrong type, or a field that cannot be written (id, overdue, ...)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "You do not keep the owning body's actions",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No action has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The action is done or dropped: reopen it to change it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "The action changed since you read it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The result breaks a rule (each field named); nothing changes",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, JsonNode patch) {
        Action a = Action.<Action>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).orElseThrow(() -> ProblemException.notFound("Action", id));
        requireKeeper(Body.findById(a.body));
        IfMatch.require(ifMatch, a.version);
        ActionRequest current = ActionRequest.of(a);
        ActionRequest item = mergedRequest.apply(current, patch, ActionRequest.class);
        if (ActionRules.changesClosed(item, current)) {
            throw ProblemException.conflict("Action " + id + " is " + a.status.name().toLowerCase()
                    + ": reopen it (status OPEN or IN_PROGRESS) to change it");
        }
        Meeting meeting = a.meetingId == null ? null : Meeting.findById(a.meetingId);
        Decision decision = a.decisionId == null ? null : Decision.findById(a.decisionId);
        FieldErrors.requireNone(ActionRules.problems(item, current, arisingOn(meeting, decision)));
        LocalDate today = LocalDate.now(clock);
        ActionView before = ActionView.of(a, today);
        apply(a, item, today);
        a.updated(audit.caller().name(), Instant.now(clock));
        a.flush();
        ActionView after = ActionView.of(a, today);
        audit.record("action", a.id.toString(), before.status() == after.status() ? "UPDATED" : after.status().name(), before, after);
        return Response.ok(after).tag(ETags.of(a.version)).build();
    }

    @GET
    @Path("{id}/history")
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "getActionHistory", summary = "An action's history", description = "Created and each change: who, when, before and after.")
    @APIResponse(responseCode = "200", description = "The changes")
    @APIResponse(responseCode = "404", description = "No action has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<AuditTrail.Entry> history(@PathParam("id") long id) {
        if (Action.findById(id) == null) {
            throw ProblemException.notFound("Action", id);
        }
        return audit.history("action", Long.toString(id));
    }

    private static void apply(Action a, ActionRequest item, LocalDate today) {
        a.text = item.text();
        a.owner = item.owner();
        a.dueOn = item.dueOn();
        if (!item.status().open() && (a.status == null || a.status.open())) {
            a.closedOn = today;
        } else if (item.status().open()) {
            a.closedOn = null;
        }
        a.status = item.status();
        a.note = item.note() == null || item.note().isBlank() ? null : item.note();
    }

    /** The later of the meeting's date and the decision's: an action is not due before it arose. */
    private static LocalDate arisingOn(Meeting meeting, Decision decision) {
        LocalDate m = meeting == null ? null : meeting.scheduledOn;
        LocalDate d = decision == null ? null : decision.decidedOn;
        return m == null ? d : d == null ? m : m.isAfter(d) ? m : d;
    }

    private void requireKeeper(Body body) {
        if (body == null || !ActionRules.mayKeep(body.kind, body.code, identity.getRoles(), token.getClaim("workspace"))) {
            throw new ProblemException(ProblemType.FORBIDDEN, "You do not keep the actions of " + (body == null ? "this body" : body.code));
        }
    }
}
