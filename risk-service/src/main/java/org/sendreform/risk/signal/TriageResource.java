package org.sendreform.risk.signal;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.panache.common.Sort;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sendreform.platform.problem.Problem;

@Path("/api/v1/signals/triage")
@Produces(MediaType.APPLICATION_JSON)
// the register is for the partnership's people and analytics; partner systems read none of it (issue 5)
@RolesAllowed({ "programme-manager", "workspace-lead", "rdg-member", "board-member", "board-secretary", "return-signatory", "admin", "analytics-reader" })
@Transactional(Transactional.TxType.SUPPORTS)
@Tag(name = "Signals", description = "Evidence from measures and milestones that proposes a review of a risk")
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Partner systems do not read the risk register; writes need the roles named",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class TriageResource {

    @GET
    @Operation(operationId = "listTriageSignals", summary = "Signals waiting for triage", description = "Signals about a measure or milestone no risk is linked to, newest first.")
    @APIResponse(responseCode = "200", description = "The signals in triage")
    public List<SignalResource.SignalView> triage() {
        return RiskSignal.<RiskSignal>list("risk is null", Sort.descending("id")).stream().map(SignalResource.SignalView::of).toList();
    }
}
