package org.sendreform.risk.acceptance;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;


import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sendreform.platform.audit.AuditTrail;
import org.sendreform.platform.problem.Problem;
import org.sendreform.platform.problem.ProblemException;
import org.sendreform.platform.version.ETags;
import org.sendreform.platform.version.IfMatch;
import org.sendreform.risk.register.Risk;
import org.sendreform.risk.register.RiskView;

@Path("/api/v1/risks/{code}/acceptance")
@Produces(MediaType.APPLICATION_JSON)
// the register is for the partnership's people and analytics; partner systems read none of it (issue 5)
@RolesAllowed({ "programme-manager", "workspace-lead", "rdg-member", "board-member", "board-secretary", "return-signatory", "admin", "analytics-reader" })
@Tag(name = "Acceptance", description = "Accepting a risk, only under a Board decision")
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Partner systems do not read the risk register; writes need the roles named",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class AcceptanceResource {

    @Inject
    Acceptances acceptances;

    @Inject
    AuditTrail audit;

    @Schema(name = "AcceptanceRequest", description = "The Board decision under which the risk is accepted")
    public record AcceptanceRequest(@NotNull(message = "is required: only a Board decision accepts a risk")
            @Schema(required = true, example = "42", description = "The id of a Board ACCEPT_SYSTEM_RISK decision naming this risk") Long decisionId) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed({ "programme-manager", "board-secretary", "admin" })
    @Operation(operationId = "acceptRisk", summary = "Accept a risk under a Board decision", description = """
            A risk is accepted only by a Board decision. Board ACCEPT_SYSTEM_RISK decisions recorded in \
            governance-service accept the risks they name on their own; this operation applies such a decision to a \
            risk it names that was not in the register when the decision arrived. It refuses any decision id that is \
            not a Board acceptance of this risk. If-Match with the risk's ETag is required.""")
    @APIResponse(responseCode = "201", description = "The risk, accepted, with its new ETag",
            content = @Content(schema = @Schema(implementation = RiskView.class)))
    @APIResponse(responseCode = "403", description = "Your role may not apply acceptances",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No risk has this code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The risk is closed or already accepted",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "The risk changed since you read it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "No decision id, or not a Board decision accepting this risk",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response accept(@Parameter(example = "R-02") @PathParam("code") String code, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "a body is required") AcceptanceRequest request, @Context UriInfo uri) {
        Risk risk = Risk.lockedByCode(code);
        IfMatch.require(ifMatch, risk.version);
        if (!Acceptances.acceptable(risk.status)) {
            throw ProblemException.conflict("Risk " + code + " is " + risk.status.name().toLowerCase()
                    + (risk.acceptedByDecision != null ? " (decision " + risk.acceptedByDecision + ")" : ""));
        }
        BoardAcceptance decision = BoardAcceptance.<BoardAcceptance>find("decisionId = ?1 and riskCode = ?2", request.decisionId(), code)
                .firstResultOptional().orElseThrow(() -> ProblemException.invalid("decisionId",
                        "is not a Board ACCEPT_SYSTEM_RISK decision naming " + code + " (as published by governance-service)"));
        acceptances.accept(risk, decision, audit.caller());
        return Response.created(uri.getBaseUriBuilder().path("api/v1/risks").path(code).build())
                .entity(RiskView.of(risk)).tag(ETags.of(risk.version)).build();
    }
}
