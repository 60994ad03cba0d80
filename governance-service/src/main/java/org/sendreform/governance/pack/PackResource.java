package org.sendreform.governance.pack;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.panache.common.Sort;
import io.quarkus.security.Authenticated;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sendreform.governance.meeting.Meeting;
import org.sendreform.governance.meeting.MeetingStatus;
import org.sendreform.platform.audit.AuditTrail;
import org.sendreform.platform.event.Outbox;
import org.sendreform.platform.problem.Problem;
import org.sendreform.platform.problem.ProblemException;

@Path("/api/v1/packs")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Assurance packs", description = "The Board assurance pack: previewed live, issued frozen and versioned, in JSON and HTML")
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class PackResource {

    @Inject
    Packs packs;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    ObjectMapper json;

    @Schema(name = "Pack", description = "An issued assurance pack")
    public record PackView(long id, long meetingId, @Schema(description = "1 for the first issue for the meeting, then 2, ...") int version,
            String issuedBy, Instant issuedAt, PackContent content) {
    }

    @Schema(name = "PackRequest")
    public record PackRequest(@NotNull(message = "is required") @Schema(required = true, description = "A Board meeting's id") Long meeting) {
    }

    @GET
    @Path("preview")
    // a pack not yet issued is work in progress: people of the partnership only
    @RolesAllowed({ "programme-manager", "workspace-lead", "rdg-member", "board-member", "board-secretary", "return-signatory", "admin" })
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "previewPack", summary = "Preview the assurance pack for a Board meeting", description = """
            Assembled now from governance's read models of milestones, risks and measures (as their events last told; \
            see freshness) and its own escalations and decisions. Nothing is stored. Send Accept: text/html for the \
            readable rendering.""")
    @Produces({ MediaType.APPLICATION_JSON, MediaType.TEXT_HTML })
    @APIResponse(responseCode = "403", description = "Partner systems and analytics read issued packs only",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "200", description = "The pack as it would be issued now",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PackContent.class)))
    @APIResponse(responseCode = "400", description = "No meeting given",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No meeting has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Not a Board meeting, or cancelled",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response preview(@Parameter(description = "The Board meeting", required = true) @QueryParam("meeting") Long meetingId,
            @Context HttpHeaders headers) {
        if (meetingId == null) {
            throw ProblemException.badParameter("meeting", "is required");
        }
        Meeting meeting = Meeting.<Meeting>findByIdOptional(meetingId).orElseThrow(() -> ProblemException.notFound("Meeting", meetingId));
        requireBoardMeeting(meeting, "meeting");
        PackContent content = packs.assemble(meeting);
        return html(headers) ? Response.ok(PackHtml.render(content, 0, null, null), MediaType.TEXT_HTML_TYPE).build()
                : Response.ok(content, MediaType.APPLICATION_JSON_TYPE).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed({ "board-secretary", "admin" })
    @Operation(operationId = "issuePack", summary = "Issue the assurance pack for a Board meeting", description = """
            Assembles the pack and freezes it: an issued pack never changes. Issuing again for the same meeting \
            makes the next version. Issued by the board secretary.""")
    @APIResponse(responseCode = "201", description = "The issued pack; Location names it",
            content = @Content(schema = @Schema(implementation = PackView.class)))
    @APIResponse(responseCode = "403", description = "Only the board secretary (or an admin) issues packs",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "No such meeting, not a Board meeting, or cancelled",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response issue(@Valid @NotNull(message = "a body is required") PackRequest request, @Context UriInfo uri) {
        Meeting meeting = Meeting.<Meeting>findByIdOptional(request.meeting(), LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.invalid("meeting", "no meeting has this id"));
        requireBoardMeeting(meeting, "meeting");
        Number last = Pack.getEntityManager().createQuery("select max(p.version) from Pack p where p.meetingId = ?1", Number.class)
                .setParameter(1, meeting.id).getSingleResult();
        Pack pack = new Pack();
        pack.meetingId = meeting.id;
        pack.version = last == null ? 1 : last.intValue() + 1;
        pack.content = write(packs.assemble(meeting));
        pack.issuedBy = audit.caller().name();
        pack.persist();
        pack.flush();
        Pack.getEntityManager().refresh(pack);
        PackView view = view(pack);
        audit.record("pack", pack.id.toString(), "ISSUED", null, java.util.Map.of("meetingId", meeting.id, "version", pack.version));
        outbox.publish(PackIssued.TYPE, "pack", pack.id.toString(), meeting.body + "/" + meeting.id,
                new PackIssued(pack.id, meeting.id, meeting.scheduledOn, pack.version, pack.issuedBy, pack.issuedAt));
        return Response.created(uri.getBaseUriBuilder().path("api/v1/packs").path(pack.id.toString()).build()).entity(view).build();
    }

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "listPacks", summary = "List issued packs", description = "Newest first; for one meeting when given.")
    @APIResponse(responseCode = "200", description = "The issued packs")
    public List<PackView> list(@Parameter(description = "A meeting's id") @QueryParam("meeting") Long meetingId) {
        var packsFound = meetingId == null ? Pack.<Pack>listAll(Sort.descending("id"))
                : Pack.<Pack>list("meetingId", Sort.descending("id"), meetingId);
        return packsFound.stream().map(this::view).toList();
    }

    @GET
    @Path("{id}")
    @Transactional(Transactional.TxType.SUPPORTS)
    @Produces({ MediaType.APPLICATION_JSON, MediaType.TEXT_HTML })
    @Operation(operationId = "getPack", summary = "Get an issued pack", description = "JSON, or the readable HTML with Accept: text/html.")
    @APIResponse(responseCode = "200", description = "The pack",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PackView.class)))
    @APIResponse(responseCode = "404", description = "No pack has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") long id, @Context HttpHeaders headers) {
        Pack pack = Pack.<Pack>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Pack", id));
        PackView view = view(pack);
        // an issued pack never changes: it may be cached for good
        Response.ResponseBuilder ok = html(headers)
                ? Response.ok(PackHtml.render(view.content(), pack.version, pack.issuedBy, String.valueOf(pack.issuedAt)), MediaType.TEXT_HTML_TYPE)
                : Response.ok(view, MediaType.APPLICATION_JSON_TYPE);
        return ok.header(HttpHeaders.CACHE_CONTROL, "private, max-age=31536000, immutable").build();
    }

    private static void requireBoardMeeting(Meeting meeting, String field) {
        if (!"board".equals(meeting.body)) {
            throw ProblemException.invalid(field, "is a meeting of " + meeting.body + "; the assurance pack is for the Board's meetings");
        }
        if (meeting.status == MeetingStatus.CANCELLED) {
            throw ProblemException.invalid(field, "was cancelled");
        }
    }

    private static boolean html(HttpHeaders headers) {
        return headers.getAcceptableMediaTypes().stream().findFirst().map(t -> t.isCompatible(MediaType.TEXT_HTML_TYPE) && !t.isWildcardType())
                .orElse(false);
    }

    private PackView view(Pack pack) {
        try {
            return new PackView(pack.id, pack.meetingId, pack.version, pack.issuedBy, pack.issuedAt, json.readValue(pack.content, PackContent.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("pack " + pack.id + " cannot be read", e);
        }
    }

    private String write(PackContent content) {
        try {
            return json.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
