package org.sendreform.risk.closure;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

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
import org.sendreform.platform.event.Outbox;
import org.sendreform.platform.problem.Problem;
import org.sendreform.platform.problem.ProblemException;
import org.sendreform.platform.version.ETags;
import org.sendreform.platform.version.IfMatch;
import org.sendreform.risk.register.Risk;
import org.sendreform.risk.register.RiskAnnouncements;
import org.sendreform.risk.register.RiskResource;
import org.sendreform.risk.register.RiskStatus;
import org.sendreform.risk.register.RiskView;

@Path("/api/v1/risks/{code}/closure")
@Produces(MediaType.APPLICATION_JSON)
// the register is for the partnership's people and analytics; partner systems read none of it (issue 5)
@RolesAllowed({ "programme-manager", "workspace-lead", "rdg-member", "board-member", "board-secretary", "return-signatory", "admin", "analytics-reader" })
@Tag(name = "Closure", description = "Closing a risk that no longer needs managing")
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Partner systems do not read the risk register; writes need the roles named",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ClosureResource {

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    @Inject
    AuditTrail audit;

    @Inject
    Outbox outbox;

    @Inject
    RiskAnnouncements announcements;

    @Inject
    Clock clock;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed({ "programme-manager", "workspace-lead", "rdg-member", "admin" })
    @Operation(operationId = "closeRisk", summary = "Close a risk", description = """
            Closes the risk with the reason: status CLOSED, closedOn today (in England), closedBy the caller. An open, \
            escalated or accepted risk may be closed; a closed one is not closed again (409), and nothing re-opens it. A \
            closed risk no longer changes, moves, is reviewed or counts in the views. Publishes risk-closed and \
            risk-changed. If-Match with the risk's ETag is required. Who: as for editing the risk (a workspace lead only \
            for a risk their workspace owns).""")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClosureRequest.class),
            examples = @ExampleObject(name = "capital programme complete", value = """
                    {"rationale": "All Specialist Bases opened to plan in September 2027; the capital programme is complete"}""")))
    @APIResponse(responseCode = "200", description = "The risk, closed, with its new ETag",
            content = @Content(schema = @Schema(implementation = RiskView.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON or an unknown field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Your role (or workspace) may not close this risk",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No risk has this code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The risk is already closed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "The risk changed since you read it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The rationale is missing or too long; errors[] names it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response close(@Parameter(example = "R-05") @PathParam("code") String code, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "a body is required") ClosureRequest request) {
        Risk risk = Risk.lockedByCode(code);
        WorkspaceScope.require(identity, token, RiskResource.EDITOR_ROLES, risk.owningBody, "risks");
        IfMatch.require(ifMatch, risk.version);
        if (risk.status == RiskStatus.CLOSED) {
            throw ProblemException.conflict("Risk " + code + " was closed on " + risk.closedOn + (risk.closedBy == null ? "" : " by "
                    + risk.closedBy) + "; re-opening is not offered: raise a new risk if it returns");
        }
        RiskView before = RiskView.of(risk);
        RiskStatus was = risk.status;
        String who = audit.caller().name();
        risk.status = RiskStatus.CLOSED;
        risk.closedOn = LocalDate.now(clock);
        risk.closedBy = who;
        risk.closureRationale = request.rationale();
        risk.flush();
        RiskView after = RiskView.of(risk);
        audit.record("risk", code, "CLOSED", before, after);
        outbox.publish(RiskClosed.TYPE, "risk", code, code, new RiskClosed(code, risk.title, risk.category, risk.owningBody, risk.homeBody,
                was, risk.assessedRag, risk.residualRag, risk.closedOn, who, risk.closureRationale, risk.version));
        announcements.announce(risk);
        return Response.ok(after).tag(ETags.of(risk.version)).build();
    }
}
