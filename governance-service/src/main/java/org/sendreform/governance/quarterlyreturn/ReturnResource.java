package org.sendreform.governance.quarterlyreturn;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
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
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.panache.common.Sort;
import io.quarkus.security.Authenticated;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sendreform.platform.audit.AuditTrail;
import org.sendreform.platform.event.Outbox;
import org.sendreform.platform.period.Period;
import org.sendreform.platform.problem.Problem;
import org.sendreform.platform.problem.ProblemException;
import org.sendreform.platform.problem.ProblemType;
import org.sendreform.platform.version.ETags;
import org.sendreform.platform.version.IfMatch;

@Path("/api/v1/returns")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Quarterly returns", description = "The DfE quarterly return: assembled, signed off by the council, the ICB and the parent carer forum, frozen")
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ReturnResource {

    @Inject
    Returns returns;

    @Inject
    AuditTrail audit;

    @Inject
    Outbox outbox;

    @Inject
    ObjectMapper json;

    @Inject
    JsonWebToken token;

    @Inject
    io.quarkus.security.identity.SecurityIdentity identity;

    @Inject
    Clock clock;

    @ConfigProperty(name = "send.return.party.council")
    String councilOrg;

    @ConfigProperty(name = "send.return.party.icb")
    String icbOrg;

    @ConfigProperty(name = "send.return.party.pcf")
    String pcfOrg;

    @Schema(name = "ReturnRequest")
    public record ReturnRequest(@NotBlank(message = "is required") @Schema(required = true, example = "FY2026-27-Q2") String quarter) {
    }

    @Schema(name = "QuarterlyReturn")
    public record ReturnView(long id, @Schema(example = "FY2026-27-Q2") String quarter, QuarterlyReturn.Status status,
            @Schema(description = "Parties still to sign") List<Party> awaiting, List<SignatureView> signatures, String createdBy,
            Instant createdAt, Instant signedOffAt, ReturnContent content, long version) {
    }

    @Schema(name = "ReturnSignature")
    public record SignatureView(Party party, String organisation, String signedBy, Instant signedAt) {
    }

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "listReturns", summary = "List quarterly returns", description = """
            Newest quarter first. Partner systems and analytics see the signed-off returns only (drafts are the \
            partnership's work in progress).""")
    @APIResponse(responseCode = "200", description = "The returns")
    public List<ReturnView> list() {
        boolean drafts = ofThePartnership();
        return QuarterlyReturn.<QuarterlyReturn>listAll(Sort.descending("quarter")).stream()
                .filter(r -> drafts || r.status == QuarterlyReturn.Status.SIGNED_OFF).map(this::view).toList();
    }

    /** People of the partnership read drafts; partner systems and analytics read what is signed off. */
    private boolean ofThePartnership() {
        return identity.getRoles().stream().anyMatch(PEOPLE::contains);
    }

    private static final java.util.Set<String> PEOPLE = java.util.Set.of("programme-manager", "workspace-lead", "rdg-member",
            "board-member", "board-secretary", "return-signatory", "admin");

    @GET
    @Path("{id}")
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "getReturn", summary = "Get a quarterly return")
    @APIResponse(responseCode = "200", description = "The return", content = @Content(schema = @Schema(implementation = ReturnView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent in If-None-Match")
    @APIResponse(responseCode = "404", description = "No return has this id (for partner systems and analytics: no signed-off one)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") long id, @Context Request request) {
        QuarterlyReturn r = QuarterlyReturn.<QuarterlyReturn>findByIdOptional(id)
                .filter(found -> found.status == QuarterlyReturn.Status.SIGNED_OFF || ofThePartnership())
                .orElseThrow(() -> ProblemException.notFound("Return", id));
        return ETags.ok(request, r.version, () -> view(r));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed({ "programme-manager", "admin" })
    @Operation(operationId = "createReturn", summary = "Draft the quarterly return for a financial quarter", description = """
            Assembles the return from governance's read models: milestones due in the quarter and whether they were \
            achieved, each measure's latest period by the quarter's end against its trajectory, and the principal \
            risks. One return per quarter; the quarter must have begun.""")
    @APIResponse(responseCode = "201", description = "The draft return; Location names it",
            content = @Content(schema = @Schema(implementation = ReturnView.class)))
    @APIResponse(responseCode = "403", description = "Only the programme manager (or an admin) drafts returns",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The quarter already has a return",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Not a financial quarter, or one that has not begun",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@Valid @NotNull(message = "a body is required") ReturnRequest request, @Context UriInfo uri) {
        Period quarter = quarter(request.quarter());
        if (QuarterlyReturn.count("quarter", quarter.code()) > 0) {
            throw ProblemException.conflict(quarter.code() + " already has a return");
        }
        QuarterlyReturn r = new QuarterlyReturn();
        r.quarter = quarter.code();
        r.status = QuarterlyReturn.Status.DRAFT;
        r.content = write(returns.assemble(quarter));
        r.createdBy = audit.caller().name();
        r.persist();
        r.flush();
        QuarterlyReturn.getEntityManager().refresh(r);
        ReturnView view = view(r);
        audit.record("return", r.id.toString(), "DRAFTED", null, Map.of("quarter", r.quarter));
        return Response.created(uri.getBaseUriBuilder().path("api/v1/returns").path(r.id.toString()).build()).entity(view)
                .tag(ETags.of(r.version)).build();
    }

    @POST
    @Path("{id}/refresh")
    @Transactional
    @RolesAllowed({ "programme-manager", "admin" })
    @Operation(operationId = "refreshReturn", summary = "Re-assemble a draft return nobody has signed yet", description = """
            Takes in what the read models have learnt since the draft was made. Once anyone has signed, the content \
            they signed stays as it is. If-Match with the return's ETag is required.""")
    @APIResponse(responseCode = "200", description = "The return, re-assembled, with its new ETag",
            content = @Content(schema = @Schema(implementation = ReturnView.class)))
    @APIResponse(responseCode = "403", description = "Only the programme manager (or an admin) refreshes returns",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No return has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Someone has signed it already, or it is signed off",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "The return changed since you read it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response refresh(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
        QuarterlyReturn r = locked(id);
        IfMatch.require(ifMatch, r.version);
        if (!r.signatures.isEmpty()) {
            throw ProblemException.conflict("Return " + id + " has signatures: what they signed does not change");
        }
        r.content = write(returns.assemble(Period.parse(r.quarter)));
        r.flush();
        audit.record("return", r.id.toString(), "REFRESHED", null, Map.of("quarter", r.quarter));
        return Response.ok(view(r)).tag(ETags.of(r.version)).build();
    }

    @POST
    @Path("{id}/signatures")
    @Transactional
    @RolesAllowed("return-signatory")
    @Operation(operationId = "signReturn", summary = "Sign the return for your organisation", description = """
            A signatory (role return-signatory) signs for the partner their organisation (token claim org) is: the \
            council, the ICB or the parent carer forum, once each. When all three have signed, the return is signed \
            off and frozen, and return-signed-off asks metrics-service to lock the quarter's periods. If-Match with \
            the return's ETag is required.""")
    @APIResponse(responseCode = "201", description = "The return with the signature, and its new ETag",
            content = @Content(schema = @Schema(implementation = ReturnView.class)))
    @APIResponse(responseCode = "403", description = "Not a signatory, or your organisation is not a signing partner",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No return has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Your organisation has signed already, or the return is signed off",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "The return changed since you read it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response sign(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, @Context UriInfo uri) {
        QuarterlyReturn r = locked(id);
        String org = token.getClaim("org");
        Party party = SignOff.partyOf(org, organisations()).orElseThrow(() -> new ProblemException(ProblemType.FORBIDDEN,
                "Organisation " + org + " does not sign the quarterly return; the signing partners are " + organisations().values()));
        IfMatch.require(ifMatch, r.version);
        if (r.status == QuarterlyReturn.Status.SIGNED_OFF) {
            throw ProblemException.conflict("Return " + id + " is signed off and frozen");
        }
        if (r.signatures.stream().anyMatch(s -> s.party == party)) {
            throw ProblemException.conflict(party + " has signed return " + id + " already");
        }
        QuarterlyReturn.Signature s = new QuarterlyReturn.Signature();
        s.party = party;
        s.organisation = org;
        s.signedBy = audit.caller().name();
        s.signedAt = Instant.now(clock);
        r.signatures.add(s);
        Set<Party> signed = r.signatures.stream().map(x -> x.party).collect(Collectors.toSet());
        boolean complete = SignOff.complete(signed);
        if (complete) {
            r.status = QuarterlyReturn.Status.SIGNED_OFF;
            r.signedOffAt = s.signedAt;
        }
        r.flush();
        audit.record("return", r.id.toString(), complete ? "SIGNED_OFF" : "SIGNED", null, Map.of("party", party.name(), "quarter", r.quarter));
        if (complete) {
            Period quarter = Period.parse(r.quarter);
            outbox.publish(ReturnSignedOff.TYPE, "return", r.id.toString(), r.quarter, new ReturnSignedOff(r.id, r.quarter, quarter.start(),
                    quarter.end(), r.signatures.stream().sorted(Comparator.comparing(x -> x.party)).map(x -> x.party + ": " + x.signedBy).toList()));
        }
        return Response.created(uri.getBaseUriBuilder().path("api/v1/returns").path(r.id.toString()).build()).entity(view(r))
                .tag(ETags.of(r.version)).build();
    }

    private Map<Party, String> organisations() {
        Map<Party, String> orgs = new EnumMap<>(Party.class);
        orgs.put(Party.COUNCIL, councilOrg);
        orgs.put(Party.ICB, icbOrg);
        orgs.put(Party.PCF, pcfOrg);
        return orgs;
    }

    private Period quarter(String code) {
        Period quarter;
        try {
            quarter = Period.parse(code);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("quarter", e.getMessage());
        }
        if (quarter.kind() != Period.Kind.FINANCIAL_QUARTER) {
            throw ProblemException.invalid("quarter", "must be a financial quarter like FY2026-27-Q2");
        }
        if (quarter.start().isAfter(LocalDate.now(clock))) {
            throw ProblemException.invalid("quarter", quarter.code() + " has not begun");
        }
        return quarter;
    }

    private static QuarterlyReturn locked(long id) {
        return QuarterlyReturn.<QuarterlyReturn>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Return", id));
    }

    private ReturnView view(QuarterlyReturn r) {
        Set<Party> signed = r.signatures.stream().map(s -> s.party).collect(Collectors.toSet());
        try {
            return new ReturnView(r.id, r.quarter, r.status, java.util.Arrays.stream(Party.values()).filter(p -> !signed.contains(p)).toList(),
                    r.signatures.stream().sorted(Comparator.comparing(s -> s.party))
                            .map(s -> new SignatureView(s.party, s.organisation, s.signedBy, s.signedAt)).toList(),
                    r.createdBy, r.createdAt, r.signedOffAt, json.readValue(r.content, ReturnContent.class), r.version);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("return " + r.id + " cannot be read", e);
        }
    }

    private String write(ReturnContent content) {
        try {
            return json.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
