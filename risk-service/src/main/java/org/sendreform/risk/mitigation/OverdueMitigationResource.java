package org.sendreform.risk.mitigation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

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
import org.sendreform.risk.register.RiskStatus;

@Path("/api/v1/mitigations/overdue")
@Produces(MediaType.APPLICATION_JSON)
// the register is for the partnership's people and analytics; partner systems read none of it (issue 5)
@RolesAllowed({ "programme-manager", "workspace-lead", "rdg-member", "board-member", "board-secretary", "return-signatory", "admin", "analytics-reader" })
@Tag(name = "Mitigations", description = "Actions that reduce a risk: owner, due date and status; overdue actions")
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Partner systems do not read the risk register; writes need the roles named",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class OverdueMitigationResource {

    @Inject
    Clock clock;

    @Schema(name = "OverdueMitigation", description = "A mitigation not done by its due date, with its risk")
    public record OverdueMitigation(@Schema(example = "R-05") String riskCode, String riskTitle,
            @Schema(example = "capital-sufficiency") String owningBody, @Schema(example = "41") long id, String action, String owner,
            LocalDate dueDate, Mitigation.Status status, @Schema(description = "Days since the due date", example = "12") long daysOverdue,
            long version) {
        static OverdueMitigation of(Mitigation m, LocalDate today) {
            return new OverdueMitigation(m.risk.code, m.risk.title, m.risk.owningBody, m.id, m.action, m.owner, m.dueDate, m.status,
                    ChronoUnit.DAYS.between(m.dueDate, today), m.version);
        }
    }

    /** The shape of a page of overdue mitigations, for the OpenAPI document (the body is a {@link Page}). */
    @Schema(name = "OverdueMitigationPage")
    public record OverdueMitigationPage(List<OverdueMitigation> items, int page, int size, long total) {
    }

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "listOverdueMitigations", summary = "Overdue mitigations across the register", description = """
            Mitigations not DONE whose due date has passed (today, in England, is not overdue yet), on risks that are \
            not closed; oldest due date first, then by risk code and the mitigation's order.""")
    @APIResponse(responseCode = "200", description = "One page of overdue mitigations; Link header has first/prev/next/last",
            content = @Content(schema = @Schema(implementation = OverdueMitigationPage.class)))
    @APIResponse(responseCode = "422", description = "page or size is out of range (errors[] names it)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response overdue(@Parameter(description = "The owning body of the risk", example = "capital-sufficiency") @QueryParam("body") String body,
            @BeanParam @Valid PageRequest paging, @Context UriInfo uri) {
        LocalDate today = LocalDate.now(clock);
        Filters filters = new Filters()
                .where("status <> :done", "done", Mitigation.Status.DONE)
                .where("dueDate < :today", "today", today)
                .where("risk.status <> :closed", "closed", RiskStatus.CLOSED)
                .equal("risk.owningBody", body == null || body.isBlank() ? null : body);
        var query = Mitigation.<Mitigation>find(filters.query(), Sort.by("dueDate").and("risk.code").and("position"), filters.parameters());
        List<OverdueMitigation> items = query.page(paging.page, paging.size).list().stream().map(m -> OverdueMitigation.of(m, today)).toList();
        return new Page<>(items, paging.page, paging.size, query.count()).toResponse(uri);
    }
}
