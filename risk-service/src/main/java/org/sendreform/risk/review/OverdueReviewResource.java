package org.sendreform.risk.review;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import io.quarkus.panache.common.Sort;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sendreform.platform.page.Page;
import org.sendreform.platform.page.PageRequest;
import org.sendreform.platform.problem.Problem;
import org.sendreform.platform.query.Filters;
import org.sendreform.risk.register.Risk;
import org.sendreform.risk.register.RiskStatus;
import org.sendreform.risk.scoring.Rag;
import org.sendreform.risk.signal.RiskSignal;

@Path("/api/v1/reviews/overdue")
@Produces(MediaType.APPLICATION_JSON)
// the register is for the partnership's people and analytics; partner systems read none of it (issue 5)
@RolesAllowed({ "programme-manager", "workspace-lead", "rdg-member", "board-member", "board-secretary", "return-signatory", "admin", "analytics-reader" })
@Tag(name = "Reviews", description = "Each risk reviewed at a frequency set by its RAG; overdue reviews")
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Partner systems do not read the risk register; writes need the roles named",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class OverdueReviewResource {

    @Inject
    Clock clock;

    @Schema(name = "OverdueReview", description = "A risk whose next review date has passed")
    public record OverdueReview(@Schema(example = "R-06") String code, String title, @Schema(example = "commissioning-workforce") String owningBody,
            RiskStatus status, Rag assessedRag, ReviewFrequency reviewFrequency, LocalDate lastReviewedOn, LocalDate nextReviewDate,
            @Schema(description = "Days since the review fell due", example = "9") long daysOverdue,
            @Schema(description = "Signals on the risk waiting for a review") long signalsWaiting) {
    }

    /** The shape of a page of overdue reviews, for the OpenAPI document (the body is a {@link Page}). */
    @Schema(name = "OverdueReviewPage")
    public record OverdueReviewPage(List<OverdueReview> items, int page, int size, long total) {
    }

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "listOverdueReviews", summary = "Risks overdue for review", description = """
            Risks, not closed, whose next review date has passed (a review due today is not overdue yet), longest \
            overdue first, then by code, with the signals waiting on each.""")
    @APIResponse(responseCode = "200", description = "One page of overdue reviews; Link header has first/prev/next/last",
            content = @Content(schema = @Schema(implementation = OverdueReviewPage.class)))
    @APIResponse(responseCode = "422", description = "page or size is out of range (errors[] names it)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response overdue(@Parameter(description = "Owning body code", example = "board") @QueryParam("body") String body,
            @BeanParam @Valid PageRequest paging, @Context UriInfo uri) {
        LocalDate today = LocalDate.now(clock);
        Filters filters = new Filters()
                .where("nextReviewDate < :today", "today", today)
                .where("status <> :closed", "closed", RiskStatus.CLOSED)
                .equal("owningBody", body == null || body.isBlank() ? null : body);
        var query = Risk.<Risk>find(filters.query(), Sort.by("nextReviewDate").and("code"), filters.parameters());
        List<Risk> risks = query.page(paging.page, paging.size).list();
        Map<Long, Long> waiting = waitingSignals(risks);
        List<OverdueReview> items = risks.stream().map(r -> new OverdueReview(r.code, r.title, r.owningBody, r.status, r.assessedRag,
                r.reviewFrequency, r.lastReviewedOn, r.nextReviewDate, ChronoUnit.DAYS.between(r.nextReviewDate, today),
                waiting.getOrDefault(r.id, 0L))).toList();
        return new Page<>(items, paging.page, paging.size, query.count()).toResponse(uri);
    }

    private static Map<Long, Long> waitingSignals(List<Risk> risks) {
        Map<Long, Long> waiting = new HashMap<>();
        if (risks.isEmpty()) {
            return waiting;
        }
        List<Object[]> rows = RiskSignal.getEntityManager().createQuery(
                "select s.risk.id, count(s) from RiskSignal s where s.risk in :risks and s.reviewedAt is null group by s.risk.id",
                Object[].class).setParameter("risks", risks).getResultList();
        rows.forEach(row -> waiting.put((Long) row[0], (Long) row[1]));
        return waiting;
    }
}
