package org.sendreform.platform.problem;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * While the database cannot be reached (down, restarting, recovering, or paused so that statements time out),
 * a request fails with 503 and a Retry-After header instead of a 500: the client learns that nothing was
 * stored and that the same request will work again shortly (submissions are safe to repeat with their
 * Idempotency-Key). Every other failure still becomes the 500 of {@link ProblemMappers#unexpected}.
 *
 * <p>Services reach PostgreSQL through Hibernate, Agroal and plain JDBC, and wrap the JDBC exceptions in their
 * own, so the mapper takes any exception that no more specific mapper claims and looks for the connection
 * failure in its causes. The datasource's timeouts (platform microprofile-config.properties) make a paused
 * database fail a request within seconds rather than hold it.
 */
public class Unavailable {

    private static final Logger LOG = Logger.getLogger(Unavailable.class);
    /** Seconds: a restarted PostgreSQL accepts connections again within a few. */
    public static final int RETRY_AFTER_SECONDS = 2;
    // SQLSTATE class 08: connection exception; 57P01..03: shutting down, crashed, not yet accepting connections
    private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03");

    private final ProblemMappers problems = new ProblemMappers();

    @ServerExceptionMapper
    public Response unavailable(Exception e, UriInfo uri, HttpHeaders headers) {
        if (!databaseUnreachable(e)) {
            return problems.unexpected(e, uri, headers);
        }
        String traceId = ProblemMappers.traceId(headers);
        LOG.warnf("Database unreachable on %s (trace %s): %s", uri == null ? "?" : uri.getPath(), traceId, rootMessage(e));
        URI instance = uri == null ? null : URI.create(uri.getRequestUri().getRawPath());
        Problem body = new Problem(ProblemType.UNAVAILABLE.type(), ProblemType.UNAVAILABLE.title(), 503,
                "The database cannot be reached just now; nothing was stored. Retry after " + RETRY_AFTER_SECONDS + " seconds",
                instance, List.of(), traceId);
        return Response.status(503).type(Problem.MEDIA_TYPE).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .entity(body).build();
    }

    /** True when a cause of the failure is a lost, refused or timed-out connection to the database. */
    static boolean databaseUnreachable(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SocketTimeoutException || t instanceof ConnectException) {
                return true;
            }
            // by name: the platform does not depend on Hibernate, some services do
            if (t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
                return true;
            }
            if (t instanceof SQLException sql && unreachable(sql)) {
                return true;
            }
            // pgjdbc, when the pool gave up on a connection it was still making: no SQLSTATE of class 08
            String message = t.getMessage();
            if (message != null && (message.contains("Interrupted while attempting to connect")
                    || message.contains("Connection attempt timed out"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean unreachable(SQLException e) {
        String state = e.getSQLState();
        if (state != null && (state.startsWith("08") || UNAVAILABLE_STATES.contains(state))) {
            return true;
        }
        // Agroal's pool, when no connection could be made in time, says so without a SQLSTATE
        String message = e.getMessage();
        return state == null && message != null && message.contains("Acquisition timeout");
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
