package org.sendreform.metrics.outlier;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sendreform.metrics.measure.Measure;
import org.sendreform.platform.page.Page;
import org.sendreform.platform.page.PageRequest;
import org.sendreform.platform.problem.Problem;
import org.sendreform.platform.problem.ProblemException;
import org.sendreform.platform.query.Filters;
import org.sendreform.platform.query.QueryParameters;

@Path("/api/v1/flags")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Flags", description = "Submitted values that stand out from their measure's history, stored and flagged for follow-up")
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class FlagResource {

    static final Set<String> RESOLVE_ANY = Set.of("programme-manager", "admin");

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    @Inject
    Clock clock;

    @Schema(name = "Flag")
    public record FlagView(@Schema(example = "17") long id, UUID submissionId, @Schema(example = "12") int row,
            @Schema(example = "EHCP-20WK") String measureCode, @Schema(example = "FY2026-27-Q2") String period,
            @Schema(example = "all") String disaggregation, @Schema(example = "97") BigDecimal value,
            @Schema(example = "41.5") BigDecimal median, @Schema(example = "12.4") BigDecimal score,
            @Schema(example = "modified z-score 12.4 against the median 41.5 of the last 8 values (flagged above 3.5)") String reason,
            @Schema(description = "The organisation that submitted the value", example = "coventry-la-send") String org,
            FlagRecord.Status status, Instant createdAt, String resolvedBy, Instant resolvedAt,
            @Schema(example = "Confirmed with the SEND team: a data migration moved 300 plans into this quarter") String resolution) {
        static FlagView of(FlagRecord f) {
            return new FlagView(f.id, f.submissionId, f.row, f.measureCode, f.period, f.disaggregation, f.value, f.median, f.score,
                    f.reason, f.org, f.status, f.createdAt, f.resolvedBy, f.resolvedAt, f.resolution);
        }
    }

    @Schema(name = "FlagPage")
    public record FlagPage(List<FlagView> items, int page, int size, long total) {
    }

    @Schema(name = "FlagResolution")
    public record Resolution(@NotBlank(message = "is required") @Size(max = 2000, message = "must be at most 2000 characters")
            @Schema(required = true, example = "Confirmed with the SEND team: a data migration moved 300 plans into this quarter")
            String note) {
    }

    @GET
    @Authenticated
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "listFlags", summary = "List flagged values", description = """
            Values that submissions stored but flagged as outliers against the measure's history (modified \
            z-score above 3.5 over the last 4 to 8 values of the same breakdown), newest first. A partner sees the \
            flags of values its organisation submitted or of measures it owns.""")
    @APIResponse(responseCode = "200", description = "A page of flags", content = @Content(schema = @Schema(implementation = FlagPage.class)))
    @APIResponse(responseCode = "400", description = "A filter is not valid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response list(@Parameter(description = "open or resolved; default both", example = "open") @QueryParam("status") String status,
            @Parameter(description = "One measure", example = "EHCP-20WK") @QueryParam("measure") String measure,
            @Parameter(description = "One submission") @QueryParam("submission") String submission,
            @BeanParam @Valid PageRequest paging, @Context UriInfo uri) {
        Filters filters = new Filters()
                .equal("status", status == null ? null : QueryParameters.oneOf("status", status.toUpperCase(), FlagRecord.Status.class))
                .equal("measureCode", measure)
                .equal("submissionId", submission == null ? null : uuid("submission", submission));
        if (partnerOnly()) {
            filters.where("(org = :org or measureCode in :owned)", "org", org()).parameters().put("owned", ownedMeasures());
        }
        Sort sort = Sort.descending("id");
        var query = filters.isEmpty() ? FlagRecord.<FlagRecord>findAll(sort)
                : FlagRecord.<FlagRecord>find(filters.query(), sort, filters.parameters());
        List<FlagView> items = query.page(paging.page, paging.size).list().stream().map(FlagView::of).toList();
        return new Page<>(items, paging.page, paging.size, query.count()).toResponse(uri);
    }

    @POST
    @Path("{id}/resolution")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ "programme-manager", "admin", "partner-submitter" })
    @Transactional
    @Operation(operationId = "resolveFlag", summary = "Resolve a flag", description = """
            Closes a flag with a note saying what was found (the value is right, or it was corrected by a later \
            submission). A programme manager or admin may resolve any flag; a partner the flags it can see (values \
            its organisation submitted, or of measures it owns).""")
    @APIResponse(responseCode = "200", description = "The flag, resolved", content = @Content(schema = @Schema(implementation = FlagView.class)))
    @APIResponse(responseCode = "403", description = "Only a programme manager, an admin or the data owner's partner may resolve",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such flag (or not one you can see)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already resolved",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "resolved", value = """
                            {"type": "https://sendreform.example/problems/conflict", "title": "Conflict", "status": 409,
                             "detail": "flag 17 was already resolved by programme.manager"}""")))
    @APIResponse(responseCode = "422", description = "The note is missing or too long",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public FlagView resolve(@Parameter(example = "17") @PathParam("id") String id,
            @Valid @NotNull(message = "a body is required") Resolution resolution) {
        FlagRecord flag = parseId(id) == null ? null : FlagRecord.<FlagRecord>findById(parseId(id));
        if (flag == null || partnerOnly() && !Objects.equals(flag.org, org()) && !ownedMeasures().contains(flag.measureCode)) {
            throw ProblemException.notFound("Flag", id);
        }
        if (flag.status == FlagRecord.Status.RESOLVED) {
            throw ProblemException.conflict("flag " + id + " was already resolved by " + flag.resolvedBy);
        }
        flag.status = FlagRecord.Status.RESOLVED;
        flag.resolvedBy = who();
        flag.resolvedAt = Instant.now(clock);
        flag.resolution = resolution.note();
        return FlagView.of(flag);
    }

    private boolean partnerOnly() {
        return identity.getRoles().contains("partner-submitter")
                && identity.getRoles().stream().noneMatch(r -> RESOLVE_ANY.contains(r) || r.equals("analytics-reader"));
    }

    private String org() {
        String org = token.getClaim("org");
        return org == null ? "" : org;
    }

    /** Codes of the measures the partner's organisation owns (data owners); never empty, for the in-list. */
    private List<String> ownedMeasures() {
        String own = org();
        List<String> codes = Measure.<Measure>findAll().withHint(org.hibernate.jpa.HibernateHints.HINT_READ_ONLY, true).list().stream()
                .filter(m -> m.dataOwners.contains(own)).map(m -> m.code).toList();
        return codes.isEmpty() ? List.of("") : codes;
    }

    private static Long parseId(String id) {
        try {
            return Long.valueOf(id);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static UUID uuid(String parameter, String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badParameter(parameter, "'" + value + "' is not a submission id");
        }
    }

    private String who() {
        String name = token.getClaim("preferred_username");
        if (name != null) {
            return name;
        }
        String azp = token.getClaim("azp");
        return azp != null ? azp : token.getSubject();
    }
}
