package org.sendreform.metrics.feed;

import java.util.List;

import javax.sql.DataSource;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sendreform.platform.problem.Problem;
import org.sendreform.platform.query.QueryParameters;

@Path("/api/v1/feeds/values")
@Tag(name = "Feeds", description = "Incremental change feeds for analytics")
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "The token's roles do not include analytics-reader, programme-manager or admin",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ValueFeedResource {

    /** Pages are streamed, so a large page costs no more memory than a small one; it saves round trips. */
    public static final int MAX_LIMIT = 100_000;
    static final String NEXT_CURSOR = "X-Next-Cursor";

    @Inject
    DataSource dataSource;

    /** The shape of a page, for the OpenAPI document: pages are streamed by {@link FeedPageStream}. */
    @Schema(name = "ValueFeedPage")
    public record FeedPage(List<ValueChange> items,
            @Schema(description = "Send as since= to read on; equals the cursor sent when nothing is new") String nextCursor,
            @Schema(description = "True when more changes are waiting now") boolean more) {
    }

    @GET
    @Produces({ MediaType.APPLICATION_JSON, "text/csv" })
    @RolesAllowed({ "analytics-reader", "programme-manager", "admin" })
    @Operation(operationId = "readValueFeed", summary = "Read the change feed of values", description = """
            Every change of every value (created, updated by a correction, removed by a snapshot) in commit order. \
            Start without since; then pass the nextCursor you were given. A change committed while you read is never \
            skipped: it appears after your cursor. Accept: text/csv gives the same rows as CSV, with the next cursor in \
            the X-Next-Cursor header (also given for JSON) and a Link rel="next".""")
    @APIResponse(responseCode = "200", description = "Up to limit changes after the cursor",
            content = { @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FeedPage.class)),
                    @Content(mediaType = "text/csv", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)) })
    @APIResponse(responseCode = "400", description = "since is not a cursor of this feed, or limit is out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response read(@Parameter(description = "The nextCursor of your last read; absent to start at the beginning") @QueryParam("since") String since,
            @Parameter(description = "At most this many changes (1 to 100,000; default 1,000)",
                    schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER, minimum = "1", maximum = "100000"))
            @QueryParam("limit") String limitParam,
            @Context HttpHeaders headers, @Context UriInfo uri) {
        long after = FeedCursor.position(since);
        int limit = QueryParameters.integer("limit", limitParam, 1000, 1, MAX_LIMIT);
        FeedPageStream.Bounds page = FeedPageStream.bounds(dataSource, after, limit);
        long last = page.last();
        String next = FeedCursor.of(last);
        java.net.URI nextUri = uri.getRequestUriBuilder().replaceQueryParam("since", next).build();
        String link = "<" + nextUri.getRawPath() + "?" + nextUri.getRawQuery() + ">; rel=\"next\"";
        // the client's most preferred concrete type decides; */* and no Accept mean JSON
        boolean csv = headers.getAcceptableMediaTypes().stream().filter(t -> !t.isWildcardType() && !t.isWildcardSubtype())
                .findFirst().map(t -> "text".equals(t.getType()) && "csv".equals(t.getSubtype())).orElse(false);
        Response.ResponseBuilder answer = Response.ok(new FeedPageStream(dataSource, page, csv, next),
                csv ? "text/csv" : MediaType.APPLICATION_JSON);
        return answer.header(NEXT_CURSOR, next).header("Link", link).build();
    }
}
