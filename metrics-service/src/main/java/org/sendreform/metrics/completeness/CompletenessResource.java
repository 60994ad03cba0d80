package org.sendreform.metrics.completeness;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

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
import org.sendreform.metrics.measure.Measure;
import org.sendreform.platform.period.Period;
import org.sendreform.platform.problem.Problem;
import org.sendreform.platform.problem.ProblemException;
import org.sendreform.platform.problem.ProblemType;
import org.sendreform.platform.query.QueryParameters;

@Path("/api/v1/completeness")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Completeness", description = "What each data owner was expected to submit, what is missing and what came late")
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class CompletenessResource {

    /** A partner system sees its own organisation's obligations only. */
    static final String PARTNER_ROLE = "partner-submitter";

    @Inject
    Clock clock;

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "getCompleteness", summary = "Completeness and timeliness of the partners' submissions", description = """
            Every owner of every measure is expected to send a value for each period of the measure's type, due a number of             days after the period ends (the measure's submissionDueDays, 30 by default). For each period that has ended within             [from, to] (default: the current financial year so far): when the owner first sent a value, and whether that was             ON_TIME or LATE, or, when nothing came, OVERDUE or still DUE. A partner system sees its own organisation only.""")
    @APIResponse(responseCode = "200", description = "The report", content = @Content(schema = @Schema(implementation = Completeness.class)))
    @APIResponse(responseCode = "400", description = "A parameter does not parse, or from is after to",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Completeness report(@Parameter(description = "Periods ending on or after this date", example = "2026-04-01") @QueryParam("from") String fromParam,
            @Parameter(description = "Periods ending on or before this date (default today)", example = "2027-03-31") @QueryParam("to") String toParam,
            @Parameter(description = "One data owner organisation", example = "coventry-la-send") @QueryParam("owner") String ownerParam,
            @Parameter(description = "One measure", example = "EHCP-20WK") @QueryParam("measure") String measureParam,
            @Parameter(description = "Only rows of this standing", schema = @Schema(implementation = Expected.Standing.class))
            @QueryParam("standing") String standingParam) {
        LocalDate today = LocalDate.now(clock);
        LocalDate from = QueryParameters.date("from", fromParam);
        LocalDate to = QueryParameters.date("to", toParam);
        Expected.Standing only = QueryParameters.oneOf("standing", standingParam, Expected.Standing.class);
        from = from != null ? from : Period.of(Period.Kind.FINANCIAL_YEAR, today).start();
        to = to != null ? to : today;
        if (from.isAfter(to)) {
            throw ProblemException.badParameter("from", "must not be after to (" + to + ")");
        }
        String owner = ownerParam;
        if (identity.hasRole(PARTNER_ROLE)) {
            String partnerOrg = token.getClaim("org");
            if (owner != null && !owner.equals(partnerOrg)) {
                throw new ProblemException(ProblemType.FORBIDDEN, "A partner sees its own organisation's submissions only (" + partnerOrg + ")");
            }
            owner = partnerOrg;
        }
        List<Measure> measures = measureParam == null || measureParam.isBlank() ? Measure.listAll(Sort.by("code"))
                : Measure.list("code", measureParam);
        if (measureParam != null && !measureParam.isBlank() && measures.isEmpty()) {
            throw ProblemException.badParameter("measure", "'" + measureParam + "' is not a measure");
        }
        LocalDate periodsFrom = from;
        LocalDate periodsTo = to;
        List<String> periodCodes = measures.stream().map(m -> m.periodType).distinct()
                .flatMap(kind -> Expected.periods(kind, periodsFrom, periodsTo, today).stream()).map(Period::code).distinct().toList();
        Map<String, Instant> firstReceived = firstReceived(periodCodes);
        List<Completeness.Row> rows = new ArrayList<>();
        for (Measure m : measures) {
            for (String measureOwner : m.dataOwners) {
                if (owner != null && !owner.equals(measureOwner)) {
                    continue;
                }
                for (Period p : Expected.periods(m.periodType, from, to, today)) {
                    LocalDate dueBy = Expected.dueBy(p, m.submissionDueDays);
                    Instant received = firstReceived.get(m.code + "|" + p.code() + "|" + measureOwner);
                    Expected.Standing standing = Expected.standing(dueBy, received, today);
                    if (only != null && only != standing) {
                        continue;
                    }
                    LocalDate arrivedOrToday = received == null ? today : received.atZone(Expected.UK).toLocalDate();
                    long late = Math.max(0, ChronoUnit.DAYS.between(dueBy, arrivedOrToday));
                    rows.add(new Completeness.Row(m.code, m.name, measureOwner, p.code(), dueBy, received, standing,
                            standing == Expected.Standing.DUE ? 0 : late));
                }
            }
        }
        Map<String, Integer> summary = new LinkedHashMap<>();
        for (Expected.Standing s : Expected.Standing.values()) {
            summary.put(s.name(), 0);
        }
        rows.forEach(r -> summary.merge(r.standing().name(), 1, Integer::sum));
        summary.put("EXPECTED", rows.size());
        return new Completeness(today, from, to, summary, rows);
    }

    /** When each (measure, period, owner) first got a value, from the change log. */
    private static Map<String, Instant> firstReceived(List<String> periods) {
        if (periods.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> found = Measure.getEntityManager().createNativeQuery("""
                select distinct on (measure_code, period, org) measure_code, period, org, changed_at from value_change
                where change = 'CREATED' and org is not null and period = any(cast(?1 as text[]))
                order by measure_code, period, org, id""").setParameter(1, periods.toArray(String[]::new)).getResultList();
        Map<String, Instant> first = new HashMap<>();
        for (Object[] row : found) {
            Object at = row[3];
            Instant instant = at instanceof Timestamp t ? t.toInstant() : at instanceof Instant i ? i
                    : ((java.time.OffsetDateTime) at).toInstant();
            first.put(row[0] + "|" + row[1] + "|" + row[2], instant);
        }
        return first;
    }
}
