package org.sendreform.risk.mitigation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sendreform.platform.access.WorkspaceScope;
import org.sendreform.platform.audit.AuditTrail;
import org.sendreform.platform.problem.Problem;
import org.sendreform.platform.problem.ProblemException;
import org.sendreform.platform.version.ETags;
import org.sendreform.platform.version.IfMatch;
import org.sendreform.platform.problem.FieldErrors;
import org.sendreform.platform.patch.MergePatch;
import org.sendreform.risk.register.Risk;
import org.sendreform.risk.register.RiskAnnouncements;
import org.sendreform.risk.register.RiskResource;
import org.sendreform.risk.register.RiskStatus;

/**
 * A risk's mitigations. Each mitigation carries its own version (its ETag, for If-Match on PATCH), so the people who
 * own different actions do not block each other or a re-score. The risk's own version moves with every mitigation
 * change too, because the risk's representation includes its mitigations: its ETag stays true and each version is
 * announced (risk-changed).
 */
@Path("/api/v1/risks/{code}/mitigations")
@Produces(MediaType.APPLICATION_JSON)
// the register is for the partnership's people and analytics; partner systems read none of it (issue 5)
@RolesAllowed({ "programme-manager", "workspace-lead", "rdg-member", "board-member", "board-secretary", "return-signatory", "admin", "analytics-reader" })
@Tag(name = "Mitigations", description = "Actions that reduce a risk: owner, due date and status; overdue actions")
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Partner systems do not read the risk register; writes need the roles named",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class MitigationResource {

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    @Inject
    AuditTrail audit;

    @Inject
    RiskAnnouncements announcements;

    @Inject
    Clock clock;

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "listRiskMitigations", summary = "A risk's mitigations", description = "In the order they were added (the plan's order for the seeded risks).")
    @APIResponse(responseCode = "200", description = "The mitigations")
    @APIResponse(responseCode = "404", description = "No risk has this code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<MitigationView> list(@Parameter(example = "R-05") @PathParam("code") String code) {
        Risk risk = Risk.byCode(code);
        return Mitigation.<Mitigation>list("risk", Sort.by("position"), risk).stream().map(MitigationView::of).toList();
    }

    @GET
    @Path("{id}")
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "getRiskMitigation", summary = "One mitigation", description = "The ETag is the mitigation's version; send it as If-Match when changing it.")
    @APIResponse(responseCode = "200", description = "The mitigation",
            content = @Content(schema = @Schema(implementation = MitigationView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent in If-None-Match")
    @APIResponse(responseCode = "404", description = "No risk has this code, or the risk has no mitigation with this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@Parameter(example = "R-05") @PathParam("code") String code, @Parameter(example = "41") @PathParam("id") long id,
            @Context Request request) {
        Risk risk = Risk.byCode(code);
        Mitigation m = of(risk, id);
        return ETags.ok(request, m.version, () -> MitigationView.of(m));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed({ "programme-manager", "workspace-lead", "rdg-member", "admin" })
    @Operation(operationId = "addRiskMitigation", summary = "Add a mitigation to a risk", description = """
            Adds an action (after the risk's others) with its owner, due date (not in the past) and status (default \
            OPEN). It adds and overwrites nothing, so no If-Match is needed; the risk's version moves (its ETag \
            changes). A workspace lead may add mitigations only to their workspace's risks. Location is the new \
            mitigation; the ETag its version.""")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NewMitigation.class),
            examples = @ExampleObject(name = "a new action", value = """
                    {"action": "Agree a joint recruitment campaign for Specialist Base staff with the three special schools",
                     "owner": "Commissioning and Workforce Workspace", "dueDate": "2027-01-31"}""")))
    @APIResponse(responseCode = "201", description = "The mitigation as added, with its ETag",
            content = @Content(schema = @Schema(implementation = MitigationView.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, a wrong type or an unknown field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Your role (or workspace) may not change this risk's mitigations",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No risk has this code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The risk is closed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The action is missing or too long, or the due date is in the past",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response add(@Parameter(example = "R-05") @PathParam("code") String code,
            @Valid @NotNull(message = "a body is required") NewMitigation request, @Context UriInfo uri) {
        Risk risk = editable(code);
        LocalDate today = LocalDate.now(clock);
        FieldErrors errors = new FieldErrors();
        MitigationUpdate.dueDate(request.dueDate(), today, errors);
        errors.throwIfAny();
        Mitigation m = new Mitigation();
        m.risk = risk;
        m.position = risk.mitigations.stream().mapToInt(x -> x.position).max().orElse(0) + 1;
        m.action = request.action();
        m.owner = request.owner();
        m.dueDate = request.dueDate();
        m.status = request.status() != null ? request.status() : Mitigation.Status.OPEN;
        m.completedOn = MitigationUpdate.completedOn(null, null, m.status, today);
        m.persist();
        risk.mitigations.add(m);
        MitigationView added = MitigationView.of(m);
        changed(risk, "MITIGATION_ADDED", null, added);
        return Response.created(uri.getBaseUriBuilder().path("api/v1/risks").path(code).path("mitigations").path(Long.toString(m.id)).build())
                .entity(added).tag(ETags.of(m.version)).build();
    }

    @PATCH
    @Path("{id}")
    @Consumes({ MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON })
    @Transactional
    @RolesAllowed({ "programme-manager", "workspace-lead", "rdg-member", "admin" })
    @Operation(operationId = "updateRiskMitigation", summary = "Update a mitigation (JSON merge patch)", description = """
            Send only the fields to change (null clears one): action, owner, dueDate (not moved into the past), status \
            (OPEN, IN_PROGRESS, DONE; DONE records completedOn, reopening clears it). If-Match with the mitigation's \
            own ETag (GET .../mitigations/{id}, or its version in the list) is required, so changes to different \
            actions, or a re-score, do not refuse each other; the risk's version moves too. A workspace lead may \
            change only their workspace's risks' mitigations.""")
    @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = Object.class),
            examples = @ExampleObject(name = "under way, later", value = """
                    {"status": "IN_PROGRESS", "dueDate": "2027-03-31"}""")))
    @APIResponse(responseCode = "200", description = "The mitigation as changed, with its new ETag",
            content = @Content(schema = @Schema(implementation = MitigationView.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON or an unknown field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Your role (or workspace) may not change this risk's mitigations",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No risk has this code, or the risk has no mitigation with this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The risk is closed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "The mitigation changed since you read it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A field may not be changed here, or a value breaks a rule; errors[] names each",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response update(@Parameter(example = "R-05") @PathParam("code") String code, @Parameter(example = "41") @PathParam("id") long id,
            @HeaderParam("If-Match") String ifMatch, JsonNode patch) {
        Risk risk = Risk.lockedByCode(code);
        WorkspaceScope.require(identity, token, RiskResource.EDITOR_ROLES, risk.owningBody, "risks");
        Mitigation m = of(risk, id);
        IfMatch.require(ifMatch, m.version);
        requireOpen(risk);
        MitigationView before = MitigationView.of(m);
        MitigationUpdate.apply(m, patch, LocalDate.now(clock));
        m.flush();
        if (m.version == before.version()) {
            return Response.ok(before).tag(ETags.of(m.version)).build(); // nothing changed
        }
        MitigationView after = MitigationView.of(m);
        changed(risk, "MITIGATION_UPDATED", before, after);
        return Response.ok(after).tag(ETags.of(m.version)).build();
    }

    private Risk editable(String code) {
        Risk risk = Risk.lockedByCode(code);
        WorkspaceScope.require(identity, token, RiskResource.EDITOR_ROLES, risk.owningBody, "risks");
        requireOpen(risk);
        return risk;
    }

    private static void requireOpen(Risk risk) {
        if (risk.status == RiskStatus.CLOSED) {
            throw ProblemException.conflict("Risk " + risk.code + " is closed; its mitigations do not change");
        }
    }

    private static Mitigation of(Risk risk, long id) {
        return Mitigation.<Mitigation>find("id = ?1 and risk = ?2", id, risk).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("Mitigation of risk " + risk.code, id));
    }

    /** Audits the change in the risk's history, moves the risk's version (it shows its mitigations) and announces it. */
    private void changed(Risk risk, String action, MitigationView before, MitigationView after) {
        Risk.getEntityManager().lock(risk, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        audit.record("risk", risk.code, action, before, after);
        announcements.announce(risk);
    }
}
