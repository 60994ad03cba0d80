package org.sendreform.milestones.dependency;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

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
import org.sendreform.milestones.milestone.Milestone;
import org.sendreform.milestones.milestone.MilestoneStatus;
import org.sendreform.platform.access.WorkspaceScope;
import org.sendreform.platform.audit.AuditTrail;
import org.sendreform.platform.problem.Problem;
import org.sendreform.platform.problem.Problem.FieldError;
import org.sendreform.platform.problem.ProblemException;
import org.sendreform.platform.problem.ProblemType;

@Path("/api/v1/milestones/{code}")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Milestone dependencies", description = "Predecessor → successor links, the flags they raise and the chain that drives a date")
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No milestone (or link) has this code",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class DependencyResource {

    static final int MAX_NOTE = 2000;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    DependencyFlags flags;

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    @Schema(name = "DependencyRequest")
    public record DependencyRequest(@Schema(description = "The milestone this one cannot finish before", example = "M-QA-Q2-07",
            required = true) String predecessor,
            @Schema(description = "Why it depends on it", example = "the pilot needs the mapped data sources") String note) {
    }

    @Schema(name = "Dependency", description = "One link, seen from the milestone asked about: the milestone at the other end")
    public record DependencyView(@Schema(example = "M-QA-Q2-07") String code, String title, MilestoneStatus status, LocalDate dueDate,
            @Schema(description = "When it is expected to finish on its own (forecast, due date, today if that has passed, or completion)")
            LocalDate expectedDate, String note, String addedBy, Instant addedAt) {
    }

    @Schema(name = "Dependencies")
    public record Dependencies(String milestone, List<DependencyView> predecessors, List<DependencyView> successors) {
    }

    @Schema(name = "DrivingChain", description = "The milestones that set this one's date, from the one whose own date rules down to this one")
    public record DrivingChain(@Schema(example = "M-QA-Q3-07") String milestone,
            @Schema(description = "The earliest this milestone can finish, given its predecessors") LocalDate impliedDate,
            List<ChainStep> steps) {
    }

    @Schema(name = "DrivingChainStep")
    public record ChainStep(@Schema(example = "M-QA-Q2-07") String code, String title, LocalDate dueDate,
            @Schema(description = "When it is expected to finish on its own") LocalDate expectedDate,
            @Schema(description = "The earliest it can finish, given its own predecessors") LocalDate impliedDate) {
    }

    @GET
    @Path("dependencies")
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "getMilestoneDependencies", summary = "A milestone's predecessors and successors")
    @APIResponse(responseCode = "200", description = "Both directions", content = @Content(schema = @Schema(implementation = Dependencies.class)))
    public Dependencies list(@Parameter(example = "M-QA-Q3-07") @PathParam("code") String code) {
        Milestone milestone = find(code);
        LocalDate today = LocalDate.now(clock);
        List<Dependency> links = Dependency.list("predecessorCode = ?1 or successorCode = ?1", code);
        Map<String, Milestone> others = Milestone.<Milestone>list("code in ?1", links.stream()
                .map(d -> d.predecessorCode.equals(code) ? d.successorCode : d.predecessorCode).toList())
                .stream().collect(Collectors.toMap(m -> m.code, Function.identity()));
        return new Dependencies(milestone.code,
                links.stream().filter(d -> d.successorCode.equals(code)).map(d -> view(others.get(d.predecessorCode), d, today)).toList(),
                links.stream().filter(d -> d.predecessorCode.equals(code)).map(d -> view(others.get(d.successorCode), d, today)).toList());
    }

    @POST
    @Path("dependencies")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed({ "programme-manager", "workspace-lead", "admin" })
    @Operation(operationId = "addMilestoneDependency", summary = "Make this milestone depend on a predecessor", description = """
            This milestone (the successor) cannot finish before the predecessor. A link that would close a cycle is refused             (422 dependency-cycle, the cycle spelled out). If the predecessor is already expected after this milestone's due             date, this milestone is flagged at risk at once (milestone-flagged-at-risk.v1). A workspace lead links only             their own workspace's milestones as successors.""")
    @RequestBody(content = @Content(schema = @Schema(implementation = DependencyRequest.class), examples = @ExampleObject(name = "data set",
            value = """
                    {"predecessor": "M-QA-Q2-07", "note": "the pilot needs the mapped data sources"}""")))
    @APIResponse(responseCode = "201", description = "Linked; Location is the link", content = @Content(schema = @Schema(implementation = DependencyView.class)))
    @APIResponse(responseCode = "400", description = "The body is not a JSON object of this shape",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Your role (or workspace) may not change this milestone",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "This milestone already depends on that predecessor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The predecessor is missing, unknown, this milestone itself, cancelled, or the link would close a cycle",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response add(@Parameter(example = "M-QA-Q3-07") @PathParam("code") String code, DependencyRequest request) {
        Milestone.lockPlan();
        Milestone successor = find(code);
        WorkspaceScope.require(identity, token, Milestone.WIDER_ROLES, successor.workspaceCode, "milestones");
        if (request == null || request.predecessor() == null || request.predecessor().isBlank()) {
            throw ProblemException.invalid("predecessor", "is required");
        }
        if (request.note() != null && request.note().length() > MAX_NOTE) {
            throw ProblemException.invalid("note", "must be at most " + MAX_NOTE + " characters");
        }
        String predecessorCode = request.predecessor().strip();
        Milestone predecessor = Milestone.<Milestone>find("code", predecessorCode).firstResultOptional()
                .orElseThrow(() -> ProblemException.invalid("predecessor", "no milestone has the code '" + predecessorCode + "'"));
        if (predecessor.status == MilestoneStatus.CANCELLED) {
            throw ProblemException.invalid("predecessor", predecessorCode + " is cancelled, so nothing can wait for it");
        }
        if (successor.status == MilestoneStatus.CANCELLED) {
            throw ProblemException.conflict("Milestone " + code + " is cancelled and cannot change");
        }
        if (Dependency.count("predecessorCode = ?1 and successorCode = ?2", predecessorCode, code) > 0) {
            throw ProblemException.conflict(code + " already depends on " + predecessorCode);
        }
        LocalDate today = LocalDate.now(clock);
        List<Milestone> all = Milestone.listAll();
        DependencyFlags.graph(all, today).cycleIfLinked(predecessorCode, code).ifPresent(cycle -> {
            throw new ProblemException(ProblemType.DEPENDENCY_CYCLE, "Linking " + predecessorCode + " → " + code
                    + " would make a cycle: " + String.join(" → ", cycle),
                    List.of(new FieldError("predecessor", "would make a cycle: " + String.join(" → ", cycle))));
        });
        Dependency link = new Dependency();
        link.predecessorCode = predecessorCode;
        link.successorCode = code;
        link.note = request.note();
        link.createdBy = audit.caller().name();
        link.persist();
        link.flush();
        Dependency.getEntityManager().refresh(link);
        DependencyView view = view(predecessor, link, today);
        audit.record("milestone", code, "DEPENDENCY_ADDED", null, view);
        flags.refresh(today);
        return Response.created(URI.create("/api/v1/milestones/" + code + "/dependencies/" + predecessorCode)).entity(view).build();
    }

    @DELETE
    @Path("dependencies/{predecessor}")
    @Transactional
    @RolesAllowed({ "programme-manager", "workspace-lead", "admin" })
    @Operation(operationId = "removeMilestoneDependency", summary = "Remove a dependency", description = """
            This milestone no longer waits for the predecessor. A flag the link raised is cleared.""")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "403", description = "Your role (or workspace) may not change this milestone",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void remove(@PathParam("code") String code, @PathParam("predecessor") String predecessorCode) {
        Milestone.lockPlan();
        Milestone successor = find(code);
        WorkspaceScope.require(identity, token, Milestone.WIDER_ROLES, successor.workspaceCode, "milestones");
        Dependency link = Dependency.<Dependency>find("predecessorCode = ?1 and successorCode = ?2", predecessorCode, code)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("Dependency of " + code + " on", predecessorCode));
        LocalDate today = LocalDate.now(clock);
        Milestone predecessor = Milestone.<Milestone>find("code", predecessorCode).firstResult();
        audit.record("milestone", code, "DEPENDENCY_REMOVED", view(predecessor, link, today), null);
        link.delete();
        link.flush();
        flags.refresh(today);
    }

    @GET
    @Path("driving-chain")
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "getMilestoneDrivingChain", summary = "The chain of milestones that drives this one's date", description = """
            From the milestone whose own date rules down to this one: at each step, the open predecessor with the latest             implied date, while that is later than the step's own expected date. A milestone whose own date rules is a chain             of one.""")
    @APIResponse(responseCode = "200", description = "The chain", content = @Content(schema = @Schema(implementation = DrivingChain.class)))
    public DrivingChain drivingChain(@Parameter(example = "M-QA-Q4-07") @PathParam("code") String code) {
        find(code);
        LocalDate today = LocalDate.now(clock);
        DependencyGraph graph = DependencyFlags.graph(Milestone.listAll(), today);
        return new DrivingChain(code, graph.impliedDate(code).orElse(null), graph.drivingChain(code).stream()
                .map(s -> new ChainStep(s.code(), s.title(), s.dueDate(), s.expected(), s.implied())).toList());
    }

    private static Milestone find(String code) {
        return Milestone.byCode(code, false);
    }

    private static DependencyView view(Milestone other, Dependency link, LocalDate today) {
        return new DependencyView(other.code, other.title, other.status, other.dueDate,
                DependencyFlags.node(other, today).expected(), link.note, link.createdBy, link.createdAt);
    }
}
