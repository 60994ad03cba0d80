package org.sendreform.risk.signal;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.panache.common.Sort;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sendreform.platform.problem.Problem;
import org.sendreform.risk.register.Risk;

@Path("/api/v1/risks/{code}/signals")
@Produces(MediaType.APPLICATION_JSON)
// the register is for the partnership's people and analytics; partner systems read none of it (issue 5)
@RolesAllowed({ "programme-manager", "workspace-lead", "rdg-member", "board-member", "board-secretary", "return-signatory", "admin", "analytics-reader" })
@Transactional(Transactional.TxType.SUPPORTS)
@Tag(name = "Signals", description = "Evidence from measures and milestones that proposes a review of a risk")
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Partner systems do not read the risk register; writes need the roles named",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class SignalResource {

    @Schema(name = "RiskSignal")
    public record SignalView(long id, @Schema(description = "Absent while in triage") String riskCode, String source,
            @Schema(example = "MEASURE_STATUS") String kind, @Schema(example = "EHCP-20WK") String subjectCode, String period,
            String detail, String oldStatus, String newStatus, Instant receivedAt,
            @Schema(description = "When a review (or re-score) of the risk answered it; absent while it waits") Instant reviewedAt) {
        public static SignalView of(RiskSignal s) {
            return new SignalView(s.id, s.risk == null ? null : s.risk.code, s.source, s.kind, s.subjectCode, s.period, s.detail,
                    s.oldStatus, s.newStatus, s.receivedAt, s.reviewedAt);
        }
    }

    @GET
    @Operation(operationId = "listRiskSignals", summary = "Signals on a risk", description = "Newest first. A signal proposes a review; it never re-scores the risk. A review or re-score answers the signals waiting (reviewedAt).")
    @APIResponse(responseCode = "200", description = "The risk's signals")
    @APIResponse(responseCode = "404", description = "No risk has this code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<SignalView> ofRisk(@PathParam("code") String code) {
        Risk risk = Risk.byCode(code);
        return RiskSignal.<RiskSignal>list("risk", Sort.descending("id"), risk).stream().map(SignalView::of).toList();
    }
}
