package org.sendreform.gateway.edge;

import io.vertx.ext.web.RoutingContext;

/**
 * A request target (path and query) longer than {@link #MAX_URI_BYTES} is refused with a 414 problem document before
 * any route, as every service refuses it (the platform's problem.UriLimit). The HTTP server reads request lines up to
 * 64 KiB (quarkus.http.limits.max-initial-line-length) so that such URIs reach this check; a request line over that
 * bound is still answered by the HTTP decoder itself, with a plain 414.
 */
public final class UriLimit {

    /** The longest request target the API accepts, in bytes (docs/api-guide.md, "Limits"). */
    public static final int MAX_URI_BYTES = 4096;

    private UriLimit() {
    }

    public static void refuseLongUris(RoutingContext rc) {
        int length = rc.request().uri().length(); // ASCII on the wire: its length is its size
        if (length <= MAX_URI_BYTES) {
            rc.next();
            return;
        }
        String declared = rc.request().getHeader("Content-Length");
        if (rc.request().getHeader("Transfer-Encoding") != null || declared != null && !declared.trim().equals("0")) {
            rc.response().putHeader("Connection", "close"); // the body is not read: no request may follow it
        }
        // no instance: echoing the refused URI back would only repeat what was too long
        EdgeProblem.send(rc, 414, "uri-too-long", "URI is too long",
                "The request URI is " + length + " bytes; at most " + MAX_URI_BYTES + " are accepted", null);
    }
}
