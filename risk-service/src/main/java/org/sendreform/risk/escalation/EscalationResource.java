package org.sendreform.risk.escalation;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import io.quarkus.panache.common.Sort;
import io.quarkus.security.identity.SecurityIdentity;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sendreform.platform.access.WorkspaceScope;
import org.sendreform.platform.problem.Problem;
import org.sendreform.platform.problem.ProblemException;
import org.sendreform.platform.problem.ProblemType;
import org.sendreform.platform.version.ETags;
import org.sendreform.platform.version.IfMatch;
import org.sendreform.risk.register.Risk;
import org.sendreform.risk.register.RiskAnnouncements;
import org.sendreform.risk.register.RiskStatus;
import org.sendreform.risk.register.RiskView;

@Path("/api/v1/risks/{code}")
@Produces(MediaType.APPLICATION_JSON)
// the register is for the partnership's people and analytics; partner systems read none of it (issue 5)
@RolesAllowed({ "programme-manager", "workspace-lead", "rdg-member", "board-member", "board-secretary", "return-signatory", "admin", "analytics-reader" })
@Tag(name = "Escalations", description = "A risk's moves along the route workspace → RDG → Board → Health and Wellbeing Board")
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Partner systems do not read the risk register; writes need the roles named",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class EscalationResource {

    /** Roles that escalate any body's risks; a workspace lead escalates only their workspace's. */
    static final Set<String> WIDER_ROLES = Set.of("programme-manager", "rdg-member", "board-member", "admin");
    /** Only the Board (or an admin) returns a risk that sits with the Board or above. */
    static final Set<String> BOARD_ROLES = Set.of("board-member", "admin");

    @Inject
    Escalations escalations;

    @Inject
    RiskAnnouncements announcements;

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    @Schema(name = "RiskEscalation", description = "One move of a risk along the escalation route")
    public record EscalationView(long id, @Schema(example = "commissioning-workforce") String fromBody,
            @Schema(example = "rdg") String toBody, EscalationReason reason, String rationale,
            @Schema(example = "rdg.member") String movedBy, Instant movedAt) {
        static EscalationView of(RiskEscalation e) {
            return new EscalationView(e.id, e.fromBody, e.toBody, e.reason, e.rationale, e.movedBy, e.movedAt);
        }
    }

    @GET
    @Path("escalations")
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "listRiskEscalations", summary = "A risk's escalation history", description = "Every move up or down the route, oldest first, with the rule or rationale behind it.")
    @APIResponse(responseCode = "200", description = "The moves")
    @APIResponse(responseCode = "404", description = "No risk has this code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<EscalationView> history(@Parameter(example = "R-06") @PathParam("code") String code) {
        Risk risk = Risk.byCode(code);
        return RiskEscalation.<RiskEscalation>list("riskId", Sort.by("id"), risk.id).stream().map(EscalationView::of).toList();
    }

    @POST
    @Path("escalations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed({ "programme-manager", "workspace-lead", "rdg-member", "board-member", "admin" })
    @Operation(operationId = "escalateRisk", summary = "Escalate a risk one level up", description = """
            Moves the risk to the next body on the route (workspace → RDG → Board → Health and Wellbeing Board), never \
            skipping a level, and publishes risk-escalated so governance-service puts it before that body. If-Match with \
            the risk's ETag is required. A workspace lead may escalate only their workspace's risks.""")
    @APIResponse(responseCode = "201", description = "The risk as it now sits, with its new ETag; Location is the escalation history",
            content = @Content(schema = @Schema(implementation = RiskView.class)))
    @APIResponse(responseCode = "403", description = "Your role (or workspace) may not escalate this risk",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No risk has this code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The risk is closed or accepted, or already at the top of the route",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "The risk changed since you read it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The rationale is missing or too long",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response escalate(@Parameter(example = "R-06") @PathParam("code") String code, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "a body is required") EscalationRequest request, @Context UriInfo uri) {
        Risk risk = Risk.lockedByCode(code);
        WorkspaceScope.require(identity, token, WIDER_ROLES, risk.owningBody, "risks");
        requireMovable(risk, ifMatch);
        String to = EscalationRules.manualTarget(risk.owningBody).orElseThrow(() -> ProblemException.conflict(
                "Risk " + code + " sits with " + risk.owningBody + ", the top of the escalation route"));
        escalations.move(risk, to, EscalationReason.MANUAL, request.rationale());
        return moved(risk, uri);
    }

    @POST
    @Path("de-escalations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed({ "programme-manager", "rdg-member", "board-member", "admin" })
    @Operation(operationId = "deEscalateRisk", summary = "Return a risk to a lower body", description = """
            Moves the risk down the route to the body named, with the reason, and publishes risk-de-escalated. A risk \
            in a mandatory-escalation category (statutory compliance, significant financial, sufficiency, partnership \
            failure) may not leave the Board. A risk sitting with the Board may be returned only by a Board member (or \
            an admin). If-Match with the risk's ETag is required.""")
    @APIResponse(responseCode = "201", description = "The risk as it now sits, with its new ETag; Location is the escalation history",
            content = @Content(schema = @Schema(implementation = RiskView.class)))
    @APIResponse(responseCode = "403", description = "Your role may not return a risk from this body",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No risk has this code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The risk is closed or accepted",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "The risk changed since you read it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The body named is not below the current one, the risk must sit with the Board, or a field is missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response deEscalate(@Parameter(example = "R-06") @PathParam("code") String code, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "a body is required") DeEscalationRequest request, @Context UriInfo uri) {
        Risk risk = Risk.lockedByCode(code);
        boolean fromBoard = EscalationRoute.level(risk.owningBody) >= EscalationRoute.level(EscalationRoute.BOARD);
        if (fromBoard && identity.getRoles().stream().noneMatch(BOARD_ROLES::contains)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Only the Board returns a risk that sits with " + risk.owningBody);
        }
        requireMovable(risk, ifMatch);
        EscalationRules.refuseDeEscalation(risk.category, risk.homeBody, risk.owningBody, request.toBody())
                .ifPresent(reason -> { throw ProblemException.invalid("toBody", reason); });
        escalations.move(risk, request.toBody(), EscalationReason.DE_ESCALATED, request.rationale());
        return moved(risk, uri);
    }

    private static void requireMovable(Risk risk, String ifMatch) {
        String code = risk.code;
        IfMatch.require(ifMatch, risk.version);
        if (risk.status == RiskStatus.CLOSED || risk.status == RiskStatus.ACCEPTED) {
            throw ProblemException.conflict("Risk " + code + " is " + risk.status.name().toLowerCase() + "; it does not move on the route");
        }
    }

    private Response moved(Risk risk, UriInfo uri) {
        risk.flush();
        announcements.announce(risk);
        return Response.created(uri.getBaseUriBuilder().path("api/v1/risks").path(risk.code).path("escalations").build())
                .entity(RiskView.of(risk)).tag(ETags.of(risk.version)).build();
    }
}
