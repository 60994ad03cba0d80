package org.sendreform.metrics.spend;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
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

import io.quarkus.security.Authenticated;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sendreform.platform.audit.AuditTrail;
import org.sendreform.platform.period.Period;
import org.sendreform.platform.problem.Problem;
import org.sendreform.platform.problem.Problem.FieldError;
import org.sendreform.platform.problem.ProblemException;
import org.sendreform.platform.problem.ProblemType;
import org.sendreform.platform.query.QueryParameters;
import org.sendreform.platform.version.ETags;
import org.sendreform.platform.version.IfMatch;

@Path("/api/v1/spend/plan")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Grant spend")
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class SpendPlanResource {

    static final String AGGREGATE = "spend-plan-line";
    static final String MERGE_PATCH = "application/merge-patch+json";

    @Inject
    SpendData data;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    org.sendreform.platform.event.Outbox outbox;

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "getSpendPlan", summary = "A grant year's planned spend", description = """
            Planned spend per category and financial quarter, in pounds, with the totals computed from the stored lines \
            and, beside them, the totals the plan states and the difference (the plan's rounded figures do not add up \
            exactly). Also the planned amounts by grant-condition bucket. The ETag changes with every change of a line.""")
    @APIResponse(responseCode = "200", description = "The plan", content = @Content(schema = @Schema(implementation = PlanView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @APIResponse(responseCode = "400", description = "year is missing or not a financial year",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Not a year of the grant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response plan(@Parameter(description = "Grant year (financial year)", example = "FY2026-27", required = true) @QueryParam("year") String year,
            @Context Request request) {
        GrantYear grant = grantYear(year);
        Map<String, SpendData.Category> categories = data.categories();
        List<SpendPlanLine> lines = data.planLines(grant.year);
        Map<String, BigDecimal> stated = data.statedTotals(grant.year);
        TreeSet<String> quarters = new TreeSet<>();
        lines.forEach(l -> quarters.add(l.quarter));
        List<PlanView.CategoryPlan> rows = new ArrayList<>();
        Map<ConditionBucket, BigDecimal> byBucket = new EnumMap<>(ConditionBucket.class);
        for (SpendData.Category c : categories.values()) {
            List<SpendPlanLine> own = lines.stream().filter(l -> l.category.equals(c.code())).toList();
            BigDecimal sum = own.stream().map(l -> l.amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            own.forEach(l -> c.planShares().forEach((b, share) -> byBucket.merge(b, l.amount.multiply(share).movePointLeft(2), BigDecimal::add)));
            rows.add(new PlanView.CategoryPlan(c.code(), c.name(), c.description(),
                    c.planShares().entrySet().stream().map(e -> new PlanView.BucketShare(e.getKey(), e.getValue())).toList(),
                    own.stream().map(PlanView.Line::of).toList(), PlanView.Total.of(null, sum, stated.get(c.code() + "|TOTAL"))));
        }
        List<PlanView.Total> quarterTotals = quarters.stream().map(q -> PlanView.Total.of(q,
                lines.stream().filter(l -> l.quarter.equals(q)).map(l -> l.amount).reduce(BigDecimal.ZERO, BigDecimal::add),
                stated.get("TOTAL|" + q))).toList();
        BigDecimal total = lines.stream().map(l -> l.amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<PlanView.BucketPlan> buckets = new ArrayList<>();
        for (ConditionBucket b : ConditionBucket.values()) {
            BigDecimal amount = byBucket.getOrDefault(b, BigDecimal.ZERO).setScale(2, java.math.RoundingMode.HALF_UP);
            buckets.add(new PlanView.BucketPlan(b, amount, GrantConditions.share(amount, total)));
        }
        long version = lines.stream().mapToLong(l -> l.version + 1).sum();
        PlanView view = new PlanView(grant.year, grant.allocation, grant.allocationStatus, grant.source, List.copyOf(quarters), rows,
                quarterTotals, PlanView.Total.of(null, total, stated.get("TOTAL|TOTAL")), buckets, version);
        return ETags.ok(request, version, () -> view);
    }

    @GET
    @Path("{quarter}/{category}")
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "getSpendPlanLine", summary = "One planned amount", description = "The planned spend of one category in one quarter; the ETag is its version.")
    @APIResponse(responseCode = "200", description = "The line", content = @Content(schema = @Schema(implementation = PlanView.Line.class)))
    @APIResponse(responseCode = "404", description = "No planned amount for this quarter and category",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response line(@Parameter(example = "FY2026-27-Q2") @PathParam("quarter") String quarter,
            @Parameter(example = "WORKFORCE") @PathParam("category") String category, @Context Request request) {
        SpendPlanLine line = find(quarter, category, false).orElseThrow(() -> ProblemException.notFound("Planned spend", quarter + "/" + category));
        return ETags.ok(request, line.version, () -> PlanView.Line.of(line));
    }

    @PUT
    @Path("{quarter}/{category}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed({ "programme-manager", "admin" })
    @Operation(operationId = "putSpendPlanLine", summary = "Set a planned amount", description = """
            Sets the planned spend of one category in one financial quarter of a grant year (pounds, 0 or more, at most \
            2 decimal places). Changing an existing line needs If-Match with its ETag; a new line (a quarter of a grant \
            year with no amount yet) is created (201). Audited: GET .../history. A locked quarter refuses changes (409).""")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanLineChange.class),
            examples = @ExampleObject(name = "re-profile", value = """
                    {"amount": 590000.00, "note": "re-profiled after the EAH Lead appointment"}""")))
    @APIResponse(responseCode = "200", description = "The line as changed, with its new ETag",
            content = @Content(schema = @Schema(implementation = PlanView.Line.class)))
    @APIResponse(responseCode = "201", description = "The line was created", content = @Content(schema = @Schema(implementation = PlanView.Line.class)))
    @APIResponse(responseCode = "400", description = "The body cannot be read, or has an unknown field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Only the programme manager or an admin changes the plan",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Not a quarter of a grant year, or not a spend category",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The quarter is locked (type period-locked)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "The line changed since you read it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The amount or the note is not valid (errors[].field)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response put(@Parameter(example = "FY2026-27-Q2") @PathParam("quarter") String quarter,
            @Parameter(example = "WORKFORCE") @PathParam("category") String category, @HeaderParam("If-Match") String ifMatch,
            PlanLineChange change, @Context UriInfo uri) {
        if (change == null) {
            throw ProblemException.invalid("amount", "is required");
        }
        return change(quarter, category, ifMatch, change.amount(), change.note(), true, uri);
    }

    @PATCH
    @Path("{quarter}/{category}")
    @Consumes({ MERGE_PATCH, MediaType.APPLICATION_JSON })
    @Transactional
    @RolesAllowed({ "programme-manager", "admin" })
    @Operation(operationId = "patchSpendPlanLine", summary = "Change a planned amount (JSON merge patch)", description = """
            Send only the fields to change: amount (pounds, 0 or more, at most 2 decimal places; cannot be cleared) \
            and note (null clears it). If-Match with the line's ETag is required. Audited. A locked quarter refuses changes (409).""")
    @RequestBody(content = @Content(mediaType = MERGE_PATCH, schema = @Schema(implementation = Object.class),
            examples = @ExampleObject(name = "new amount", value = """
                    {"amount": 1180000}""")))
    @APIResponse(responseCode = "200", description = "The line as changed, with its new ETag",
            content = @Content(schema = @Schema(implementation = PlanView.Line.class)))
    @APIResponse(responseCode = "400", description = "The body is not a JSON object, or has an unknown field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Only the programme manager or an admin changes the plan",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No planned amount for this quarter and category",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The quarter is locked (type period-locked)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "The line changed since you read it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The amount or the note is not valid (errors[].field)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response patch(@Parameter(example = "FY2026-27-Q4") @PathParam("quarter") String quarter,
            @Parameter(example = "WORKFORCE") @PathParam("category") String category, @HeaderParam("If-Match") String ifMatch,
            JsonNode patch, @Context UriInfo uri) {
        if (patch == null || !patch.isObject()) {
            throw new ProblemException(ProblemType.BAD_REQUEST, "A merge patch is a JSON object, e.g. {\"amount\": 590000}");
        }
        SpendSubmissions.lockSpend(SpendPlanLine.getEntityManager()); // before the line's row lock, as every spend change takes them
        SpendPlanLine line = find(quarter, category, true).orElseThrow(() -> ProblemException.notFound("Planned spend", quarter + "/" + category));
        for (Iterator<String> names = patch.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!name.equals("amount") && !name.equals("note")) {
                throw ProblemException.badParameter(name, "unknown field");
            }
        }
        BigDecimal amount = line.amount;
        if (patch.has("amount")) {
            JsonNode a = patch.get("amount");
            if (a.isNull()) {
                throw ProblemException.invalid("amount", "cannot be cleared; set 0 for no planned spend");
            }
            if (!a.isNumber()) {
                throw ProblemException.badParameter("amount", "value has the wrong type or format");
            }
            amount = a.decimalValue();
        }
        String note = line.note;
        if (patch.has("note")) {
            JsonNode n = patch.get("note");
            if (!n.isNull() && !n.isTextual()) {
                throw ProblemException.badParameter("note", "value has the wrong type or format");
            }
            note = n.isNull() ? null : n.asText();
        }
        return change(quarter, category, ifMatch, amount, note, false, uri);
    }

    @GET
    @Path("{quarter}/{category}/history")
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "getSpendPlanLineHistory", summary = "A planned amount's history", description = "Every change, oldest first: who, when, before and after.")
    @APIResponse(responseCode = "200", description = "The changes",
            content = @Content(schema = @Schema(implementation = AuditTrail.Entry.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "404", description = "No planned amount for this quarter and category",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<AuditTrail.Entry> history(@Parameter(example = "FY2026-27-Q2") @PathParam("quarter") String quarter,
            @Parameter(example = "WORKFORCE") @PathParam("category") String category) {
        SpendPlanLine line = find(quarter, category, false).orElseThrow(() -> ProblemException.notFound("Planned spend", quarter + "/" + category));
        return audit.history(AGGREGATE, id(line.quarter, line.category));
    }

    private Response change(String quarter, String category, String ifMatch, BigDecimal amount, String note, boolean mayCreate, UriInfo uri) {
        Period q = quarterOf(quarter);
        if (!data.categories().containsKey(category)) {
            throw ProblemException.notFound("Spend category", category);
        }
        String amountProblem = ActualRowCheck.amountProblem(amount);
        if (amountProblem != null) {
            throw ProblemException.invalid("amount", amountProblem);
        }
        if (note != null && note.length() > ActualRowCheck.MAX_COMMENT) {
            throw ProblemException.invalid("note", "is longer than " + ActualRowCheck.MAX_COMMENT + " characters");
        }
        SpendSubmissions.lockSpend(SpendPlanLine.getEntityManager());
        Optional<SpendPlanLine> existing = find(quarter, category, true);
        if (existing.isPresent()) {
            IfMatch.require(ifMatch, existing.get().version);
        }
        Optional<String> lock = SpendData.lockOf(SpendData.activeLocks(), q);
        if (lock.isPresent()) {
            throw new ProblemException(ProblemType.PERIOD_LOCKED, "quarter: " + lock.get(), List.of(new FieldError("quarter", lock.get())));
        }
        SpendPlanLine line = existing.orElseGet(SpendPlanLine::new);
        PlanView.Line before = existing.map(PlanView.Line::of).orElse(null);
        if (existing.isEmpty()) {
            if (!mayCreate) {
                throw ProblemException.notFound("Planned spend", quarter + "/" + category);
            }
            line.year = ActualRowCheck.yearOf(q);
            line.quarter = q.code();
            line.category = category;
        }
        line.amount = amount.setScale(2);
        line.note = note;
        line.updatedAt = Instant.now(clock);
        line.persistAndFlush();
        PlanView.Line after = PlanView.Line.of(line);
        audit.record(AGGREGATE, id(line.quarter, line.category), existing.isEmpty() ? "CREATED" : "UPDATED", before, after);
        outbox.publish(GrantSpendChanged.TYPE, "grant-spend", line.year, line.year,
                GrantSpendChanged.of(line.year, data.planLines(line.year), data.actuals(line.year), null));
        Response.ResponseBuilder answer = existing.isEmpty()
                ? Response.created(uri.getBaseUriBuilder().path("api/v1/spend/plan").path(line.quarter).path(line.category).build())
                : Response.ok();
        return answer.entity(after).tag(ETags.of(line.version)).build();
    }

    private Optional<SpendPlanLine> find(String quarter, String category, boolean forUpdate) {
        var query = SpendPlanLine.<SpendPlanLine>find("quarter = ?1 and category = ?2", quarter, category);
        return (forUpdate ? query.withLock(LockModeType.PESSIMISTIC_WRITE) : query).firstResultOptional();
    }

    private static Period quarterOf(String quarter) {
        try {
            return ActualRowCheck.parseQuarter(quarter, GrantYear.codes());
        } catch (IllegalArgumentException e) {
            throw new ProblemException(ProblemType.NOT_FOUND, "quarter: " + e.getMessage(),
                    List.of(new FieldError("quarter", e.getMessage())));
        }
    }

    private static GrantYear grantYear(String year) {
        Period p = QueryParameters.period("year", year);
        if (p == null) {
            throw ProblemException.badParameter("year", "is required, a financial year such as FY2026-27");
        }
        if (p.kind() != Period.Kind.FINANCIAL_YEAR) {
            throw ProblemException.badParameter("year", "'" + year + "' is not a financial year; use e.g. FY2026-27");
        }
        GrantYear grant = GrantYear.findById(year);
        if (grant == null) {
            throw ProblemException.notFound("Grant year", year);
        }
        return grant;
    }

    static GrantYear grantYearOf(String year) {
        return grantYear(year);
    }

    static String id(String quarter, String category) {
        return quarter + "/" + category;
    }
}
