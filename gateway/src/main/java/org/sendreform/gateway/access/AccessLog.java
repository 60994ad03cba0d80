package org.sendreform.gateway.access;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;

import org.jboss.logging.Logger;
import org.sendreform.gateway.edge.EdgeProblem;

/**
 * Correlation and the access log. Every request gets an X-Request-Id (the caller's, or a new one) and a W3C
 * traceparent (the caller's when valid, else a new trace), both passed to the service and returned. One log
 * line per request: client, route, method, path, status, duration. Never tokens, query strings or bodies.
 */
public final class AccessLog {

    public static final String TRACEPARENT = "traceparent";
    static final String CLIENT = "gateway.client";
    static final String ROUTE = "gateway.route";
    static final String STARTED = "gateway.started";
    private static final Logger LOG = Logger.getLogger("org.sendreform.gateway.access");
    private static final Pattern VALID_TRACEPARENT = Pattern.compile("00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private AccessLog() {
    }

    public static void begin(RoutingContext rc) {
        if (rc.get(STARTED) != null) { // a reroute (e.g. /docs/ → /docs/index.html) is the same request
            rc.next();
            return;
        }
        long started = System.nanoTime();
        rc.put(STARTED, started);
        HttpServerRequest request = rc.request();
        String requestId = EdgeProblem.requestId(rc);
        request.headers().set(EdgeProblem.REQUEST_ID, requestId);
        String traceparent = request.getHeader(TRACEPARENT);
        if (traceparent == null || !VALID_TRACEPARENT.matcher(traceparent).matches()) {
            traceparent = "00-" + hex(16) + "-" + hex(8) + "-01";
            request.headers().set(TRACEPARENT, traceparent);
        }
        rc.response().putHeader(EdgeProblem.REQUEST_ID, requestId).putHeader(TRACEPARENT, traceparent);
        rc.addEndHandler(done -> {
            long millis = (System.nanoTime() - started) / 1_000_000;
            String client = rc.get(CLIENT);
            String route = rc.get(ROUTE);
            LOG.infof("client=%s route=%s method=%s path=%s status=%d duration_ms=%d request_id=%s",
                    client == null ? "anonymous@" + address(request) : client,
                    route == null ? "-" : route, request.method(), shortened(request.path()), rc.response().getStatusCode(), millis,
                    requestId);
        });
        rc.next();
    }

    public static void client(RoutingContext rc, String client) {
        rc.put(CLIENT, client);
    }

    public static void route(RoutingContext rc, String route) {
        rc.put(ROUTE, route);
    }

    public static String address(HttpServerRequest request) {
        return request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
    }

    /** A path as logged: whole up to 256 characters (a URI refused as too long can have 64 KiB). */
    static String shortened(String path) {
        return path == null || path.length() <= 256 ? path : path.substring(0, 256) + "...(" + path.length() + " characters)";
    }

    private static String hex(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
