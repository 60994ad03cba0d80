package org.sendreform.milestones.workspace;

import java.util.List;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.panache.common.Sort;
import io.quarkus.security.Authenticated;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sendreform.platform.problem.Problem;

@Path("/api/v1/workspaces")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Roadmap")
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class WorkspaceResource {

    @Schema(name = "Workspace")
    public record WorkspaceView(@Schema(example = "capital-sufficiency") String code,
            @Schema(example = "Capital and Sufficiency") String name,
            @Schema(example = "Head of SEND with the Education Capital Lead") String responsible) {
    }

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "listWorkspaces", summary = "List the delivery workspaces", description = "Their milestones are under /api/v1/milestones?workspace={code}.")
    @APIResponse(responseCode = "200", description = "All workspaces, by code")
    public List<WorkspaceView> list() {
        return Workspace.<Workspace>findAll(Sort.by("code")).list().stream()
                .map(w -> new WorkspaceView(w.code, w.name, w.responsible)).toList();
    }
}
