package org.sendreform.metrics.submission;

import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import io.quarkus.security.identity.SecurityIdentity;

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
import org.sendreform.metrics.outlier.Outliers;
import org.sendreform.platform.problem.Problem;
import org.sendreform.platform.problem.ProblemException;
import org.sendreform.platform.query.QueryParameters;

@Path("/api/v1/submissions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Submissions", description = "Partner systems post performance data for the measures their organisation owns")
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "The token's roles or organisation do not allow this",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class SubmissionResource {

    static final Set<String> SUBMIT_ANY_MEASURE = Set.of("programme-manager", "admin");
    static final String CSV = "text/csv";

    @Inject
    Submissions submissions;

    @Inject
    SecurityIdentity identity;

    @Inject
    Outliers outliers;

    @Inject
    JsonWebToken token;

    @POST
    @Consumes({ MediaType.APPLICATION_JSON, CSV })
    @RolesAllowed({ "partner-submitter", "programme-manager", "admin" })
    @Operation(operationId = "submitValues", summary = "Submit values", description = """
            Up to 100,000 values per request, as JSON ({"values": [...]}) or text/csv with a header line \
            (measureCode,period,disaggregation,value,numerator,denominator,comment). A partner may submit only for \
            measures its organisation (token claim org) owns: any other measure refuses the whole request (403). \
            atomic=true (default): one bad row and nothing is stored (422 listing every bad row). atomic=false: \
            good rows are stored, bad rows reported. mode=snapshot: values of your organisation in the submitted \
            measure × period scope that the snapshot leaves out are removed. dryRun=true checks and reports without \
            storing. Each stored value is compared with the measure's history for its breakdown (modified z-score \
            above 3.5 over the last 4 to 8 earlier periods): outliers are stored but flagged for follow-up, counted \
            in `flagged` and listed in `flags` (a dry run reports them, storing none; see GET /api/v1/flags). \
            A retry with the same Idempotency-Key returns the first answer; the same key with another body \
            is refused (422). Rows are numbered from 1 (first value, or first CSV line after the header).""")
    @RequestBody(content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubmissionRequest.class),
                    examples = @ExampleObject(name = "two values", value = """
                            {"values": [
                              {"measureCode": "EHCP-20WK", "period": "FY2025-26", "numerator": 83, "denominator": 200},
                              {"measureCode": "EHCP-AR-TIMELY", "period": "FY2025-26", "value": 52.5, "comment": "provisional"}
                            ]}""")),
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "csv", value = "measureCode,period,value\nEHCP-20WK,FY2025-26,41.5\n")) })
    @APIResponse(responseCode = "201", description = "Stored; the summary is also at the Location",
            content = @Content(schema = @Schema(implementation = SubmissionSummary.class)))
    @APIResponse(responseCode = "200", description = "A dry run's report, or the replay of an earlier request with this Idempotency-Key",
            content = @Content(schema = @Schema(implementation = SubmissionSummary.class)))
    @APIResponse(responseCode = "400", description = "The body or a parameter cannot be read",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Rows are not valid (atomic), or the Idempotency-Key was used for another request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response submit(byte[] body,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @Parameter(description = "Makes retries safe: the same key returns the first answer", example = "la-2026-11-23-001")
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            @Parameter(description = "Check and report without storing", schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("dryRun") String dryRun,
            @Parameter(description = "upsert (default) or snapshot", schema = @Schema(implementation = SubmissionSummary.Mode.class))
            @QueryParam("mode") String mode,
            @Parameter(description = "true (default): all or nothing; false: store the valid rows", schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("atomic") String atomic,
            @Context UriInfo uri) {
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 200)) {
            throw ProblemException.badParameter("Idempotency-Key", "must be 1 to 200 characters");
        }
        Submissions.Request request = new Submissions.Request(body == null ? new byte[0] : body,
                contentType != null && contentType.toLowerCase().startsWith(CSV),
                mode == null ? SubmissionSummary.Mode.UPSERT : QueryParameters.oneOf("mode", mode, SubmissionSummary.Mode.class),
                QueryParameters.bool("atomic", atomic, true), QueryParameters.bool("dryRun", dryRun, false), idempotencyKey);
        boolean ownOnly = identity.getRoles().stream().noneMatch(SUBMIT_ANY_MEASURE::contains);
        Submissions.Result result = submissions.submit(request, submitter(), ownOnly);
        SubmissionSummary summary = result.summary();
        if (summary.id() == null) {
            return Response.ok(summary).build();
        }
        Response.ResponseBuilder answer = result.replayed() ? Response.ok(summary).header("Idempotent-Replayed", "true")
                : Response.created(uri.getBaseUriBuilder().path("api/v1/submissions").path(summary.id().toString()).build())
                        .entity(summary);
        return answer.build();
    }

    @GET
    @Path("{id}")
    @Transactional(Transactional.TxType.SUPPORTS)
    @RolesAllowed({ "partner-submitter", "programme-manager", "admin", "analytics-reader" })
    @Operation(operationId = "getSubmission", summary = "Get a submission's summary", description = "A partner sees its own organisation's submissions only.")
    @APIResponse(responseCode = "200", description = "The summary", content = @Content(schema = @Schema(implementation = SubmissionSummary.class)))
    @APIResponse(responseCode = "404", description = "No such submission (or not yours)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SubmissionSummary get(@PathParam("id") String id) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("Submission", id);
        }
        Submission submission = Submission.findById(uuid);
        boolean partnerOnly = identity.getRoles().contains("partner-submitter")
                && identity.getRoles().stream().noneMatch(r -> SUBMIT_ANY_MEASURE.contains(r) || r.equals("analytics-reader"));
        if (submission == null || partnerOnly && !java.util.Objects.equals(submission.org, token.getClaim("org"))) {
            throw ProblemException.notFound("Submission", id); // another partner's submission is not even acknowledged
        }
        return submission.summary(outliers);
    }

    private Ingest.Submitter submitter() {
        String azp = token.getClaim("azp");
        String org = token.getClaim("org");
        String name = token.getClaim("preferred_username");
        String client = (azp == null ? "-" : azp) + "/" + token.getSubject();
        return new Ingest.Submitter(client, org, name != null ? name : azp != null ? azp : token.getSubject());
    }
}
