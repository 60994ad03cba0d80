package org.sendreform.governance.decision;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

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
import org.sendreform.governance.body.TaskAndFinishGroups;
import org.sendreform.governance.body.DecisionType;
import org.sendreform.governance.decision.Decision.Reference.Kind;
import org.sendreform.governance.escalation.Escalation;
import org.sendreform.governance.escalation.EscalationStatus;
import org.sendreform.governance.escalation.Escalations;
import org.sendreform.governance.meeting.Meeting;
import org.sendreform.governance.meeting.MeetingStatus;
import org.sendreform.platform.audit.AuditTrail;
import org.sendreform.platform.event.Outbox;
import org.sendreform.platform.page.Page;
import org.sendreform.platform.page.PageRequest;
import org.sendreform.platform.problem.Problem;
import org.sendreform.platform.problem.Problem.FieldError;
import org.sendreform.platform.problem.ProblemException;
import org.sendreform.platform.problem.ProblemType;
import org.sendreform.platform.query.Filters;
import org.sendreform.platform.query.QueryParameters;
import org.sendreform.platform.version.ETags;

@Path("/api/v1/decisions")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Decisions", description = "Decisions of the Board, the RDG and the workspaces, within their decision rights")
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class DecisionResource {

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    @Inject
    AuditTrail audit;

    @Inject
    Outbox outbox;

    @Inject
    Escalations escalations;

    @Inject
    TaskAndFinishGroups taskAndFinish;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @Schema(name = "DecisionPage")
    public record DecisionPage(List<DecisionView> items, int page, int size, long total) {
    }

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "listDecisions", summary = "List decisions", description = "Oldest first. Filters combine with AND.")
    @APIResponse(responseCode = "200", description = "One page of decisions; Link header has first/prev/next/last",
            content = @Content(schema = @Schema(implementation = DecisionPage.class)))
    @APIResponse(responseCode = "400", description = "A filter is not valid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response list(@Parameter(description = "Body code", example = "board") @QueryParam("body") String body,
            @Parameter(schema = @Schema(implementation = DecisionType.class)) @QueryParam("type") String typeParam,
            @Parameter(description = "A risk, measure or milestone code the decision cites or acts on", example = "R-02")
            @QueryParam("reference") String reference,
            @BeanParam @Valid PageRequest paging, @Context UriInfo uri) {
        Filters filters = new Filters().equal("body", body)
                .equal("type", QueryParameters.oneOf("type", typeParam, DecisionType.class))
                .where("id in (select d.id from Decision d join d.references r where r.code = :reference)"
                        + " or id in (select d.id from Decision d join d.rebaselines b where b.milestoneCode = :reference)",
                        "reference", reference);
        var query = filters.isEmpty() ? Decision.<Decision>findAll(Sort.by("id"))
                : Decision.<Decision>find(filters.query(), Sort.by("id"), filters.parameters());
        LocalDate today = LocalDate.now(clock);
        List<DecisionView> items = query.page(paging.page, paging.size).list().stream().map(d -> DecisionView.of(d, today)).toList();
        return new Page<>(items, paging.page, paging.size, query.count()).toResponse(uri);
    }

    @GET
    @Path("{id}")
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "getDecision", summary = "Get one decision")
    @APIResponse(responseCode = "200", description = "The decision", content = @Content(schema = @Schema(implementation = DecisionView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent in If-None-Match")
    @APIResponse(responseCode = "404", description = "No decision has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") long id, @Context Request request) {
        Decision d = Decision.<Decision>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Decision", id));
        return ETags.ok(request, d.version, () -> DecisionView.of(d, LocalDate.now(clock)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed({ "board-secretary", "rdg-member", "programme-manager", "workspace-lead", "admin" })
    @Operation(operationId = "recordDecision", summary = "Record a decision", description = """
            Records a decision of a body. Decision rights are enforced: a type the body does not hold is refused \
            (422 outside-decision-rights) naming the bodies that hold it. The Board's decisions are recorded by the \
            board secretary; the RDG's by its members or the programme manager; a workspace's by its lead or the \
            programme manager. A decision is never changed: a correction is a new decision naming it in \
            `supersedes`. ACCEPT_SYSTEM_RISK names the risks in `acceptsRisks` (risk-service accepts them); \
            RESEQUENCE_MILESTONES names the new due dates in `rebaselines` (milestones-service re-baselines them). \
            `answersEscalation` answers an open escalation before the body; an ESCALATE decision raises an escalation \
            before the body above. A retry with the same Idempotency-Key returns the first answer.""")
    @APIResponse(responseCode = "201", description = "The decision as recorded; Location names it",
            content = @Content(schema = @Schema(implementation = DecisionView.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, a wrong type or an unknown field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "You do not record this body's decisions",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The superseded decision is already superseded, or the escalation is no longer open",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Outside the body's decision rights, a field breaks a rule, or the Idempotency-Key was used for another request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response record(@Parameter(description = "1 to 200 characters; a retry with the same key returns the first answer")
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            @Valid @NotNull(message = "a body is required") DecisionRequest request, @Context UriInfo uri) {
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 200)) {
            throw ProblemException.badParameter("Idempotency-Key", "must be 1 to 200 characters");
        }
        String client = token.getClaim("azp") != null ? token.getClaim("azp") : token.getSubject();
        String hash = hash(request);
        if (idempotencyKey != null) {
            Optional<Decision> earlier = earlier(client, idempotencyKey);
            if (earlier.isPresent()) {
                if (!earlier.get().requestHash.equals(hash)) {
                    throw ProblemException.invalid("Idempotency-Key", "was used for another request");
                }
                return created(earlier.get(), uri).header("Idempotent-Replayed", "true").build();
            }
        }
        Body body = Body.<Body>findByIdOptional(request.body()).orElseThrow(() -> ProblemException.invalid("body", "no body has this code"));
        if (!Recorders.mayRecord(body.kind, body.code, identity.getRoles(), token.getClaim("workspace"))) {
            throw new ProblemException(ProblemType.FORBIDDEN, "You do not record the decisions of " + body.code);
        }
        TaskAndFinishGroups.requireWorking(body);
        DecisionRights.refusal(body.code, request.type(), rightsByBody()).ifPresent(why -> {
            throw new ProblemException(ProblemType.OUTSIDE_DECISION_RIGHTS, why, List.of(new FieldError("type", why)));
        });
        LocalDate today = LocalDate.now(clock);
        LocalDate decidedOn = request.decidedOn() != null ? request.decidedOn() : today;
        check(!decidedOn.isAfter(today), "decidedOn", "must not be in the future");
        check(request.reviewOn() == null || !request.reviewOn().isBefore(decidedOn), "reviewOn", "must be on or after decidedOn");
        List<String> accepts = request.acceptsRisks() == null ? List.of() : request.acceptsRisks();
        List<DecisionRequest.Rebaseline> rebaselines = request.rebaselines() == null ? List.of() : request.rebaselines();
        boolean accepting = request.type() == DecisionType.ACCEPT_SYSTEM_RISK;
        boolean resequencing = request.type() == DecisionType.RESEQUENCE_MILESTONES;
        check(accepting == !accepts.isEmpty(), "acceptsRisks",
                accepting ? "is required for ACCEPT_SYSTEM_RISK" : "is only for ACCEPT_SYSTEM_RISK decisions");
        check(resequencing == !rebaselines.isEmpty(), "rebaselines",
                resequencing ? "is required for RESEQUENCE_MILESTONES" : "is only for RESEQUENCE_MILESTONES decisions");
        check(new HashSet<>(accepts).size() == accepts.size(), "acceptsRisks", "names a risk twice");
        check(rebaselines.stream().map(DecisionRequest.Rebaseline::milestoneCode).distinct().count() == rebaselines.size(),
                "rebaselines", "names a milestone twice");
        boolean proposing = request.type() == DecisionType.PROPOSE_TASK_AND_FINISH;
        boolean ratifying = request.type() == DecisionType.RATIFY_TASK_AND_FINISH;
        check(proposing == (request.proposesGroup() != null), "proposesGroup",
                proposing ? "is required for PROPOSE_TASK_AND_FINISH: the group's code, name and purpose" : "is only for PROPOSE_TASK_AND_FINISH decisions");
        check(ratifying == (request.ratifiesGroup() != null), "ratifiesGroup",
                ratifying ? "is required for RATIFY_TASK_AND_FINISH: the proposed group's code" : "is only for RATIFY_TASK_AND_FINISH decisions");
        if (proposing) {
            TaskAndFinishGroups.requireNew(request.proposesGroup().code());
        }
        Body ratified = ratifying ? TaskAndFinishGroups.ratifiable(request.ratifiesGroup()) : null;
        Decision superseded = request.supersedes() == null ? null : superseded(request.supersedes(), body.code);
        Escalation answered = request.answersEscalation() == null ? null : openEscalation(request.answersEscalation(), body.code);
        if (request.meeting() != null) {
            Meeting meeting = Meeting.<Meeting>findByIdOptional(request.meeting())
                    .orElseThrow(() -> ProblemException.invalid("meeting", "no meeting has this id"));
            check(meeting.body.equals(body.code), "meeting", "is a meeting of " + meeting.body + ", not " + body.code);
            check(meeting.status != MeetingStatus.CANCELLED, "meeting", "was cancelled");
        }
        String above = body.parentCode;
        check(request.type() != DecisionType.ESCALATE || above != null, "type", body.code + " has no body above it to escalate to");

        Decision d = new Decision();
        d.body = body.code;
        d.type = request.type();
        d.statement = request.statement();
        d.rationale = request.rationale();
        d.decidedOn = decidedOn;
        d.reviewOn = request.reviewOn();
        d.supersedes = request.supersedes();
        d.answersEscalation = request.answersEscalation();
        d.meetingId = request.meeting();
        d.recordedBy = audit.caller().name();
        d.idempotencyClient = idempotencyKey == null ? null : client;
        d.idempotencyKey = idempotencyKey;
        d.requestHash = hash;
        DecisionRequest.Evidence evidence = request.evidence();
        if (evidence != null) {
            references(d, Kind.EVIDENCE_MEASURE, evidence.measures());
            references(d, Kind.EVIDENCE_RISK, evidence.risks());
            references(d, Kind.EVIDENCE_MILESTONE, evidence.milestones());
        }
        references(d, Kind.ACCEPTS_RISK, accepts);
        rebaselines.forEach(r -> d.rebaselines.add(new Decision.Rebaseline(r.milestoneCode(), r.dueDate())));
        d.persist();
        d.flush();
        if (proposing) {
            DecisionRequest.GroupProposal g = request.proposesGroup();
            taskAndFinish.propose(body.code, d.id, g.code(), g.name(), g.purpose(), g.chairRole());
            d.taskAndFinishGroup = g.code();
        } else if (ratified != null) {
            taskAndFinish.ratify(ratified, d.id);
            d.taskAndFinishGroup = ratified.code;
        }
        d.flush(); // before the refresh below
        if (superseded != null) {
            DecisionView before = DecisionView.of(superseded, today);
            superseded.supersededBy = d.id;
            superseded.flush();
            audit.record("decision", superseded.id.toString(), "SUPERSEDED", before, DecisionView.of(superseded, today));
        }
        Long continuedAs = null;
        if (d.type == DecisionType.ESCALATE) {
            continuedAs = escalations.raiseByDecision(above, body.code, answered != null ? answered.riskCode : null,
                    answered != null ? answered.title : d.statement, d.statement, d.recordedBy).id;
        }
        if (answered != null) {
            escalations.answer(answered, d.id, continuedAs);
        }
        Decision.getEntityManager().refresh(d); // recorded_at is the database's
        DecisionView view = DecisionView.of(d, today);
        audit.record("decision", d.id.toString(), "RECORDED", null, view);
        outbox.publish(DecisionRecorded.TYPE, "decision", d.id.toString(), d.body + "/" + d.type,
                new DecisionRecorded(d.id, d.body, d.type, d.statement, d.decidedOn, view.acceptsRisks(), view.rebaselines(),
                        view.evidence().measures(), view.evidence().risks(), view.evidence().milestones(), d.supersedes,
                        d.answersEscalation, d.recordedBy));
        return created(d, uri).build();
    }

    private Response.ResponseBuilder created(Decision d, UriInfo uri) {
        return Response.created(uri.getBaseUriBuilder().path("api/v1/decisions").path(d.id.toString()).build())
                .entity(DecisionView.of(d, LocalDate.now(clock))).tag(ETags.of(d.version));
    }

    /** Concurrent retries of one key are serialised by a transaction-scoped advisory lock, so one is stored. */
    private Optional<Decision> earlier(String client, String key) {
        Decision.getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtext(?1))")
                .setParameter(1, "decision\n" + client + "\n" + key).getSingleResult();
        return Decision.find("idempotencyClient = ?1 and idempotencyKey = ?2", client, key).firstResultOptional();
    }

    private static Decision superseded(long id, String body) {
        Decision old = Decision.<Decision>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.invalid("supersedes", "no decision has this id"));
        check(old.body.equals(body), "supersedes", "is a decision of " + old.body + "; a body corrects only its own decisions");
        if (old.supersededBy != null) {
            throw ProblemException.conflict("Decision " + id + " is already superseded by decision " + old.supersededBy);
        }
        return old;
    }

    private static Escalation openEscalation(long id, String body) {
        Escalation e = Escalation.<Escalation>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.invalid("answersEscalation", "no escalation has this id"));
        check(e.body.equals(body), "answersEscalation", "is before " + e.body + ", not " + body);
        if (e.status != EscalationStatus.OPEN) {
            throw ProblemException.conflict("Escalation " + id + " is " + e.status.name().toLowerCase() + ", not open");
        }
        return e;
    }

    private static Map<String, Set<DecisionType>> rightsByBody() {
        Map<String, Set<DecisionType>> rights = new HashMap<>();
        Body.<Body>listAll().forEach(b -> rights.put(b.code, b.decisionRights.stream().map(r -> r.decisionType)
                .collect(java.util.stream.Collectors.toSet())));
        return rights;
    }

    private static void references(Decision d, Kind kind, List<String> codes) {
        if (codes != null) {
            codes.stream().distinct().forEach(code -> d.references.add(new Decision.Reference(kind, code)));
        }
    }

    private static void check(boolean ok, String field, String message) {
        if (!ok) {
            throw ProblemException.invalid(field, message);
        }
    }

    private String hash(DecisionRequest request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json.writeValueAsString(request).getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
