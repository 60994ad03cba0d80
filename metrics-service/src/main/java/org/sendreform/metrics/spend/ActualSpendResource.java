package org.sendreform.metrics.spend;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import io.quarkus.panache.common.Sort;
import io.quarkus.security.Authenticated;
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
import org.sendreform.platform.page.Page;
import org.sendreform.platform.page.PageRequest;
import org.sendreform.platform.problem.Problem;
import org.sendreform.platform.problem.ProblemException;
import org.sendreform.platform.problem.ProblemType;
import org.sendreform.platform.query.Filters;
import org.sendreform.platform.query.QueryParameters;

@Path("/api/v1/spend")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Grant spend", description = "Experts at Hand and SEND Transformation Fund: planned and actual spend, and the grant conditions")
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ActualSpendResource {

    static final Set<String> PROGRAMME_ROLES = Set.of("programme-manager", "admin");

    @Inject
    SpendSubmissions submissions;

    @Inject
    SpendConfig config;

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    /** A page of actual spend rows, for the OpenAPI document. */
    @Schema(name = "ActualSpendPage")
    public record ActualPage(List<ActualView> items, int page, int size, long total) {
    }

    @POST
    @Path("actuals")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ "partner-submitter", "programme-manager", "admin" })
    @Operation(operationId = "submitActualSpend", summary = "Submit actual grant spend", description = """
            Rows of actual spend (pounds, 0 or more, at most 2 decimal places) for financial quarters of a grant year \
            that have begun, by plan category and grant-condition bucket (DIRECT_DELIVERY, EAH_ADMINISTRATION, \
            LA_TRANSFORMATION; left out, the category's only bucket is taken, and TRANSFORMATION_ADMINISTRATION must \
            name one). All or nothing: one bad row and nothing is stored (422 naming each row and field; 409 \
            period-locked when a row's quarter is locked). Sending a quarter, category and bucket again corrects it; \
            the earlier amount stays in its history. Partner systems may submit only when their organisation (token \
            claim org) is the grant's finance data owner. A retry with the same Idempotency-Key returns the first \
            answer; the same key with another body is refused (422). Publishes grant-condition-status-changed.v1 \
            for each condition whose status the submission changes.""")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActualsRequest.class),
            examples = @ExampleObject(name = "a quarter's spend", value = """
                    {"actuals": [
                      {"quarter": "FY2026-27-Q2", "category": "WORKFORCE", "amount": 584250.75},
                      {"quarter": "FY2026-27-Q2", "category": "OTHER", "amount": 14800, "comment": "Experts Online licences"},
                      {"quarter": "FY2026-27-Q2", "category": "TRANSFORMATION_ADMINISTRATION", "conditionBucket": "EAH_ADMINISTRATION", "amount": 71000},
                      {"quarter": "FY2026-27-Q2", "category": "TRANSFORMATION_ADMINISTRATION", "conditionBucket": "LA_TRANSFORMATION", "amount": 69500.5}
                    ]}""")))
    @APIResponse(responseCode = "201", description = "Stored; the summary is also at the Location",
            content = @Content(schema = @Schema(implementation = SpendSubmissionSummary.class)))
    @APIResponse(responseCode = "200", description = "The replay of an earlier request with this Idempotency-Key (Idempotent-Replayed: true)",
            content = @Content(schema = @Schema(implementation = SpendSubmissionSummary.class)))
    @APIResponse(responseCode = "400", description = "The body cannot be read (malformed JSON, a wrong type, an unknown field)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Your role, or your organisation, may not submit the grant's spend",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A row's quarter is locked (type period-locked); nothing was stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Rows are not valid (errors[].field is row[n].field), or the Idempotency-Key was used for another request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response submit(byte[] body,
            @Parameter(description = "Makes retries safe: the same key returns the first answer", example = "la-finance-2026-10-10-001")
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            @Context UriInfo uri) {
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 200)) {
            throw ProblemException.badParameter("Idempotency-Key", "must be 1 to 200 characters");
        }
        String org = token.getClaim("org");
        if (identity.getRoles().stream().noneMatch(PROGRAMME_ROLES::contains) && !config.ownerOrg().equals(org)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Your organisation (" + org + ") is not the grant's finance data owner ("
                    + config.ownerOrg() + "); nothing was stored");
        }
        SpendSubmissions.Result result = submissions.submit(body == null ? new byte[0] : body, idempotencyKey, submitter());
        SpendSubmissionSummary summary = result.summary();
        if (result.replayed()) {
            return Response.ok(summary).header("Idempotent-Replayed", "true").build();
        }
        return Response.created(uri.getBaseUriBuilder().path("api/v1/spend/submissions").path(summary.id().toString()).build())
                .entity(summary).build();
    }

    @GET
    @Path("submissions/{id}")
    @Transactional(Transactional.TxType.SUPPORTS)
    @RolesAllowed({ "partner-submitter", "programme-manager", "admin", "analytics-reader" })
    @Operation(operationId = "getSpendSubmission", summary = "Get an actual spend submission's summary",
            description = "A partner system sees its own organisation's submissions only.")
    @APIResponse(responseCode = "200", description = "The summary", content = @Content(schema = @Schema(implementation = SpendSubmissionSummary.class)))
    @APIResponse(responseCode = "403", description = "Your role may not read submissions",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such submission (or not yours)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SpendSubmissionSummary submission(@Parameter(example = "7c1d2f0e-4b8a-4e55-9a7e-2f0b6f1f4a10") @PathParam("id") String id) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("Spend submission", id);
        }
        SpendSubmission s = SpendSubmission.findById(uuid);
        boolean partnerOnly = identity.getRoles().stream().noneMatch(r -> PROGRAMME_ROLES.contains(r) || r.equals("analytics-reader"));
        if (s == null || partnerOnly && !java.util.Objects.equals(s.org, token.getClaim("org"))) {
            throw ProblemException.notFound("Spend submission", id);
        }
        return submissions.read(s.answer);
    }

    @GET
    @Path("actuals")
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "listActualSpend", summary = "List actual grant spend",
            description = "The latest amount of each quarter, category and condition bucket, ordered by quarter, category and bucket.")
    @APIResponse(responseCode = "200", description = "A page of actual spend", content = @Content(schema = @Schema(implementation = ActualPage.class)))
    @APIResponse(responseCode = "400", description = "A filter is not valid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response list(@Parameter(description = "Grant year", example = "FY2026-27") @QueryParam("year") String year,
            @Parameter(description = "One quarter", example = "FY2026-27-Q2") @QueryParam("quarter") String quarter,
            @Parameter(description = "One category", example = "WORKFORCE") @QueryParam("category") String category,
            @Parameter(schema = @Schema(implementation = ConditionBucket.class)) @QueryParam("conditionBucket") String bucket,
            @BeanParam @Valid PageRequest paging, @Context UriInfo uri) {
        if (year != null) {
            QueryParameters.period("year", year);
        }
        if (quarter != null) {
            QueryParameters.period("quarter", quarter);
        }
        Filters filters = new Filters().equal("year", year).equal("quarter", quarter).equal("category", category)
                .equal("bucket", QueryParameters.oneOf("conditionBucket", bucket, ConditionBucket.class));
        Sort sort = Sort.by("quarterStart").and("category").and("bucket");
        var query = filters.isEmpty() ? SpendActual.<SpendActual>findAll(sort)
                : SpendActual.<SpendActual>find(filters.query(), sort, filters.parameters());
        List<ActualView> items = query.page(paging.page, paging.size).list().stream().map(ActualView::of).toList();
        return new Page<>(items, paging.page, paging.size, query.count()).toResponse(uri);
    }

    @GET
    @Path("actuals/{quarter}/{category}/history")
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "getActualSpendHistory", summary = "An actual spend amount's history", description = """
            Every change of one quarter's spend in one category (all its condition buckets, or one with \
            conditionBucket=), oldest first: who, when, the old and the new amount, the comment and the submission.""")
    @APIResponse(responseCode = "200", description = "The changes (empty when nothing was ever submitted)",
            content = @Content(schema = @Schema(implementation = SpendActualChange.class, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", description = "The quarter or the bucket does not parse",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such spend category",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<SpendActualChange> history(@Parameter(example = "FY2026-27-Q2") @PathParam("quarter") String quarter,
            @Parameter(example = "WORKFORCE") @PathParam("category") String category,
            @Parameter(schema = @Schema(implementation = ConditionBucket.class)) @QueryParam("conditionBucket") String bucket) {
        if (QueryParameters.period("quarter", quarter).kind() != org.sendreform.platform.period.Period.Kind.FINANCIAL_QUARTER) {
            throw ProblemException.badParameter("quarter", "'" + quarter + "' is not a financial quarter; use e.g. FY2026-27-Q2");
        }
        ConditionBucket b = QueryParameters.oneOf("conditionBucket", bucket, ConditionBucket.class);
        if (SpendActual.getEntityManager().createNativeQuery("select 1 from spend_category where code = ?1")
                .setParameter(1, category).getResultList().isEmpty()) {
            throw ProblemException.notFound("Spend category", category);
        }
        Filters filters = new Filters().equal("quarter", quarter).equal("category", category).equal("bucket", b == null ? null : b.name());
        return SpendActualChange.list(filters.query(), Sort.by("id"), filters.parameters());
    }

    private SpendSubmissions.Submitter submitter() {
        String azp = token.getClaim("azp");
        String name = token.getClaim("preferred_username");
        return new SpendSubmissions.Submitter((azp == null ? "-" : azp) + "/" + token.getSubject(), token.getClaim("org"),
                name != null ? name : azp != null ? azp : token.getSubject());
    }
}
