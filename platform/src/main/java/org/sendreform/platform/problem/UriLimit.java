package org.sendreform.platform.problem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.ext.web.Router;

/**
 * A request target (path and query) longer than {@link #MAX_URI_BYTES} is refused with a 414 problem document, before
 * any other check. The HTTP server's own limit on the request line (quarkus.http.limits.max-initial-line-length, raised
 * to 64 KiB in the platform's config) sits well above it so that such URIs reach this check; only a request line
 * over that bound is still answered by the HTTP decoder itself, with a plain 414 and no document.
 */
@ApplicationScoped
public class UriLimit {

    /** The longest request target the API accepts, in bytes (docs/api-guide.md, "Limits"); the gateway has the same. */
    public static final int MAX_URI_BYTES = 4096;

    /** Before the body-size check: a request can be refused for its URI without looking at its body. */
    static final int ORDER = BodyLimit.ORDER - 1;

    @Inject
    ObjectMapper mapper;

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(ctx -> {
            // the request target is ASCII on the wire (the decoder reads it byte for byte), so its length is its size
            int length = ctx.request().uri().length();
            if (length <= MAX_URI_BYTES) {
                ctx.next();
                return;
            }
            // no instance: echoing the refused URI back would only repeat what was too long
            RouteProblem.send(ctx, mapper, ProblemType.URI_TOO_LONG,
                    "The request URI is " + length + " bytes; at most " + MAX_URI_BYTES + " are accepted", null);
        });
    }
}
