package org.sendreform.metrics.measure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.security.Authenticated;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sendreform.platform.problem.Problem;
import org.sendreform.platform.problem.ProblemException;

@Path("/api/v1/measures/{code}/values/{period}/history")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Measures")
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ValueHistoryResource {

    @Inject
    DataSource dataSource;

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "getValueHistory", summary = "A value's history", description = "Every change of one measure's value for one period and breakdown, oldest first: who, when, old and new value, comment, and the definition version the value was submitted under.")
    @APIResponse(responseCode = "200", description = "The changes (empty when nothing was ever submitted)")
    @APIResponse(responseCode = "404", description = "No measure has this code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<ValueHistoryEntry> history(@Parameter(example = "EHCP-20WK") @PathParam("code") String code,
            @Parameter(example = "FY2025-26") @PathParam("period") String period,
            @Parameter(example = "all") @QueryParam("disaggregation") @DefaultValue("all") String disaggregation) {
        if (Measure.count("code", code) == 0) {
            throw ProblemException.notFound("Measure", code);
        }
        List<ValueHistoryEntry> changes = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(ValueHistoryEntry.SQL)) {
            s.setString(1, code);
            s.setString(2, period);
            s.setString(3, disaggregation);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    changes.add(ValueHistoryEntry.read(r));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return changes;
    }
}
