package org.sendreform.risk.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

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
import org.sendreform.risk.register.Risk;
import org.sendreform.risk.register.RiskAnnouncements;
import org.sendreform.risk.register.RiskResource;
import org.sendreform.risk.register.RiskStatus;
import org.sendreform.risk.register.RiskView;
import org.sendreform.risk.scoring.Rag;

@Path("/api/v1/risks/{code}/reviews")
@Produces(MediaType.APPLICATION_JSON)
// the register is for the partnership's people and analytics; partner systems read none of it (issue 5)
@RolesAllowed({ "programme-manager", "workspace-lead", "rdg-member", "board-member", "board-secretary", "return-signatory", "admin", "analytics-reader" })
@Tag(name = "Reviews", description = "Each risk reviewed at a frequency set by its RAG; overdue reviews")
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Partner systems do not read the risk register; writes need the roles named",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ReviewResource {

    @Inject
    Reviews reviews;

    @Inject
    AuditTrail audit;

    @Inject
    RiskAnnouncements announcements;

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    @Schema(name = "RiskReview", description = "A review of a risk, or a re-score (which counts as one)")
    public record ReviewView(long id, RiskReview.Kind kind, String outcome,
            @Schema(description = "The review confirmed the scores unchanged") boolean scoresUnchanged,
            @Schema(description = "The assessed RAG at the review") Rag assessedRag, Rag residualRag,
            @Schema(description = "Signals on the risk this review answered") int signalsAnswered,
            @Schema(example = "workspace.lead") String reviewedBy, LocalDate reviewedOn, Instant reviewedAt,
            @Schema(description = "The next review date it set") LocalDate nextReviewDate) {
        static ReviewView of(RiskReview r) {
            return new ReviewView(r.id, r.kind, r.outcome, r.scoresUnchanged, r.assessedRag, r.residualRag, r.signalsAnswered,
                    r.reviewedBy, r.reviewedOn, r.reviewedAt, r.nextReviewDate);
        }
    }

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "listRiskReviews", summary = "A risk's reviews", description = "Reviews and re-scores, oldest first.")
    @APIResponse(responseCode = "200", description = "The reviews")
    @APIResponse(responseCode = "404", description = "No risk has this code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<ReviewView> list(@Parameter(example = "R-06") @PathParam("code") String code) {
        Risk risk = Risk.byCode(code);
        return RiskReview.<RiskReview>list("riskId", Sort.by("id"), risk.id).stream().map(ReviewView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed({ "programme-manager", "workspace-lead", "rdg-member", "board-member", "admin" })
    @Operation(operationId = "reviewRisk", summary = "Record a review of a risk", description = """
            Records that the risk was reviewed today by you (the token's user), with the outcome and whether the scores \
            stand unchanged (to change them, re-score instead: a re-score is a review too). The last review date \
            becomes today and the next one follows at the risk's review frequency. The signals waiting on the risk \
            (each proposes a review) are answered by it. If-Match with the risk's ETag is required. The same roles \
            review as re-score; a workspace lead only their workspace's risks. Location is the risk's reviews.""")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReviewRequest.class),
            examples = @ExampleObject(name = "scores stand", value = """
                    {"outcome": "Reviewed at the workspace: recruitment on plan; the slipped milestone does not change the scores",
                     "scoresUnchanged": true}""")))
    @APIResponse(responseCode = "201", description = "The risk with its new review dates and ETag",
            content = @Content(schema = @Schema(implementation = RiskView.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, a wrong type or an unknown field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Your role (or workspace) may not review this risk",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No risk has this code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The risk is closed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "The risk changed since you read it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The outcome is missing or too long",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response review(@Parameter(example = "R-06") @PathParam("code") String code, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "a body is required") ReviewRequest request, @Context UriInfo uri) {
        Risk risk = Risk.lockedByCode(code);
        WorkspaceScope.require(identity, token, RiskResource.WIDER_ROLES, risk.owningBody, "risks");
        IfMatch.require(ifMatch, risk.version);
        if (risk.status == RiskStatus.CLOSED) {
            throw ProblemException.conflict("Risk " + code + " is closed; closed risks are not reviewed");
        }
        RiskView before = RiskView.of(risk);
        reviews.record(risk, RiskReview.Kind.REVIEW, request.outcome(), Boolean.TRUE.equals(request.scoresUnchanged()),
                audit.caller().name());
        risk.flush();
        audit.record("risk", code, "REVIEWED", before, RiskView.of(risk));
        announcements.announce(risk);
        return Response.created(uri.getBaseUriBuilder().path("api/v1/risks").path(code).path("reviews").build())
                .entity(RiskView.of(risk)).tag(ETags.of(risk.version)).build();
    }
}
