package org.sendreform.governance.escalation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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

@Path("/api/v1/escalations")
@Produces(MediaType.APPLICATION_JSON)
// the partnership's working record: people of the partnership only, not partner systems or analytics
@RolesAllowed({ "programme-manager", "workspace-lead", "rdg-member", "board-member", "board-secretary", "return-signatory", "admin" })
@Tag(name = "Escalations", description = "What is escalated to a body: raised by risks moving up the route or by a body's decision, answered by a decision, closed")
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Partner systems and analytics do not read the partnership's escalations; writes need the roles named",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class EscalationResource {

    @Inject
    Escalations escalations;

    @Inject
    AuditTrail audit;

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    @Inject
    Clock clock;

    @Schema(name = "EscalationPage")
    public record EscalationPage(List<EscalationView> items, int page, int size, long total) {
    }

    @Schema(name = "EscalationClosure", description = "Closes an answered escalation")
    public record Closure(@NotBlank(message = "is required") @Size(max = 2000, message = "must be at most 2000 characters")
            @Schema(required = true, example = "RDG reported the agreed mitigation in place; the Board is assured") String note) {
    }

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "listEscalations", summary = "List escalations", description = "Oldest first. Filters combine with AND.")
    @APIResponse(responseCode = "200", description = "One page of escalations; Link header has first/prev/next/last",
            content = @Content(schema = @Schema(implementation = EscalationPage.class)))
    @APIResponse(responseCode = "400", description = "A filter is not valid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response list(@Parameter(description = "The body it is before", example = "board") @QueryParam("body") String body,
            @Parameter(schema = @Schema(implementation = EscalationStatus.class)) @QueryParam("status") String statusParam,
            @Parameter(description = "Risk code", example = "R-06") @QueryParam("risk") String risk,
            @BeanParam @Valid PageRequest paging, @Context UriInfo uri) {
        Filters filters = new Filters().equal("body", body)
                .equal("status", QueryParameters.oneOf("status", statusParam, EscalationStatus.class))
                .equal("riskCode", risk);
        var query = filters.isEmpty() ? Escalation.<Escalation>findAll(Sort.by("id"))
                : Escalation.<Escalation>find(filters.query(), Sort.by("id"), filters.parameters());
        Instant now = Instant.now(clock);
        List<EscalationView> items = query.page(paging.page, paging.size).list().stream().map(e -> EscalationView.of(e, now)).toList();
        return new Page<>(items, paging.page, paging.size, query.count()).toResponse(uri);
    }

    @GET
    @Path("{id}")
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "getEscalation", summary = "Get one escalation")
    @APIResponse(responseCode = "200", description = "The escalation", content = @Content(schema = @Schema(implementation = EscalationView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent in If-None-Match")
    @APIResponse(responseCode = "404", description = "No escalation has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") long id, @Context Request request) {
        Escalation e = Escalation.<Escalation>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Escalation", id));
        return ETags.ok(request, e.version, () -> EscalationView.of(e, Instant.now(clock)));
    }

    @GET
    @Path("{id}/history")
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "getEscalationHistory", summary = "An escalation's history", description = "Raised, answered, withdrawn, closed: who, when, before and after.")
    @APIResponse(responseCode = "200", description = "The changes")
    @APIResponse(responseCode = "404", description = "No escalation has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<AuditTrail.Entry> history(@PathParam("id") long id) {
        if (Escalation.findById(id) == null) {
            throw ProblemException.notFound("Escalation", id);
        }
        return audit.history("escalation", Long.toString(id));
    }

    @POST
    @Path("{id}/closure")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed({ "board-secretary", "rdg-member", "programme-manager", "workspace-lead", "admin" })
    @Operation(operationId = "closeEscalation", summary = "Close an answered escalation", description = """
            An escalation is answered by a decision of the body it is before (POST /api/v1/decisions with \
            answersEscalation); once answered, whoever records that body's decisions closes it with a note. \
            If-Match with the escalation's ETag is required.""")
    @APIResponse(responseCode = "200", description = "The closed escalation, with its new ETag",
            content = @Content(schema = @Schema(implementation = EscalationView.class)))
    @APIResponse(responseCode = "403", description = "You do not record this body's decisions",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No escalation has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The escalation is not answered yet, or is already closed or withdrawn",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "The escalation changed since you read it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The note is missing or too long",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response close(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "a body is required") Closure closure) {
        Escalation e = Escalation.<Escalation>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Escalation", id));
        Body body = Body.findById(e.body);
        if (body == null || !Recorders.mayRecord(body.kind, body.code, identity.getRoles(), token.getClaim("workspace"))) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Only those who record " + e.body + "'s decisions close its escalations");
        }
        IfMatch.require(ifMatch, e.version);
        if (e.status != EscalationStatus.ANSWERED) {
            throw ProblemException.conflict("Escalation " + id + " is " + e.status.name().toLowerCase()
                    + (e.status == EscalationStatus.OPEN ? "; answer it with a decision of " + e.body + " first" : ""));
        }
        escalations.close(e, closure.note());
        return Response.ok(EscalationView.of(e, Instant.now(clock))).tag(ETags.of(e.version)).build();
    }
}
