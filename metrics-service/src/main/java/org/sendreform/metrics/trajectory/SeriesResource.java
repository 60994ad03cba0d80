package org.sendreform.metrics.trajectory;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import io.quarkus.security.Authenticated;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sendreform.metrics.comparator.ComparatorSeries;
import org.sendreform.metrics.comparator.ComparatorValues;
import org.sendreform.metrics.measure.Direction;
import org.sendreform.metrics.measure.Measure;
import org.sendreform.metrics.measure.Target;
import org.sendreform.metrics.measure.Unit;
import org.sendreform.platform.period.Period;
import org.sendreform.platform.problem.Problem;
import org.sendreform.platform.problem.ProblemException;
import org.sendreform.platform.query.QueryParameters;

@Path("/api/v1/measures/{code}/series")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Measures")
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class SeriesResource {

    static final int MAX_PERIODS = 400;

    @Inject
    DataSource dataSource;

    @Inject
    Clock clock;

    @Inject
    ComparatorSeries comparatorSeries;

    @Schema(name = "SeriesPoint", description = "One period of a measure: what was expected, what happened, and the status")
    public record SeriesPoint(@Schema(example = "FY2026-27") String period, LocalDate periodEnd,
            @Schema(description = "On the trajectory at the period's end", example = "49.6564") BigDecimal expected,
            @Schema(example = "47.2") BigDecimal actual,
            @Schema(description = "actual − expected", example = "-2.4564") BigDecimal variance,
            Status status,
            @Schema(description = "The target set for exactly this period, if any") TargetOfPeriod target,
            @Schema(description = "Comparator figures loaded for this period and breakdown, by comparator",
                    example = "{\"NATIONAL\": 88.1, \"STATISTICAL_NEIGHBOURS\": 87.4}") Map<Target.Comparator, BigDecimal> comparators) {
    }

    @Schema(name = "TargetOfPeriod")
    public record TargetOfPeriod(Target.Relation relation, BigDecimal value, Target.Comparator comparator, String note) {
    }

    @Schema(name = "Series")
    public record Series(@Schema(example = "EHCP-20WK") String measureCode, Unit unit, Direction direction,
            @Schema(example = "all") String disaggregation,
            @Schema(description = "Shortfall still counted as at risk; null: 5% of the expected value") BigDecimal tolerance,
            List<SeriesPoint> points) {
    }

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "getMeasureSeries", summary = "A measure's series against its trajectory", description = """
            One point per period of the measure's kind from `from` to `to` (defaults: the baseline period to the \
            later of the last target and today): the value expected on the trajectory (straight from the baseline \
            to each dated target, flat after the last), the actual, the variance and a status that respects the \
            measure's direction. From a target relative to a comparator on (national average, statistical neighbours, \
            e.g. "≤ national average"), the expected value of a period is that comparator's figure for the same \
            period and breakdown, compared as the target's relation says (AT_LEAST: higher is better, AT_MOST: lower \
            is better, EQUAL: within tolerance); with no figure loaded the status is NO_TARGET. Each point lists the \
            comparator figures loaded for it (POST /api/v1/measures/{code}/comparators/{comparator}). The ETag \
            changes with every new value, comparator figure or measure change.""")
    @APIResponse(responseCode = "200", description = "The series", content = @Content(schema = @Schema(implementation = Series.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent in If-None-Match")
    @APIResponse(responseCode = "400", description = "A period or breakdown is not valid, or the range is too long",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No measure has this code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response series(@Parameter(example = "EHCP-20WK") @PathParam("code") String code,
            @Parameter(description = "First period (any period code)", example = "FY2025-26") @QueryParam("from") String fromParam,
            @Parameter(description = "Last period (any period code)", example = "FY2028-29") @QueryParam("to") String toParam,
            @Parameter(description = "Breakdown; default all", example = "all") @QueryParam("disaggregation") String disaggregationParam,
            @Context Request request) {
        Measure measure = Measure.<Measure>find("code", code).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("Measure", code));
        String disaggregation = disaggregationParam == null || disaggregationParam.isBlank() ? "all" : disaggregationParam;
        if (!measure.disaggregations.contains(disaggregation)) {
            throw ProblemException.badParameter("disaggregation", "'" + disaggregation + "' is not one of " + measure.disaggregations);
        }
        EntityTag tag = new EntityTag(measure.version + "-" + lastChanges(code));
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.build();
        }
        Period baseline = measure.baselinePeriod == null ? null : Period.parse(measure.baselinePeriod);
        Map<String, Target> targetByPeriod = new HashMap<>();
        LocalDate lastTarget = null;
        for (Target t : measure.targets) {
            Period p = Period.parse(t.period);
            targetByPeriod.put(Period.of(measure.periodType, p.end()).code(), t);
            lastTarget = lastTarget == null || p.end().isAfter(lastTarget) ? p.end() : lastTarget;
        }
        ComparatorValues comparators = comparatorSeries.valuesOf(List.of(measure.id));
        Expectation expectation = Expectation.of(measure, comparators);
        LocalDate today = LocalDate.now(clock);
        Period from = QueryParameters.period("from", fromParam);
        Period to = QueryParameters.period("to", toParam);
        Period first = Period.of(measure.periodType, from != null ? from.start() : baseline != null ? baseline.end() : today);
        Period last = Period.of(measure.periodType, to != null ? to.end()
                : lastTarget != null && lastTarget.isAfter(today) ? lastTarget : today);
        Map<String, BigDecimal> actuals = actuals(measure.id, disaggregation);
        List<SeriesPoint> series = new ArrayList<>();
        for (Period p = first; !p.start().isAfter(last.start()); p = p.next()) {
            if (series.size() == MAX_PERIODS) {
                throw ProblemException.badParameter("to", "at most " + MAX_PERIODS + " periods per series; narrow from/to");
            }
            Expectation.Expected expected = expectation.at(p, disaggregation);
            BigDecimal value = expected.value();
            BigDecimal actual = actuals.get(p.code());
            Target t = targetByPeriod.get(p.code());
            Map<Target.Comparator, BigDecimal> figures = new EnumMap<>(Target.Comparator.class);
            for (Target.Comparator c : Target.Comparator.values()) {
                BigDecimal figure = comparators.valueOf(measure.code, c, p.code(), disaggregation);
                if (figure != null) {
                    figures.put(c, Trajectory.plain(figure));
                }
            }
            series.add(new SeriesPoint(p.code(), p.end(), value == null ? null : Trajectory.plain(value), actual,
                    value != null && actual != null ? Trajectory.plain(actual.subtract(value)) : null,
                    expectation.status(expected, actual),
                    t == null ? null : new TargetOfPeriod(t.relation, t.value, t.comparator, t.note), figures));
        }
        Series body = new Series(measure.code, measure.unit, measure.direction, disaggregation, measure.tolerance, series);
        return Response.ok(body).tag(tag).build();
    }

    private Map<String, BigDecimal> actuals(long measureId, String disaggregation) {
        Map<String, BigDecimal> values = new HashMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select period, value from measure_value where measure_id = ? and disaggregation = ?")) {
            s.setLong(1, measureId);
            s.setString(2, disaggregation);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    values.put(r.getString(1), r.getBigDecimal(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return values;
    }

    /** The newest change of the measure's values and of its comparator figures, in one query: the ETag moves with either. */
    private String lastChanges(String code) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select (select coalesce(max(id), 0) from value_change where measure_code = ?) || '-' "
                        + "|| (select coalesce(max(id), 0) from comparator_change where measure_code = ?)")) {
            s.setString(1, code);
            s.setString(2, code);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
