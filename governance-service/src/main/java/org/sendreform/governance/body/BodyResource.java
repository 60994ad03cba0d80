package org.sendreform.governance.body;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import io.quarkus.panache.common.Sort;
import io.quarkus.security.Authenticated;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.sendreform.platform.audit.AuditTrail;
import org.sendreform.platform.problem.Problem;
import org.sendreform.platform.problem.ProblemException;
import org.sendreform.platform.query.QueryParameters;
import org.sendreform.platform.version.ETags;
import org.sendreform.platform.version.IfMatch;

@Path("/api/v1/bodies")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Transactional(Transactional.TxType.SUPPORTS)
@Tag(name = "Bodies", description = "The governance spine: Board, Reform Delivery Group, workspaces, Task and Finish groups")
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class BodyResource {

    @Inject
    Clock clock;

    @Inject
    TaskAndFinishGroups taskAndFinish;

    @Inject
    AuditTrail audit;

    @Schema(name = "Disbandment", description = "Why a Task and Finish group ends")
    public record Disbandment(@NotBlank(message = "is required") @Size(max = 2000, message = "must be at most 2000 characters")
            @Schema(required = true, example = "Protocol agreed by the RDG on 12 March 2027; handed to the QA workspace") String reason) {
    }

    @GET
    @Operation(operationId = "listBodies", summary = "List bodies", description = "A short register (a handful of bodies), so it is not paged. Ordered by code.")
    @APIResponse(responseCode = "200", description = "The bodies")
    @APIResponse(responseCode = "400", description = "A filter is not valid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<BodyView> list(@Parameter(schema = @Schema(implementation = BodyKind.class)) @QueryParam("kind") String kindParam) {
        BodyKind kind = QueryParameters.oneOf("kind", kindParam, BodyKind.class);
        LocalDate today = LocalDate.now(clock);
        var bodies = kind == null ? Body.<Body>findAll(Sort.by("code")) : Body.<Body>find("kind", Sort.by("code"), kind);
        return bodies.list().stream().map(b -> BodyView.of(b, today)).toList();
    }

    @GET
    @Path("{code}")
    @Operation(operationId = "getBody", summary = "Get one body with its members, decision rights and terms of reference")
    @APIResponse(responseCode = "200", description = "The body",
            content = @Content(schema = @Schema(implementation = BodyView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent in If-None-Match")
    @APIResponse(responseCode = "404", description = "No body has this code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@Parameter(example = "board") @PathParam("code") String code, @Context Request request) {
        Body body = Body.<Body>findByIdOptional(code).orElseThrow(() -> ProblemException.notFound("Body", code));
        return ETags.ok(request, body.version, () -> BodyView.of(body, LocalDate.now(clock)));
    }

    @POST
    @Path("{code}/disbandment")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed({ "rdg-member", "programme-manager", "admin" })
    @Operation(operationId = "disbandTaskAndFinishGroup", summary = "Disband a Task and Finish group when its work is done", description = """
            By the RDG it is accountable to (RDG members, the programme manager) or admin, with If-Match on the \
            group's ETag. A proposed group that will not go ahead is disbanded too. A disbanded group takes no \
            more decisions or actions; its history stays. Standing bodies are not disbanded here.""")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Disbandment.class),
            examples = @ExampleObject(name = "work done", value = """
                    {"reason": "Protocol agreed by the RDG on 12 March 2027; handed to the QA workspace"}""")))
    @APIResponse(responseCode = "200", description = "The group, disbanded, with its new ETag",
            content = @Content(schema = @Schema(implementation = BodyView.class)))
    @APIResponse(responseCode = "403", description = "Only the RDG (or admin) disbands a Task and Finish group",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No body has this code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not a Task and Finish group, or already disbanded",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "The group changed since you read it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "No reason given",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response disband(@Parameter(example = "tf-part-time-timetables") @PathParam("code") String code,
            @HeaderParam("If-Match") String ifMatch, @Valid @NotNull(message = "a body is required") Disbandment request) {
        Body group = Body.<Body>findByIdOptional(code, LockModeType.PESSIMISTIC_WRITE).orElseThrow(() -> ProblemException.notFound("Body", code));
        IfMatch.require(ifMatch, group.version);
        taskAndFinish.disband(group, request.reason());
        return Response.ok(BodyView.of(group, LocalDate.now(clock))).tag(ETags.of(group.version)).build();
    }

    @GET
    @Path("{code}/history")
    @Operation(operationId = "getBodyHistory", summary = "A body's history",
            description = "For a Task and Finish group: proposed, ratified, disbanded, with who and when, before and after.")
    @APIResponse(responseCode = "200", description = "The changes, oldest first")
    @APIResponse(responseCode = "404", description = "No body has this code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<AuditTrail.Entry> history(@Parameter(example = "tf-part-time-timetables") @PathParam("code") String code) {
        if (Body.findById(code) == null) {
            throw ProblemException.notFound("Body", code);
        }
        return audit.history("body", code);
    }
}
