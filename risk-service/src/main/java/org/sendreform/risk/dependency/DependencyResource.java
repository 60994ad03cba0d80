package org.sendreform.risk.dependency;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
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

import io.quarkus.panache.common.Sort;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sendreform.platform.audit.AuditTrail;
import org.sendreform.platform.event.Outbox;
import org.sendreform.platform.page.Page;
import org.sendreform.platform.page.PageRequest;
import org.sendreform.platform.problem.Problem;
import org.sendreform.platform.problem.ProblemException;
import org.sendreform.platform.query.Filters;
import org.sendreform.platform.query.QueryParameters;
import org.sendreform.platform.version.ETags;
import org.sendreform.platform.version.IfMatch;
import org.sendreform.platform.patch.MergePatch;

@Path("/api/v1/dependencies")
@Produces(MediaType.APPLICATION_JSON)
// the register is for the partnership's people and analytics; partner systems read none of it (issue 5)
@RolesAllowed({ "programme-manager", "workspace-lead", "rdg-member", "board-member", "board-secretary", "return-signatory", "admin", "analytics-reader" })
@Tag(name = "Dependencies", description = "The plan's cross-cutting programme dependencies, each of which can carry risk")
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Partner systems do not read the risk register; writes need the roles named",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class DependencyResource {

    static final String EXAMPLE = """
            {"code": "D-05", "title": "Capital Delivery Milestones & Operational Readiness", "description": "A significant strand of the SEND Reform Programme relies on the timely delivery of capital projects ...",
             "status": "AT_RISK", "statusNote": "Two Specialist Base builds are a term late; readiness actions continue",
             "owner": "Capital and Sufficiency Workspace",
             "risks": [{"code": "R-05", "title": "Capital developments delayed", "status": "OPEN", "owningBody": "capital-sufficiency",
                        "assessedRag": "AMBER", "residualRag": "AMBER_GREEN", "targetRag": null, "aboveAppetite": false}],
             "updatedAt": "2026-11-02T10:15:00Z", "version": 1}""";

    @Inject
    AuditTrail audit;

    @Inject
    Outbox outbox;

    @Schema(name = "ProgrammeDependencyPage")
    public record DependencyPage(List<DependencyView> items, int page, int size, long total) {
    }

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "listDependencies", summary = "List the programme dependencies",
            description = "Ordered by code, each with its status and the risks linked to it (with their RAGs).")
    @APIResponse(responseCode = "200", description = "One page of dependencies; Link header has first/prev/next/last",
            content = @Content(schema = @Schema(implementation = DependencyPage.class), examples = @ExampleObject(name = "one page",
                    value = "{\"items\": [" + EXAMPLE + "], \"page\": 0, \"size\": 50, \"total\": 6}")))
    @APIResponse(responseCode = "400", description = "A filter is not valid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "page or size out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response list(@Parameter(schema = @Schema(implementation = DependencyStatus.class)) @QueryParam("status") String statusParam,
            @BeanParam @Valid PageRequest paging, @Context UriInfo uri) {
        Filters filters = new Filters().equal("status", QueryParameters.oneOf("status", statusParam, DependencyStatus.class));
        var query = filters.isEmpty() ? Dependency.<Dependency>findAll(Sort.by("code"))
                : Dependency.<Dependency>find(filters.query(), Sort.by("code"), filters.parameters());
        List<DependencyView> items = query.page(paging.page, paging.size).list().stream().map(DependencyView::of).toList();
        return new Page<>(items, paging.page, paging.size, query.count()).toResponse(uri);
    }

    @GET
    @Path("{code}")
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "getDependency", summary = "Get one programme dependency with its linked risks")
    @APIResponse(responseCode = "200", description = "The dependency, with its ETag",
            content = @Content(schema = @Schema(implementation = DependencyView.class), examples = @ExampleObject(name = "D-05", value = EXAMPLE)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent in If-None-Match")
    @APIResponse(responseCode = "404", description = "No dependency has this code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@Parameter(example = "D-05") @PathParam("code") String code, @Context Request request) {
        Dependency d = Dependency.byCode(code);
        return ETags.ok(request, d.version, () -> DependencyView.of(d));
    }

    @PATCH
    @Path("{code}")
    @Consumes({ MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON })
    @Transactional
    @RolesAllowed({ "programme-manager", "rdg-member", "admin" })
    @Operation(operationId = "updateDependency", summary = "Update a programme dependency (JSON merge patch)", description = """
            Send only the fields to change: status (ON_TRACK, AT_RISK, BLOCKED or RESOLVED; NOT_ASSESSED is only where a \
            dependency starts), statusNote (required when AT_RISK or BLOCKED; it goes when the status changes without a new \
            one) and owner (null clears it). The plan's wording (title, description) and the linked risks are refused with \
            422 naming the field. If-Match with the dependency's ETag is required. Publishes dependency-changed; audited \
            in GET .../history. Who: programme manager, RDG members, admin.""")
    @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = Object.class),
            examples = @ExampleObject(name = "at risk", value = """
                    {"status": "AT_RISK", "statusNote": "Two Specialist Base builds are a term late; readiness actions continue",
                     "owner": "Capital and Sufficiency Workspace"}""")))
    @APIResponse(responseCode = "200", description = "The dependency as changed, with its new ETag",
            content = @Content(schema = @Schema(implementation = DependencyView.class), examples = @ExampleObject(name = "D-05", value = EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Malformed JSON or an unknown field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Your role may not change dependencies",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No dependency has this code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "The dependency changed since you read it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A field may not be changed here, or a value breaks a rule (no note for AT_RISK or BLOCKED); errors[] names each",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response update(@Parameter(example = "D-05") @PathParam("code") String code, @HeaderParam("If-Match") String ifMatch,
            JsonNode patch) {
        Dependency d = Dependency.lockedByCode(code);
        IfMatch.require(ifMatch, d.version);
        DependencyView before = DependencyView.of(d);
        long version = d.version;
        DependencyUpdate.apply(d, patch);
        d.flush();
        if (d.version == version) {
            return Response.ok(before).tag(ETags.of(version)).build(); // nothing changed
        }
        DependencyView after = DependencyView.of(d);
        audit.record("dependency", code, "UPDATED", before, after);
        outbox.publish(DependencyChanged.TYPE, "dependency", code, code, new DependencyChanged(code, d.title, d.status, before.status(),
                d.statusNote, d.owner, after.risks().stream().map(DependencyView.LinkedRisk::code).toList(), audit.caller().name(), d.version));
        return Response.ok(after).tag(ETags.of(d.version)).build();
    }

    @GET
    @Path("{code}/history")
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "getDependencyHistory", summary = "A programme dependency's history",
            description = "Every change of status, note or owner, oldest first: who, when, before and after.")
    @APIResponse(responseCode = "200", description = "The changes", content = @Content(examples = @ExampleObject(name = "marked at risk", value = """
            [{"action": "UPDATED", "actor": "programme.manager", "client": "send-reform-web", "at": "2026-11-02T10:15:00Z",
              "before": {"code": "D-05", "status": "NOT_ASSESSED", "statusNote": null, "version": 0},
              "after": {"code": "D-05", "status": "AT_RISK", "statusNote": "Two Specialist Base builds are a term late", "version": 1}}]""")))
    @APIResponse(responseCode = "404", description = "No dependency has this code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<AuditTrail.Entry> history(@Parameter(example = "D-05") @PathParam("code") String code) {
        if (Dependency.count("code", code) == 0) {
            throw ProblemException.notFound("Dependency", code);
        }
        return audit.history("dependency", code);
    }
}
