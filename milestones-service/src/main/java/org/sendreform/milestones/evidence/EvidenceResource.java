package org.sendreform.milestones.evidence;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.panache.common.Sort;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sendreform.milestones.milestone.Milestone;
import org.sendreform.platform.access.WorkspaceScope;
import org.sendreform.platform.audit.AuditTrail;
import org.sendreform.platform.problem.Problem;
import org.sendreform.platform.problem.ProblemException;

@Path("/api/v1/milestones/{code}/evidence")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Milestones")
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No milestone (or evidence item) has this code (or id)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class EvidenceResource {

    static final int MAX_NOTE = 2000;
    static final int MAX_LINK = 2000;

    @Inject
    AuditTrail audit;

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    @Schema(name = "EvidenceRequest")
    public record EvidenceRequest(@Schema(example = "Place Strategy adopted at Cabinet", required = true) String note,
            @Schema(example = "https://www.coventry.gov.uk/send-place-strategy", description = "An https or http link") String link) {
    }

    @Schema(name = "Evidence")
    public record EvidenceView(long id, String note, String link, String addedBy, Instant addedAt) {
        static EvidenceView of(Evidence e) {
            return new EvidenceView(e.id, e.note, e.link, e.addedBy, e.addedAt);
        }
    }

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "listMilestoneEvidence", summary = "A milestone's evidence, oldest first")
    @APIResponse(responseCode = "200", description = "The evidence")
    public List<EvidenceView> list(@Parameter(example = "M-CS-Q3-01") @PathParam("code") String code) {
        find(code);
        return Evidence.<Evidence>list("milestoneCode", Sort.by("id"), code).stream().map(EvidenceView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed({ "programme-manager", "workspace-lead", "admin" })
    @Operation(operationId = "addMilestoneEvidence", summary = "Add evidence of a milestone's delivery", description = """
            A note (required) and optionally a link. Aggregate evidence only: never a child's or family's details. A workspace             lead adds evidence only to their workspace's milestones.""")
    @RequestBody(content = @Content(schema = @Schema(implementation = EvidenceRequest.class), examples = @ExampleObject(name = "strategy",
            value = """
                    {"note": "Place Strategy adopted at Cabinet", "link": "https://www.coventry.gov.uk/send-place-strategy"}""")))
    @APIResponse(responseCode = "201", description = "Added", content = @Content(schema = @Schema(implementation = EvidenceView.class)))
    @APIResponse(responseCode = "400", description = "The body is not JSON of this shape",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Your role (or workspace) may not change this milestone",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The milestone is cancelled",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The note is missing or too long, or the link is not an http(s) address",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response add(@PathParam("code") String code, EvidenceRequest request) {
        Milestone milestone = find(code);
        WorkspaceScope.require(identity, token, Milestone.WIDER_ROLES, milestone.workspaceCode, "milestones");
        if (request == null || request.note() == null || request.note().isBlank()) {
            throw ProblemException.invalid("note", "is required");
        }
        if (request.note().length() > MAX_NOTE) {
            throw ProblemException.invalid("note", "must be at most " + MAX_NOTE + " characters");
        }
        if (request.link() != null && !isWebAddress(request.link())) {
            throw ProblemException.invalid("link", "must be an http or https address of at most " + MAX_LINK + " characters");
        }
        if (milestone.status == org.sendreform.milestones.milestone.MilestoneStatus.CANCELLED) {
            throw ProblemException.conflict("Milestone " + code + " is cancelled and cannot change");
        }
        Evidence e = new Evidence();
        e.milestoneCode = code;
        e.note = request.note().strip();
        e.link = request.link();
        e.addedBy = audit.caller().name();
        e.persist();
        e.flush();
        Evidence.getEntityManager().refresh(e);
        EvidenceView view = EvidenceView.of(e);
        audit.record("milestone", code, "EVIDENCE_ADDED", null, view);
        return Response.created(URI.create("/api/v1/milestones/" + code + "/evidence/" + e.id)).entity(view).build();
    }

    @DELETE
    @Path("{id}")
    @Transactional
    @RolesAllowed({ "programme-manager", "workspace-lead", "admin" })
    @Operation(operationId = "removeMilestoneEvidence", summary = "Remove an evidence item (kept in the history)")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "403", description = "Your role (or workspace) may not change this milestone",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void remove(@PathParam("code") String code, @PathParam("id") long id) {
        Milestone milestone = find(code);
        WorkspaceScope.require(identity, token, Milestone.WIDER_ROLES, milestone.workspaceCode, "milestones");
        Evidence e = Evidence.<Evidence>find("id = ?1 and milestoneCode = ?2", id, code).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("Evidence of " + code, id));
        audit.record("milestone", code, "EVIDENCE_REMOVED", EvidenceView.of(e), null);
        e.delete();
    }

    static boolean isWebAddress(String link) {
        if (link.length() > MAX_LINK) {
            return false;
        }
        try {
            URI uri = new URI(link);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static Milestone find(String code) {
        return Milestone.byCode(code, false);
    }
}
