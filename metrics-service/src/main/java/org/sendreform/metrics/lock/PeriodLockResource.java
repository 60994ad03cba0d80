package org.sendreform.metrics.lock;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.panache.common.Sort;
import io.quarkus.security.Authenticated;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sendreform.metrics.measure.Measure;
import org.sendreform.platform.period.Period;
import org.sendreform.platform.problem.Problem;
import org.sendreform.platform.problem.ProblemException;
import org.sendreform.platform.query.QueryParameters;

@Path("/api/v1/period-locks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Period locks", description = "Figures that must not change once a Board pack or DfE return is issued")
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class PeriodLockResource {

    @Inject
    JsonWebToken token;

    @Schema(name = "PeriodLockRequest")
    public record LockRequest(
            @NotBlank(message = "is required") @Schema(required = true, example = "FY2026-27-Q2") String period,
            @Schema(description = "Measures to lock; none means every measure", example = "[\"EHCP-20WK\"]") List<String> measureCodes,
            @NotBlank(message = "is required") @Size(max = 2000, message = "must be at most 2000 characters")
            @Schema(required = true, example = "Q2 DfE quarterly return signed off") String reason) {
    }

    @Schema(name = "UnlockRequest")
    public record UnlockRequest(@NotBlank(message = "is required") @Size(max = 2000, message = "must be at most 2000 characters")
            @Schema(required = true, example = "Correction agreed by the Board on 2026-12-10") String reason) {
    }

    @Schema(name = "PeriodLock")
    public record LockView(long id, @Schema(example = "FY2026-27-Q2") String period,
            @Schema(description = "Absent: every measure") String measureCode, String reason, String lockedBy, Instant lockedAt,
            boolean active, String unlockedBy, Instant unlockedAt, String unlockReason) {
        static LockView of(PeriodLock l) {
            return new LockView(l.id, l.period, l.measureCode, l.reason, l.lockedBy, l.lockedAt, l.active(), l.unlockedBy,
                    l.unlockedAt, l.unlockReason);
        }
    }

    @GET
    @Authenticated
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "listPeriodLocks", summary = "List period locks", description = "Newest first; active=true for the locks in force.")
    @APIResponse(responseCode = "200", description = "The locks")
    public List<LockView> list(@QueryParam("active") String active) {
        boolean onlyActive = QueryParameters.bool("active", active, false);
        List<PeriodLock> locks = onlyActive ? PeriodLock.list("unlockedAt is null", Sort.descending("id"))
                : PeriodLock.listAll(Sort.descending("id"));
        return locks.stream().map(LockView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ "programme-manager", "admin" })
    @Transactional
    @Operation(operationId = "lockPeriod", summary = "Lock a period", description = """
            From now on, values whose period lies within this one (for the given measures, or all) are refused \
            with a 409 period-locked problem until an admin unlocks them with a reason.""")
    @APIResponse(responseCode = "201", description = "The locks created, one per measure (or one for all)")
    @APIResponse(responseCode = "403", description = "Only a programme manager or an admin may lock",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already locked",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A field is missing or not valid (period, measureCodes, reason)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response lock(@Valid @jakarta.validation.constraints.NotNull(message = "a body is required") LockRequest request) {
        Period period;
        try {
            period = Period.parse(request.period());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("period", e.getMessage());
        }
        List<String> codes = request.measureCodes() == null || request.measureCodes().isEmpty() ? java.util.Collections.singletonList(null)
                : request.measureCodes().stream().distinct().toList();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            if (code != null && Measure.count("code", code) == 0) {
                throw ProblemException.invalid("measureCodes[" + i + "]", "'" + code + "' is not a known measure");
            }
        }
        // two people locking one period at once: the check below and the insert go one at a time, so the second is told
        // 409 (already locked) instead of failing on the unique index of active locks with a 500
        PeriodLock.getEntityManager().createNativeQuery("select 1 from pg_advisory_xact_lock(hashtext('period locks'))").getSingleResult();
        List<LockView> created = new ArrayList<>();
        for (String code : codes) {
            boolean already = code == null
                    ? PeriodLock.count("period = ?1 and measureCode is null and unlockedAt is null", period.code()) > 0
                    : PeriodLock.count("period = ?1 and measureCode = ?2 and unlockedAt is null", period.code(), code) > 0;
            if (already) {
                throw ProblemException.conflict(period.code() + " is already locked" + (code == null ? "" : " for " + code));
            }
            PeriodLock lock = new PeriodLock();
            lock.period = period.code();
            lock.periodStart = period.start();
            lock.periodEnd = period.end();
            lock.measureCode = code;
            lock.reason = request.reason();
            lock.lockedBy = who();
            lock.persistAndFlush();
            PeriodLock.getEntityManager().refresh(lock);
            created.add(LockView.of(lock));
        }
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @POST
    @Path("{id}/unlock")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("admin")
    @Transactional
    @Operation(operationId = "unlockPeriod", summary = "Unlock a period", description = "Admins only, with a reason; the lock stays in the list as history.")
    @APIResponse(responseCode = "200", description = "The lock, now inactive")
    @APIResponse(responseCode = "403", description = "Only an admin may unlock",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such lock",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already unlocked",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The reason is missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public LockView unlock(@PathParam("id") long id,
            @Valid @jakarta.validation.constraints.NotNull(message = "a body is required") UnlockRequest request) {
        // locked, so that of two unlocks at once the second sees the first and is refused, not written over it
        PeriodLock lock = PeriodLock.<PeriodLock>findByIdOptional(id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Period lock", id));
        if (!lock.active()) {
            throw ProblemException.conflict("lock " + id + " was already unlocked on " + lock.unlockedAt);
        }
        lock.unlockedBy = who();
        lock.unlockedAt = Instant.now();
        lock.unlockReason = request.reason();
        return LockView.of(lock);
    }

    private String who() {
        String name = token.getClaim("preferred_username");
        return name != null ? name : token.getSubject();
    }
}
