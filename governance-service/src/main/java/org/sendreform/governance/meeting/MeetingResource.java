package org.sendreform.governance.meeting;

import java.time.Clock;
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

import io.quarkus.panache.common.Sort;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sendreform.governance.body.Body;
import org.sendreform.governance.decision.Recorders;
import org.sendreform.governance.meeting.MeetingRequests.AgendaItemRequest;
import org.sendreform.governance.meeting.MeetingRequests.MeetingChange;
import org.sendreform.governance.meeting.MeetingRequests.ScheduleRequest;
import org.sendreform.platform.audit.AuditTrail;
import org.sendreform.platform.page.Page;
import org.sendreform.platform.page.PageRequest;
import org.sendreform.platform.period.Period;
import org.sendreform.platform.problem.Problem;
import org.sendreform.platform.problem.ProblemException;
import org.sendreform.platform.problem.ProblemType;
import org.sendreform.platform.query.Filters;
import org.sendreform.platform.query.QueryParameters;
import org.sendreform.platform.version.ETags;
import org.sendreform.platform.version.IfMatch;

@Path("/api/v1/meetings")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Meetings", description = "Each body's meetings: the schedule from its cadence, agendas with standing items and escalations, attendance and minutes")
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class MeetingResource {

    static final String[] RECORDERS = { "board-secretary", "rdg-member", "programme-manager", "workspace-lead", "admin" };

    @Inject
    Meetings meetings;

    @Inject
    AuditTrail audit;

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    @Inject
    Clock clock;

    @Schema(name = "MeetingPage")
    public record MeetingPage(List<MeetingView> items, int page, int size, long total) {
    }

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "listMeetings", summary = "List meetings", description = "In date order. Filters combine with AND.")
    @APIResponse(responseCode = "200", description = "One page of meetings; Link header has first/prev/next/last",
            content = @Content(schema = @Schema(implementation = MeetingPage.class)))
    @APIResponse(responseCode = "400", description = "A filter is not valid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response list(@Parameter(description = "Body code", example = "board") @QueryParam("body") String body,
            @Parameter(schema = @Schema(implementation = MeetingStatus.class)) @QueryParam("status") String statusParam,
            @Parameter(description = "Meetings dated within this period (" + Period.GRAMMAR + ")", example = "AY2026-27")
            @QueryParam("period") String periodParam,
            @BeanParam @Valid PageRequest paging, @Context UriInfo uri) {
        Period period = QueryParameters.period("period", periodParam);
        Filters filters = new Filters().equal("body", body)
                .equal("status", QueryParameters.oneOf("status", statusParam, MeetingStatus.class))
                .where("scheduledOn >= :from", "from", period == null ? null : period.start())
                .where("scheduledOn <= :to", "to", period == null ? null : period.end());
        Sort order = Sort.by("scheduledOn").and("id");
        var query = filters.isEmpty() ? Meeting.<Meeting>findAll(order) : Meeting.<Meeting>find(filters.query(), order, filters.parameters());
        List<MeetingView> items = query.page(paging.page, paging.size).list().stream().map(MeetingView::of).toList();
        return new Page<>(items, paging.page, paging.size, query.count()).toResponse(uri);
    }

    @GET
    @Path("{id}")
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "getMeeting", summary = "Get one meeting with its agenda")
    @APIResponse(responseCode = "200", description = "The meeting", content = @Content(schema = @Schema(implementation = MeetingView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent in If-None-Match")
    @APIResponse(responseCode = "404", description = "No meeting has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") long id, @Context Request request) {
        Meeting m = Meeting.<Meeting>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Meeting", id));
        return ETags.ok(request, m.version, () -> MeetingView.of(m));
    }

    @POST
    @Path("schedule")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed({ "board-secretary", "rdg-member", "programme-manager", "workspace-lead", "admin" })
    @Operation(operationId = "scheduleMeetings", summary = "Generate a body's meetings for an academic year", description = """
            From the body's cadence: half-termly (October, December, February, March, May, July), monthly, or \
            quarterly; workspaces on the first Tuesday, the RDG on the second Thursday, the Board on the third \
            Thursday of the month. Every agenda opens with the body's standing items; open escalations before the \
            body that have no meeting yet go on the first one. Dates can then be moved one by one. Recorded by \
            whoever records the body's decisions.""")
    @APIResponse(responseCode = "201", description = "The meetings created", content = @Content(schema = @Schema(implementation = MeetingView[].class)))
    @APIResponse(responseCode = "403", description = "You do not record this body's business",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The body already has meetings in that year",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Unknown body, not an academic year, or a body that meets as needed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response schedule(@Valid @NotNull(message = "a body is required") ScheduleRequest request) {
        Body body = Body.<Body>findByIdOptional(request.body()).orElseThrow(() -> ProblemException.invalid("body", "no body has this code"));
        requireRecorder(body);
        Period year;
        try {
            year = Period.parse(request.academicYear());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("academicYear", e.getMessage());
        }
        if (year.kind() != Period.Kind.ACADEMIC_YEAR) {
            throw ProblemException.invalid("academicYear", "must be an academic year like AY2027-28");
        }
        if (Schedule.dates(body.kind, body.cadence, year.start()).isEmpty()) {
            throw ProblemException.invalid("body", body.code + " meets as needed (or has no cadence): schedule its meetings one by one");
        }
        if (Meeting.count("body = ?1 and academicYear = ?2", body.code, year.code()) > 0) {
            throw ProblemException.conflict(body.code + " already has meetings in " + year.code());
        }
        List<MeetingView> created = meetings.schedule(body, year).stream().map(m -> {
            m.flush();
            MeetingView view = MeetingView.of(m);
            audit.record("meeting", m.id.toString(), "SCHEDULED", null, view);
            return view;
        }).toList();
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @PATCH
    @Path("{id}")
    @Consumes({ "application/merge-patch+json", MediaType.APPLICATION_JSON })
    @Transactional
    @RolesAllowed({ "board-secretary", "rdg-member", "programme-manager", "workspace-lead", "admin" })
    @Operation(operationId = "updateMeeting", summary = "Move, hold or cancel a meeting; record attendance and minutes", description = """
            Send only what changes. A scheduled meeting can move to another day, be HELD (on or after its date) or \
            CANCELLED; attendance and minutes belong to a held meeting. Escalations still open when a meeting is \
            cancelled or held go on the body's next meeting. If-Match with the meeting's ETag is required.""")
    @APIResponse(responseCode = "200", description = "The meeting as changed, with its new ETag",
            content = @Content(schema = @Schema(implementation = MeetingView.class)))
    @APIResponse(responseCode = "403", description = "You do not record this body's business",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No meeting has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The meeting was held or cancelled, or the body meets on that day already",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "The meeting changed since you read it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A field breaks a rule",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "a body is required") MeetingChange change) {
        Meeting m = locked(id);
        IfMatch.require(ifMatch, m.version);
        LocalDate today = LocalDate.now(clock);
        MeetingView before = MeetingView.of(m);
        MeetingStatus status = change.status() != null ? change.status() : m.status;
        boolean recordOnly = change.scheduledOn() == null && change.status() == null;
        if (m.status == MeetingStatus.CANCELLED || (m.status == MeetingStatus.HELD && !recordOnly)) {
            throw ProblemException.conflict("Meeting " + id + " is " + m.status.name().toLowerCase() + "; only a held meeting's minutes and attendance change");
        }
        if (change.status() == MeetingStatus.SCHEDULED && m.status != MeetingStatus.SCHEDULED) {
            throw ProblemException.conflict("Meeting " + id + " cannot be scheduled again");
        }
        LocalDate day = change.scheduledOn() != null ? change.scheduledOn() : m.scheduledOn;
        if (change.scheduledOn() != null && !day.equals(m.scheduledOn)
                && Meeting.count("body = ?1 and scheduledOn = ?2 and id <> ?3", m.body, day, m.id) > 0) {
            throw ProblemException.conflict(m.body + " already meets on " + day);
        }
        if (status == MeetingStatus.HELD && day.isAfter(today)) {
            throw ProblemException.invalid("status", "a meeting is held on or after its date (" + day + ")");
        }
        if (status != MeetingStatus.HELD && (change.minutes() != null || change.attendance() != null)) {
            throw ProblemException.invalid(change.minutes() != null ? "minutes" : "attendance", "belongs to a held meeting");
        }
        m.scheduledOn = day;
        if (change.minutes() != null) {
            m.minutes = change.minutes();
        }
        if (change.attendance() != null) {
            m.attendance.clear();
            int position = 1;
            for (MeetingRequests.Attendee a : change.attendance()) {
                Meeting.Attendee seat = new Meeting.Attendee();
                seat.position = position++;
                seat.role = a.role();
                seat.organisation = a.organisation();
                seat.present = a.present();
                m.attendance.add(seat);
            }
        }
        boolean closing = m.status == MeetingStatus.SCHEDULED && status != MeetingStatus.SCHEDULED;
        m.status = status;
        if (closing) {
            meetings.moveOpenEscalations(m);
        }
        m.flush();
        MeetingView after = MeetingView.of(m);
        audit.record("meeting", m.id.toString(), closing ? status.name() : "UPDATED", before, after);
        return Response.ok(after).tag(ETags.of(m.version)).build();
    }

    @POST
    @Path("{id}/agenda")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed({ "board-secretary", "rdg-member", "programme-manager", "workspace-lead", "admin" })
    @Operation(operationId = "addAgendaItem", summary = "Add a paper or an item to a scheduled meeting's agenda", description = """
            Papers (options papers, gaps and improvement papers, deep-dives) are attached by reference. Standing \
            items and escalations are placed by the platform. If-Match with the meeting's ETag is required.""")
    @APIResponse(responseCode = "201", description = "The meeting with the item added, with its new ETag",
            content = @Content(schema = @Schema(implementation = MeetingView.class)))
    @APIResponse(responseCode = "403", description = "You do not record this body's business",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No meeting has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The meeting was held or cancelled",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "The meeting changed since you read it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Not a PAPER or ITEM, or a field is missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response addItem(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "a body is required") AgendaItemRequest request, @Context UriInfo uri) {
        Meeting m = locked(id);
        IfMatch.require(ifMatch, m.version);
        if (request.kind() != AgendaKind.PAPER && request.kind() != AgendaKind.ITEM) {
            throw ProblemException.invalid("kind", "must be PAPER or ITEM; standing items and escalations are placed by the platform");
        }
        if (m.status != MeetingStatus.SCHEDULED) {
            throw ProblemException.conflict("Meeting " + id + " is " + m.status.name().toLowerCase() + "; its agenda is closed");
        }
        MeetingView before = MeetingView.of(m);
        meetings.add(m, request.kind(), request.title(), null, request.paperRef());
        m.flush();
        MeetingView after = MeetingView.of(m);
        audit.record("meeting", m.id.toString(), "AGENDA_ITEM_ADDED", before, after);
        return Response.created(uri.getBaseUriBuilder().path("api/v1/meetings").path(m.id.toString()).build()).entity(after)
                .tag(ETags.of(m.version)).build();
    }

    @GET
    @Path("{id}/history")
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "getMeetingHistory", summary = "A meeting's history", description = "Scheduled, moved, agenda items added, held or cancelled: who, when, before and after.")
    @APIResponse(responseCode = "200", description = "The changes")
    @APIResponse(responseCode = "404", description = "No meeting has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<AuditTrail.Entry> history(@PathParam("id") long id) {
        if (Meeting.findById(id) == null) {
            throw ProblemException.notFound("Meeting", id);
        }
        return audit.history("meeting", Long.toString(id));
    }

    /** The meeting, locked for the change, once the caller is known to record its body's business. */
    private Meeting locked(long id) {
        Meeting m = Meeting.<Meeting>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).orElseThrow(() -> ProblemException.notFound("Meeting", id));
        requireRecorder(Body.findById(m.body));
        return m;
    }

    private void requireRecorder(Body body) {
        if (body == null || !Recorders.mayRecord(body.kind, body.code, identity.getRoles(), token.getClaim("workspace"))) {
            throw new ProblemException(ProblemType.FORBIDDEN, "You do not record the business of " + (body == null ? "this body" : body.code));
        }
    }
}
