package org.sendreform.metrics.comparator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.security.Authenticated;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sendreform.metrics.lock.PeriodLock;
import org.sendreform.metrics.measure.Measure;
import org.sendreform.metrics.measure.Target;
import org.sendreform.metrics.submission.CsvValues;
import org.sendreform.metrics.submission.MeasureRules;
import org.sendreform.metrics.submission.Rejection;
import org.sendreform.metrics.submission.RowCheck;
import org.sendreform.metrics.submission.ValueRow;
import org.sendreform.platform.problem.Problem;
import org.sendreform.platform.problem.Problem.FieldError;
import org.sendreform.platform.problem.ProblemException;
import org.sendreform.platform.problem.ProblemType;
import org.sendreform.platform.query.QueryParameters;

/**
 * Published comparator figures (national average, statistical neighbours) per measure. They are loaded here, under
 * the measure, rather than as submissions: they are not a partner's own data (no data-owner rule, no snapshot, no
 * change feed), the ICB analysts who publish them are not partners, and a load always concerns one measure and one
 * comparator. The rows pass the same checks as submitted values (RowCheck), period locks included.
 */
@Path("/api/v1/measures/{code}/comparators")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Comparators", description = "National and statistical-neighbour figures that comparator targets are measured against")
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ComparatorResource {

    static final int MAX_ROWS = 10_000;
    static final int MAX_SOURCE = 500;
    static final String CSV = "text/csv";

    @Inject
    ComparatorSeries series;

    @Inject
    ObjectMapper mapper;

    @Inject
    Clock clock;

    @Inject
    JsonWebToken token;

    @POST
    @Path("{comparator}")
    @Consumes({ MediaType.APPLICATION_JSON, CSV })
    @RolesAllowed({ "programme-manager", "admin", "analytics-reader" })
    @Transactional
    @Operation(operationId = "loadComparatorValues", summary = "Load comparator figures", description = """
            Stores published figures of one comparator (NATIONAL or STATISTICAL_NEIGHBOURS) for a measure: new \
            rows are added, rows for a period and breakdown already loaded replace the figure (the change is kept \
            in its history). Up to 10,000 rows, as JSON ({"source": ..., "values": [...]}) or text/csv with a \
            header line (period,disaggregation,value; numerator,denominator also read) and the source in the \
            `source` query parameter. All or nothing: the rows are checked like submitted values (period grammar \
            and the measure's period kind, no period that has not begun, the measure's breakdowns, range by unit, \
            no repeated row) and one bad row stores nothing (422 naming every bad row; 409 period-locked when rows \
            fall in a locked period). Series of the measure then use the figures for targets relative to the \
            comparator, and their ETag changes.""")
    @RequestBody(content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ComparatorLoad.class),
                    examples = @ExampleObject(name = "national attendance", value = """
                            {"source": "DfE Pupil attendance in schools, 2025/26",
                             "values": [
                               {"period": "AY2025-26", "disaggregation": "ehcp", "value": 88.1},
                               {"period": "AY2025-26", "disaggregation": "sen-support", "value": 90.4}
                             ]}""")),
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "csv", value = "period,disaggregation,value\nAY2025-26,ehcp,88.1\n")) })
    @APIResponse(responseCode = "200", description = "Stored", content = @Content(schema = @Schema(implementation = ComparatorLoadSummary.class),
            examples = @ExampleObject(name = "loaded", value = """
                    {"measureCode": "ATTEND-SEND", "comparator": "NATIONAL", "source": "DfE Pupil attendance in schools, 2025/26",
                     "received": 2, "imported": 2, "updated": 0, "unchanged": 0}""")))
    @APIResponse(responseCode = "400", description = "The body or a parameter cannot be read",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Only a programme manager, an admin or an analytics reader may load comparators",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No measure has this code, or the comparator is not NATIONAL or STATISTICAL_NEIGHBOURS",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Rows fall in a locked period; nothing was stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Rows or the source are not valid; nothing was stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad rows", value = """
                            {"type": "https://sendreform.example/problems/validation", "title": "Request is not valid", "status": 422,
                             "detail": "1 of 2 rows are not valid, so nothing was stored",
                             "errors": [{"field": "row[2].value", "message": "a percentage must be between 0 and 100"}]}""")))
    public ComparatorLoadSummary load(@Parameter(example = "ATTEND-SEND") @PathParam("code") String code,
            @Parameter(example = "NATIONAL", schema = @Schema(implementation = Target.Comparator.class)) @PathParam("comparator") String comparatorParam,
            @Parameter(description = "Where the figures are published; for text/csv (JSON carries it in the body)")
            @QueryParam("source") String sourceParam,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, byte[] body) {
        Measure measure = measure(code);
        Target.Comparator comparator = comparator(comparatorParam);
        boolean csv = contentType != null && contentType.toLowerCase().startsWith(CSV);
        String text = new String(body == null ? new byte[0] : body, StandardCharsets.UTF_8);
        List<ValueRow> rows;
        Map<Integer, Rejection> unreadable = new HashMap<>();
        String source;
        if (csv) {
            CsvValues.Parsed parsed = CsvValues.parse(text, measure.code);
            rows = new ArrayList<>(parsed.rows());
            unreadable.putAll(parsed.unreadable());
            source = sourceParam;
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i) != null && rows.get(i).comment() != null) {
                    rows.set(i, null); // RowCheck reports a null row with the reason kept here
                    unreadable.put(i + 1, new Rejection(i + 1, "comment", "comparator figures carry no comment; the source says where they come from"));
                }
            }
        } else {
            ComparatorLoad load = readJson(text);
            source = load.source();
            rows = load.values().stream().map(r -> r == null ? null
                    : new ValueRow(measure.code, r.period(), r.disaggregation(), r.value(), r.numerator(), r.denominator(), null))
                    .toList();
        }
        if (source == null || source.isBlank()) {
            throw ProblemException.invalid("source", "is required: where the figures are published");
        }
        if (source.length() > MAX_SOURCE) {
            throw ProblemException.invalid("source", "must be at most " + MAX_SOURCE + " characters");
        }
        if (rows.isEmpty()) {
            throw ProblemException.invalid("values", "a load needs at least one row");
        }
        if (rows.size() > MAX_ROWS) {
            throw ProblemException.invalid("values", "at most " + MAX_ROWS + " rows per load; split it");
        }
        MeasureRules rules = new MeasureRules(measure.id, measure.code, measure.unit, measure.periodType,
                Set.copyOf(measure.disaggregations), Set.copyOf(measure.dataOwners));
        RowCheck.Outcome outcome = RowCheck.check(rows, unreadable, Map.of(measure.code, rules), PeriodLock.activeLocks(),
                LocalDate.now(clock));
        if (!outcome.rejected().isEmpty()) {
            List<FieldError> errors = outcome.rejected().stream()
                    .map(r -> new FieldError(r.row() > 0 ? "row[" + r.row() + "]." + r.field() : r.field(), r.reason())).toList();
            boolean locked = outcome.locked() > 0;
            throw new ProblemException(locked ? ProblemType.PERIOD_LOCKED : ProblemType.VALIDATION,
                    (locked ? "Figures fall in a locked period: " : "") + outcome.rejected().size() + " of " + rows.size()
                            + " rows are not valid, so nothing was stored",
                    errors);
        }
        return series.store(measure.id, measure.code, comparator, source.strip(), outcome.accepted(), who());
    }

    @GET
    @Authenticated
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "listComparatorValues", summary = "List a measure's comparator figures",
            description = "Ordered by comparator, breakdown and period; filters narrow to one comparator, one breakdown, a period range.")
    @APIResponse(responseCode = "200", description = "The figures (empty when none were loaded)",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ComparatorValueView.class)))
    @APIResponse(responseCode = "400", description = "A filter is not valid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No measure has this code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<ComparatorValueView> list(@Parameter(example = "ATTEND-SEND") @PathParam("code") String code,
            @Parameter(schema = @Schema(implementation = Target.Comparator.class)) @QueryParam("comparator") String comparator,
            @Parameter(example = "ehcp") @QueryParam("disaggregation") String disaggregation,
            @Parameter(description = "First period (any period code)", example = "AY2025-26") @QueryParam("from") String from,
            @Parameter(description = "Last period (any period code)", example = "AY2028-29") @QueryParam("to") String to) {
        Measure measure = measure(code);
        return series.list(measure.id, comparator == null ? null : QueryParameters.oneOf("comparator", comparator, Target.Comparator.class),
                disaggregation == null || disaggregation.isBlank() ? null : disaggregation,
                QueryParameters.period("from", from), QueryParameters.period("to", to));
    }

    @GET
    @Path("{comparator}/{period}/history")
    @Authenticated
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "getComparatorHistory", summary = "A comparator figure's history",
            description = "Every change of one comparator figure for one period and breakdown, oldest first: who, when, old and new value, source.")
    @APIResponse(responseCode = "200", description = "The changes (empty when nothing was ever loaded)",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ComparatorChange.class)))
    @APIResponse(responseCode = "404", description = "No measure has this code, or no such comparator",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<ComparatorChange> history(@Parameter(example = "ATTEND-SEND") @PathParam("code") String code,
            @Parameter(example = "NATIONAL", schema = @Schema(implementation = Target.Comparator.class)) @PathParam("comparator") String comparator,
            @Parameter(example = "AY2025-26") @PathParam("period") String period,
            @Parameter(example = "all") @QueryParam("disaggregation") @DefaultValue("all") String disaggregation) {
        Measure measure = measure(code);
        return series.history(measure.code, comparator(comparator), period, disaggregation);
    }

    private static Measure measure(String code) {
        return Measure.<Measure>find("code", code).withHint(org.hibernate.jpa.HibernateHints.HINT_READ_ONLY, true)
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound("Measure", code));
    }

    private static Target.Comparator comparator(String name) {
        try {
            return Target.Comparator.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("Comparator", name);
        }
    }

    private ComparatorLoad readJson(String body) {
        try {
            ComparatorLoad load = mapper.readerFor(ComparatorLoad.class)
                    .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(body);
            if (load == null || load.values() == null) {
                throw ProblemException.invalid("values", "is required: {\"source\": ..., \"values\": [ ... ]}");
            }
            return load;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw ProblemException.fromJson(e);
        } catch (IOException e) {
            throw ProblemException.badParameter("body", "could not be read");
        }
    }

    private String who() {
        String name = token.getClaim("preferred_username");
        return name != null ? name : token.getSubject();
    }
}
