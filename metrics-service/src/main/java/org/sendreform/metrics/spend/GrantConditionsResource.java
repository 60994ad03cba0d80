package org.sendreform.metrics.spend;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.security.Authenticated;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sendreform.platform.problem.Problem;

@Path("/api/v1/spend/conditions")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Grant spend")
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class GrantConditionsResource {

    @Inject
    SpendData data;

    @Inject
    SpendConfig config;

    @Inject
    Clock clock;

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "getGrantConditions", summary = "Grant-condition checks", description = """
            The three conditions of the Experts at Hand and SEND Transformation Fund: at least 80% on direct delivery of \
            EAH, at most 10% on EAH administration, at most 10% on LA transformation. For each: the actual share of all \
            spend to date (and each quarter's own share and the share to date at its end), the planned share from the \
            plan's profile, and a status: MET, AT_RISK (holds by less than the at-risk margin, exactly on the limit \
            included), BREACHED or NO_DATA (no spend yet). Status is decided on exact amounts; shares are shown rounded \
            to 2 decimal places (docs/spend.md).""")
    @APIResponse(responseCode = "200", description = "The conditions", content = @Content(schema = @Schema(implementation = ConditionsView.class)))
    @APIResponse(responseCode = "400", description = "year is missing or not a financial year",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Not a year of the grant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ConditionsView conditions(@Parameter(description = "Grant year", example = "FY2026-27", required = true) @QueryParam("year") String year) {
        GrantYear grant = SpendPlanResource.grantYearOf(year);
        Map<String, SpendData.Category> categories = data.categories();
        List<SpendActual> actuals = data.actuals(grant.year);
        List<GrantConditions.Evaluation> evaluations = GrantConditions.evaluate(SpendData.actualSpend(actuals),
                data.plannedSpend(grant.year, categories), config.atRiskMargin());
        BigDecimal total = actuals.stream().map(a -> a.amount).reduce(new BigDecimal("0.00"), BigDecimal::add);
        return new ConditionsView(grant.year, LocalDate.now(clock), config.atRiskMargin(), total, grant.allocation, evaluations);
    }
}
