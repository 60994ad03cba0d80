package org.sendreform.milestones.resequencing;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.security.Authenticated;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sendreform.milestones.milestone.Milestone;
import org.sendreform.milestones.milestone.MilestoneStatus;
import org.sendreform.milestones.milestone.MilestoneView;
import org.sendreform.milestones.milestone.PlanChanged;
import org.sendreform.platform.audit.AuditTrail;
import org.sendreform.platform.problem.Problem;
import org.sendreform.platform.problem.ProblemException;
import org.sendreform.platform.version.ETags;
import org.sendreform.platform.version.IfMatch;

@Path("/api/v1/milestones/{code}/rebaseline")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Milestones")
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class RebaselineResource {

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    Rebaselining rebaselining;

    @Inject
    Event<PlanChanged> planChanged;

    @Schema(name = "RebaselineRequest")
    public record RebaselineRequest(@Schema(example = "2027-03-31", required = true) String dueDate,
            @Schema(description = "The RDG re-sequencing decision (governance-service) that allows it", example = "43", required = true)
            Long decisionId) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed({ "programme-manager", "admin" })
    @Operation(operationId = "rebaselineMilestone", summary = "Move a milestone's due date, citing the RDG decision that allows it", description = """
            For an RDG re-sequencing decision that did not name this milestone's new date itself (a decision that names it             moves it on its own). The decision must be an RDG RESEQUENCE_MILESTONES decision this service has received from             governance-service. The baseline stays; the history keeps both dates; milestone-rebaselined is published.             If-Match with the milestone's ETag is required.""")
    @RequestBody(content = @Content(schema = @Schema(implementation = RebaselineRequest.class), examples = @ExampleObject(name = "to Q4",
            value = """
                    {"dueDate": "2027-03-31", "decisionId": 43}""")))
    @APIResponse(responseCode = "200", description = "The milestone as re-baselined, with its new ETag",
            content = @Content(schema = @Schema(implementation = MilestoneView.class)))
    @APIResponse(responseCode = "403", description = "Only the programme manager (or admin) re-baselines",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No milestone has this code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The milestone is complete or cancelled",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "The milestone changed since you read it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "No decision id, not a known RDG re-sequencing decision, or no valid new date",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response rebaseline(@Parameter(example = "M-CS-Q2-03") @PathParam("code") String code, @HeaderParam("If-Match") String ifMatch,
            RebaselineRequest request) {
        Milestone.lockPlan();
        Milestone m = Milestone.byCode(code, true);
        IfMatch.require(ifMatch, m.version);
        if (request == null || request.decisionId() == null) {
            throw ProblemException.invalid("decisionId", "is required: a due date moves only by an RDG re-sequencing decision");
        }
        if (Milestone.getEntityManager().createNativeQuery("select 1 from resequencing_decision where decision_id = ?1")
                .setParameter(1, request.decisionId()).getResultList().isEmpty()) {
            throw ProblemException.invalid("decisionId", "decision " + request.decisionId()
                    + " is not an RDG re-sequencing decision known to milestones-service");
        }
        LocalDate due;
        try {
            due = LocalDate.parse(request.dueDate() == null ? "" : request.dueDate());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("dueDate", "is required, a date like 2027-03-31");
        }
        if (due.equals(m.dueDate)) {
            throw ProblemException.invalid("dueDate", "is already the due date");
        }
        if (m.status == MilestoneStatus.COMPLETE || m.status == MilestoneStatus.CANCELLED) {
            throw ProblemException.conflict("Milestone " + code + " is " + m.status + " and is not moved");
        }
        LocalDate today = LocalDate.now(clock);
        rebaselining.rebaseline(m, due, request.decisionId(), audit.caller(), today);
        planChanged.fire(new PlanChanged(today));
        return Response.ok(MilestoneView.of(m, today)).tag(ETags.of(m.version)).build();
    }
}
