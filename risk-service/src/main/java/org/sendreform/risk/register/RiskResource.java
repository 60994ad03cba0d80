package org.sendreform.risk.register;

import java.util.List;
import java.util.Set;

import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
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

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.panache.common.Sort;
import io.quarkus.security.identity.SecurityIdentity;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.sendreform.platform.patch.MergePatch;
import org.sendreform.platform.problem.FieldErrors;
import org.sendreform.platform.access.WorkspaceScope;
import org.sendreform.platform.audit.AuditTrail;
import org.sendreform.platform.event.Outbox;
import org.sendreform.platform.version.IfMatch;
import org.sendreform.risk.escalation.EscalationRoute;
import org.sendreform.risk.escalation.Escalations;
import org.sendreform.risk.review.RiskReview;
import org.sendreform.risk.review.Reviews;
import org.sendreform.risk.scoring.Scale;
import org.sendreform.risk.scoring.ScoringMatrix;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sendreform.platform.page.Page;
import org.sendreform.platform.page.PageRequest;
import org.sendreform.platform.problem.Problem;
import org.sendreform.platform.problem.ProblemException;
import org.sendreform.platform.query.Filters;
import org.sendreform.platform.query.QueryParameters;
import org.sendreform.platform.version.ETags;
import org.sendreform.risk.scoring.Rag;

@Path("/api/v1/risks")
@Produces(MediaType.APPLICATION_JSON)
// the register is for the partnership's people and analytics; partner systems read none of it (issue 5)
@RolesAllowed({ "programme-manager", "workspace-lead", "rdg-member", "board-member", "board-secretary", "return-signatory", "admin", "analytics-reader" })
@Tag(name = "Risks", description = "The partnership's risk register")
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Partner systems do not read the risk register; writes need the roles named",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class RiskResource {

    /** Roles that re-score and review any body's risks; a workspace lead only their workspace's. */
    public static final Set<String> WIDER_ROLES = Set.of("programme-manager", "rdg-member", "board-member", "admin");
    /** Roles that raise and edit any body's risks and their mitigations; a workspace lead only their workspace's. */
    public static final Set<String> EDITOR_ROLES = Set.of("programme-manager", "rdg-member", "admin");

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    @Inject
    AuditTrail audit;

    @Inject
    Escalations escalations;

    @Inject
    RiskAnnouncements announcements;

    @Inject
    Reviews reviews;

    @Inject
    Outbox outbox;

    /** The shape of a page of this register, for the OpenAPI document (the body is a {@link Page}). */
    @Schema(name = "RiskPage")
    public record RiskPage(List<RiskView> items, int page, int size, long total) {
    }

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "listRisks", summary = "List risks", description = "Ordered by code. Filters combine with AND.")
    @APIResponse(responseCode = "200", description = "One page of risks; Link header has first/prev/next/last",
            content = @Content(schema = @Schema(implementation = RiskPage.class)))
    @APIResponse(responseCode = "400", description = "A filter is not valid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response list(
            @Parameter(schema = @Schema(implementation = Category.class)) @QueryParam("category") String categoryParam,
            @Parameter(description = "Owning body code", example = "board") @QueryParam("body") String body,
            @Parameter(schema = @Schema(implementation = RiskStatus.class)) @QueryParam("status") String statusParam,
            @Parameter(description = "Assessed RAG", schema = @Schema(implementation = Rag.class)) @QueryParam("rag") String ragParam,
            @Parameter(description = "Residual RAG", schema = @Schema(implementation = Rag.class)) @QueryParam("residualRag") String residualParam,
            @BeanParam @Valid PageRequest paging,
            @Context UriInfo uri) {
        Filters filters = filters(categoryParam, body, statusParam, ragParam, residualParam);
        var query = filters.isEmpty()
                ? Risk.<Risk>findAll(Sort.by("code"))
                : Risk.<Risk>find(filters.query(), Sort.by("code"), filters.parameters());
        List<RiskView> items = query.page(paging.page, paging.size).list().stream().map(RiskView::of).toList();
        return new Page<>(items, paging.page, paging.size, query.count()).toResponse(uri);
    }

    /** The list's filters (query parameters category, body, status, rag, residualRag), shared with the CSV export. */
    public static Filters filters(String categoryParam, String body, String statusParam, String ragParam, String residualParam) {
        return new Filters()
                .equal("category", QueryParameters.oneOf("category", categoryParam, Category.class))
                .equal("owningBody", body)
                .equal("status", QueryParameters.oneOf("status", statusParam, RiskStatus.class))
                .equal("assessedRag", QueryParameters.oneOf("rag", ragParam, Rag.class))
                .equal("residualRag", QueryParameters.oneOf("residualRag", residualParam, Rag.class));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed({ "programme-manager", "workspace-lead", "rdg-member", "admin" })
    @Operation(operationId = "raiseRisk", summary = "Raise a risk", description = """
            Enters a new risk in the register with its first scoring: the assessed RAG is stored as entered, the matrix \
            RAG is computed beside it and a departure is flagged (this first scoring starts GET .../scores). Its first \
            review falls due at the frequency fixed for it, or else the one its assessed RAG calls for. A risk in a \
            mandatory-escalation category (statutory compliance, significant financial, sufficiency, partnership \
            failure) raised below the Board moves straight to the Board, as the terms of reference require \
            (risk-escalated, reason MANDATORY_CATEGORY). Publishes risk-raised. A workspace lead may raise risks only \
            for their own workspace. Location is the new risk; the ETag its version.""")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NewRisk.class),
            examples = @ExampleObject(name = "a workspace risk", value = """
                    {"code": "R-09", "title": "Specialist Base staffing not ready for September openings",
                     "description": "Staff for the new Specialist Bases are not recruited and trained in time for their September openings.",
                     "cause": "Recruitment starts after capital completion", "event": "Bases open without a full staff team",
                     "effect": "Places held back; children wait longer for a local place", "category": "WORKFORCE",
                     "owner": "Head of SEND Sufficiency", "owningBody": "capital-sufficiency", "impact": "HIGH", "likelihood": "MEDIUM",
                     "assessedRag": "AMBER", "residualRag": "AMBER_GREEN", "targetRag": "GREEN",
                     "milestones": ["M-CS-Q2-02"], "measures": ["PLACES-SB"], "dependencies": ["D-02", "D-05"]}""")))
    @APIResponse(responseCode = "201", description = "The risk as raised (and moved, for a mandatory category), with its ETag",
            content = @Content(schema = @Schema(implementation = RiskView.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, a wrong type or an unknown field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Your role (or workspace) may not raise a risk for this body",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A risk with this code exists",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A field is missing or breaks a rule (a level not on the scale, an AMBER_GREEN assessed RAG, "
            + "the Health and Wellbeing Board as owner, an unknown dependency, a code twice); errors[] names each",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@Valid @NotNull(message = "a body is required") NewRisk request, @Context UriInfo uri) {
        WorkspaceScope.require(identity, token, EDITOR_ROLES, request.owningBody(), "risks");
        Scale scale = request.scale() != null ? request.scale() : Scale.HIGH_MEDIUM_LOW;
        FieldErrors errors = new FieldErrors();
        String impact = level(scale, "impact", request.impact(), errors);
        String likelihood = level(scale, "likelihood", request.likelihood(), errors);
        assessed(request.assessedRag(), errors);
        errors.check(EscalationRoute.level(request.owningBody()) <= EscalationRoute.level(EscalationRoute.BOARD), "owningBody",
                "a risk is owned by a workspace, the RDG or the Board; the Health and Wellbeing Board only receives escalations");
        List<Risk.Link> links = RiskLinks.of(request.milestones(), request.measures(), request.dependencies(), errors);
        errors.throwIfAny();
        String code = request.code();
        Risk.getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtext(?1))").setParameter(1, "risk " + code)
                .getSingleResult();
        if (Risk.count("code", code) > 0) {
            throw ProblemException.conflict("Risk " + code + " already exists; change it with PATCH /api/v1/risks/" + code);
        }
        Risk risk = new Risk();
        risk.code = code;
        risk.title = request.title();
        risk.description = request.description();
        risk.cause = request.cause();
        risk.event = request.event();
        risk.effect = request.effect();
        risk.category = request.category();
        risk.owner = request.owner();
        risk.owningBody = request.owningBody();
        risk.status = RiskStatus.OPEN;
        risk.scale = scale;
        risk.inherentImpact = impact;
        risk.inherentLikelihood = likelihood;
        risk.assessedRag = request.assessedRag();
        risk.residualRag = request.residualRag();
        risk.targetRag = request.targetRag();
        risk.reviewFrequencyFixed = request.reviewFrequency() != null;
        risk.reviewFrequency = request.reviewFrequency();
        risk.links.addAll(links);
        reviews.schedule(risk, reviews.today());
        risk.persist();
        String who = audit.caller().name();
        score(risk, scale, impact, likelihood, risk.assessedRag, risk.residualRag, risk.targetRag, "As first assessed when raised", who);
        risk.flush();
        audit.record("risk", code, "RAISED", null, RiskView.of(risk));
        outbox.publish(RiskRaised.TYPE, "risk", code, code, RiskRaised.of(risk, who));
        escalations.mandatory(risk, "Raised with " + request.owningBody());
        risk.flush();
        announcements.announce(risk);
        return Response.created(uri.getBaseUriBuilder().path("api/v1/risks").path(code).build())
                .entity(RiskView.of(risk)).tag(ETags.of(risk.version)).build();
    }

    @PATCH
    @Path("{code}")
    @Consumes({ MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON })
    @Transactional
    @RolesAllowed({ "programme-manager", "workspace-lead", "rdg-member", "admin" })
    @Operation(operationId = "updateRisk", summary = "Update a risk (JSON merge patch)", description = """
            Send only the fields to change (null clears one): title, description, cause, event, effect, category, \
            owner, reviewFrequency (null: follow the assessed RAG again; the next review date is worked out again from \
            the last review), and the links milestones, measures and dependencies (each list replaces the one held). \
            Status, owning body, scores and what rules set are refused with 422 naming the field: they change by \
            escalation, re-score, review or Board decision. A risk re-categorised into a mandatory-escalation category \
            moves to the Board (unless accepted). If-Match with the risk's ETag is required. A workspace lead may \
            change only their workspace's risks.""")
    @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = Object.class),
            examples = @ExampleObject(name = "owner and links", value = """
                    {"owner": "Head of SEND Sufficiency", "measures": ["PLACES-SB", "PLACES-SEMH"], "reviewFrequency": "MONTHLY"}""")))
    @APIResponse(responseCode = "200", description = "The risk as changed, with its new ETag",
            content = @Content(schema = @Schema(implementation = RiskView.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON or an unknown field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Your role (or workspace) may not change this risk",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No risk has this code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The risk is closed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "The risk changed since you read it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A field may not be changed here, or a value breaks a rule; errors[] names each",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response update(@Parameter(example = "R-05") @PathParam("code") String code, @HeaderParam("If-Match") String ifMatch,
            JsonNode patch) {
        Risk risk = Risk.lockedByCode(code);
        WorkspaceScope.require(identity, token, EDITOR_ROLES, risk.owningBody, "risks");
        IfMatch.require(ifMatch, risk.version);
        RiskView before = RiskView.of(risk);
        long version = risk.version;
        Category category = risk.category;
        if (RiskUpdate.apply(risk, patch)) {
            reviews.reschedule(risk);
        }
        risk.flush();
        if (risk.version == version) {
            return Response.ok(before).tag(ETags.of(version)).build(); // nothing changed
        }
        audit.record("risk", code, "UPDATED", before, RiskView.of(risk));
        if (risk.category != category && risk.status != RiskStatus.ACCEPTED) {
            escalations.mandatory(risk, "Re-categorised from " + category + " to " + risk.category);
            risk.flush();
        }
        announcements.announce(risk);
        return Response.ok(RiskView.of(risk)).tag(ETags.of(risk.version)).build();
    }

    @POST
    @Path("{code}/scores")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed({ "programme-manager", "workspace-lead", "rdg-member", "board-member", "admin" })
    @Operation(operationId = "rescoreRisk", summary = "Re-score a risk", description = """
            Records a new scoring (impact, likelihood, assessed RAG as the partnership judges it, residual and target             RAG, and why). The matrix RAG is computed beside it and a departure is flagged, never corrected. \
            The escalation rules then apply: a risk in a mandatory-escalation category moves to the Board; a residual \
            RAG that rises to or stays Red moves the risk one level up the route (see GET .../escalations). \
            A re-score counts as a review: it sets the last and next review dates and answers waiting signals. \
            If-Match with the risk's ETag is required. A workspace lead may re-score only their workspace's risks.""")
    @APIResponse(responseCode = "201", description = "The risk as now scored, with its new ETag",
            content = @Content(schema = @Schema(implementation = RiskView.class)))
    @APIResponse(responseCode = "403", description = "Your role (or workspace) may not re-score this risk",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No risk has this code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The risk is closed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "The risk changed since you read it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A level is not on the scale, the assessed RAG is AMBER_GREEN, or a field is missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response rescore(@PathParam("code") String code, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "a body is required") RescoreRequest request, @Context UriInfo uri) {
        Risk risk = Risk.lockedByCode(code);
        WorkspaceScope.require(identity, token, WIDER_ROLES, risk.owningBody, "risks");
        IfMatch.require(ifMatch, risk.version);
        if (risk.status == RiskStatus.CLOSED) {
            throw ProblemException.conflict("Risk " + code + " is closed; reopen it before re-scoring");
        }
        Scale scale = request.scale() != null ? request.scale() : risk.scale;
        FieldErrors errors = new FieldErrors();
        String impact = level(scale, "impact", request.impact(), errors);
        String likelihood = level(scale, "likelihood", request.likelihood(), errors);
        assessed(request.assessedRag(), errors);
        errors.throwIfAny();
        RiskView before = RiskView.of(risk);
        Rag residualBefore = risk.residualRag;
        Rag assessedBefore = risk.assessedRag;
        if (RiskScore.count("riskId", risk.id) == 0) {
            score(risk, risk.scale, risk.inherentImpact, risk.inherentLikelihood, risk.assessedRag, risk.residualRag,
                    risk.targetRag, "As first assessed in the register", "register");
        }
        risk.scale = scale;
        risk.inherentImpact = impact;
        risk.inherentLikelihood = likelihood;
        risk.assessedRag = request.assessedRag();
        risk.residualRag = request.residualRag();
        risk.targetRag = request.targetRag();
        String who = audit.caller().name();
        score(risk, scale, impact, likelihood, request.assessedRag(), request.residualRag(), request.targetRag(),
                request.rationale(), who);
        reviews.record(risk, RiskReview.Kind.RESCORE, request.rationale(), false, who);
        risk.flush();
        audit.record("risk", code, "RESCORED", before, RiskView.of(risk));
        Rag matrix = ScoringMatrix.rag(scale, impact, likelihood);
        outbox.publish(RiskRescored.TYPE, "risk", code, code, new RiskRescored(code, scale, impact, likelihood, risk.assessedRag, matrix,
                matrix != risk.assessedRag, risk.residualRag, risk.targetRag, assessedBefore, residualBefore, request.rationale(), who,
                risk.version));
        escalations.afterRescore(risk, residualBefore, request.rationale());
        risk.flush();
        announcements.announce(risk);
        RiskView after = RiskView.of(risk);
        return Response.created(uri.getBaseUriBuilder().path("api/v1/risks").path(code).path("scores").build())
                .entity(after).tag(ETags.of(risk.version)).build();
    }

    @GET
    @Path("{code}/scores")
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "listRiskScores", summary = "A risk's scoring history", description = "Oldest first; empty until the first re-score, which also records the score as first assessed.")
    @APIResponse(responseCode = "200", description = "The scorings")
    @APIResponse(responseCode = "404", description = "No risk has this code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<ScoreView> scores(@PathParam("code") String code) {
        Risk risk = Risk.byCode(code);
        return RiskScore.<RiskScore>list("riskId", Sort.by("id"), risk.id).stream().map(ScoreView::of).toList();
    }

    @Schema(name = "RiskScore")
    public record ScoreView(Scale scale, String impact, String likelihood, int score, Rag assessedRag, Rag matrixRag,
            boolean departsFromMatrix, Rag residualRag, Rag targetRag, String rationale, String scoredBy, java.time.Instant scoredAt) {
        static ScoreView of(RiskScore s) {
            return new ScoreView(s.scale, s.impact, s.likelihood, s.score, s.assessedRag, s.matrixRag, s.assessedRag != s.matrixRag,
                    s.residualRag, s.targetRag, s.rationale, s.scoredBy, s.scoredAt);
        }
    }

    /** The level as the scale writes it, or null with the problem added to {@code errors}. */
    private static String level(Scale scale, String field, String value, FieldErrors errors) {
        try {
            return scale.levels().get(scale.rank(value) - 1);
        } catch (IllegalArgumentException e) {
            errors.add(field, e.getMessage());
            return null;
        }
    }

    /** The assessed RAG is Red, Amber or Green; the plan's Amber/Green is a residual or target rating only. */
    private static void assessed(Rag rag, FieldErrors errors) {
        errors.check(rag != Rag.AMBER_GREEN, "assessedRag", "must be RED, AMBER or GREEN (AMBER_GREEN is for residual and target RAGs)");
    }

    private static void score(Risk risk, Scale scale, String impact, String likelihood, Rag assessed, Rag residual, Rag target,
            String rationale, String by) {
        RiskScore s = new RiskScore();
        s.riskId = risk.id;
        s.scale = scale;
        s.impact = impact;
        s.likelihood = likelihood;
        s.assessedRag = assessed;
        s.matrixRag = ScoringMatrix.rag(scale, impact, likelihood);
        s.score = ScoringMatrix.score(scale, impact, likelihood);
        s.residualRag = residual;
        s.targetRag = target;
        s.rationale = rationale;
        s.scoredBy = by;
        s.persist();
    }

    @GET
    @Path("{code}/history")
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "getRiskHistory", summary = "A risk's history", description = "Every change (raised, edits, re-scores, reviews, mitigations, escalations, de-escalations, acceptance), oldest first: who, when, before and after.")
    @APIResponse(responseCode = "200", description = "The changes")
    @APIResponse(responseCode = "404", description = "No risk has this code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<AuditTrail.Entry> history(@Parameter(example = "R-05") @PathParam("code") String code) {
        if (Risk.count("code", code) == 0) {
            throw ProblemException.notFound("Risk", code);
        }
        return audit.history("risk", code);
    }

    @GET
    @Path("{code}")
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "getRisk", summary = "Get one risk with its scoring, mitigations and links")
    @APIResponse(responseCode = "200", description = "The risk",
            content = @Content(schema = @Schema(implementation = RiskView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent in If-None-Match")
    @APIResponse(responseCode = "404", description = "No risk has this code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@Parameter(example = "R-01") @PathParam("code") String code, @Context Request request) {
        Risk risk = Risk.byCode(code);
        return ETags.ok(request, risk.version, () -> RiskView.of(risk));
    }
}
