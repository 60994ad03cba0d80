package org.sendreform.governance.body;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sendreform.platform.problem.Problem;
import org.sendreform.platform.problem.ProblemException;
import org.sendreform.platform.query.QueryParameters;
import org.sendreform.platform.version.ETags;

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
}
