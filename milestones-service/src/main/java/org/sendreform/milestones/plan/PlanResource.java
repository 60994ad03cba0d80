package org.sendreform.milestones.plan;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.panache.common.Sort;
import io.quarkus.security.Authenticated;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sendreform.milestones.dependency.Dependency;
import org.sendreform.milestones.milestone.Milestone;
import org.sendreform.milestones.milestone.MilestoneView;
import org.sendreform.milestones.roadmap.Theme;
import org.sendreform.milestones.roadmap.ThemeView;
import org.sendreform.platform.audit.AuditTrail;
import org.sendreform.platform.period.Period;
import org.sendreform.platform.problem.Problem;
import org.sendreform.platform.problem.ProblemException;

@Path("/api/v1/plan")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Plan versions", description = "The plan is revised every year; older versions stay readable as they were")
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class PlanResource {

    static final Pattern VERSION = Pattern.compile("v\\d{1,3}(\\.\\d{1,3}){0,2}");

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    ObjectMapper json;

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "getCurrentPlan", summary = "The current version of the plan, with its live content")
    @APIResponse(responseCode = "200", description = "The current version", content = @Content(schema = @Schema(implementation = PlanVersionView.class)))
    @APIResponse(responseCode = "404", description = "No plan is loaded (a deployment without seed data, before its first version)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PlanVersionView current() {
        PlanVersion current = PlanVersion.current().orElseThrow(() -> ProblemException.notFound("Plan version", "current"));
        return PlanVersionView.of(current, live());
    }

    @GET
    @Path("versions")
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "listPlanVersions", summary = "Every version of the plan, newest first (without content)")
    @APIResponse(responseCode = "200", description = "The versions")
    public List<PlanVersionView> versions() {
        return PlanVersion.<PlanVersion>listAll(Sort.by("startedOn").descending().and("createdAt").descending()).stream()
                .map(v -> PlanVersionView.of(v, null)).toList();
    }

    @GET
    @Path("versions/{version}")
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "getPlanVersion", summary = "One version of the plan with its content", description = """
            The current version shows the live plan; an older one shows its content exactly as it stood when it was             superseded.""")
    @APIResponse(responseCode = "200", description = "The version", content = @Content(schema = @Schema(implementation = PlanVersionView.class)))
    @APIResponse(responseCode = "404", description = "No version has this label",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PlanVersionView version(@Parameter(example = "v3.1") @PathParam("version") String label) {
        PlanVersion v = PlanVersion.<PlanVersion>findByIdOptional(label).orElseThrow(() -> ProblemException.notFound("Plan version", label));
        try {
            return PlanVersionView.of(v, v.status == PlanVersion.Status.CURRENT ? live() : json.readValue(v.snapshot, PlanContent.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the snapshot of plan " + label + " cannot be read", e);
        }
    }

    @POST
    @Path("versions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed({ "programme-manager", "admin" })
    @Operation(operationId = "startPlanVersion", summary = "Start the plan's next version", description = """
            The current version is frozen as it stands (themes, roadmap, milestones, dependencies) and stays readable; the             new one becomes current and the live plan carries on from there, revised through the usual changes.""")
    @RequestBody(content = @Content(schema = @Schema(implementation = NewPlanVersion.class), examples = @ExampleObject(name = "annual refresh",
            value = """
                    {"version": "v4.0", "title": "Coventry Local SEND and Alternative Provision Reform Plan", "planYear": "FY2027-28",
                     "source": "Annual refresh agreed by the SEND and AP Partnership Board"}""")))
    @APIResponse(responseCode = "201", description = "Started; Location is the new version",
            content = @Content(schema = @Schema(implementation = PlanVersionView.class)))
    @APIResponse(responseCode = "400", description = "The body is not JSON of this shape",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Only the programme manager (or admin) starts a version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A version already has this label",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A field is missing or not valid, or the plan year is before the current version's",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response start(NewPlanVersion request) {
        Milestone.lockPlan();
        if (request == null) {
            throw ProblemException.invalid("version", "is required");
        }
        if (request.version() == null || !VERSION.matcher(request.version()).matches()) {
            throw ProblemException.invalid("version", "must be a label like v4.0");
        }
        if (request.title() == null || request.title().isBlank() || request.title().length() > 300) {
            throw ProblemException.invalid("title", "is required, at most 300 characters");
        }
        Period year = financialYear(request.planYear());
        if (year == null || year.kind() != Period.Kind.FINANCIAL_YEAR) {
            throw ProblemException.invalid("planYear", "must be a financial year like FY2027-28");
        }
        if (request.source() != null && request.source().length() > 500) {
            throw ProblemException.invalid("source", "must be at most 500 characters");
        }
        if (request.note() != null && request.note().length() > 2000) {
            throw ProblemException.invalid("note", "must be at most 2000 characters");
        }
        if (PlanVersion.findById(request.version()) != null) {
            throw ProblemException.conflict("Plan version " + request.version() + " already exists");
        }
        LocalDate today = LocalDate.now(clock);
        var current = PlanVersion.current();
        if (current.isPresent()) {
            PlanVersion old = current.get();
            if (Period.parse(old.planYear).start().isAfter(year.start())) {
                throw ProblemException.invalid("planYear", "must not be before the current version's " + old.planYear);
            }
            try {
                old.snapshot = json.writeValueAsString(live());
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("could not freeze plan " + old.version, e);
            }
            old.status = PlanVersion.Status.SUPERSEDED;
            old.supersededOn = today;
            old.flush(); // the one-current index must see the old version go before the new one arrives
            audit.record("plan", old.version, "SUPERSEDED", PlanVersionView.of(old, null), null);
        }
        PlanVersion v = new PlanVersion();
        v.version = request.version();
        v.title = request.title().strip();
        v.planYear = year.code();
        v.source = request.source();
        v.note = request.note();
        v.status = PlanVersion.Status.CURRENT;
        v.startedOn = today;
        v.startedBy = audit.caller().name();
        v.persist();
        PlanVersionView view = PlanVersionView.of(v, null);
        audit.record("plan", v.version, "STARTED", null, view);
        return Response.created(URI.create("/api/v1/plan/versions/" + v.version)).entity(view).build();
    }

    private static Period financialYear(String code) {
        try {
            return code == null ? null : Period.parse(code);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The live plan, as the current version holds it now. */
    PlanContent live() {
        LocalDate today = LocalDate.now(clock);
        return new PlanContent(Theme.<Theme>listAll(Sort.by("position")).stream().map(ThemeView::of).toList(),
                Milestone.<Milestone>listAll(Sort.by("dueDate").and("code")).stream().map(m -> MilestoneView.of(m, today)).toList(),
                Dependency.<Dependency>listAll(Sort.by("predecessorCode").and("successorCode")).stream()
                        .map(d -> new PlanContent.Link(d.predecessorCode, d.successorCode)).toList());
    }
}
