package org.sendreform.platform.problem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;

/**
 * A body declared larger than quarkus.http.limits.max-body-size is refused with a 413 problem document. Quarkus
 * refuses it too, one route later, but with an empty answer a client cannot tell from a broken connection. As there,
 * the connection is closed: the rest of the body is not read.
 */
@ApplicationScoped
public class BodyLimit {

    /** Before Quarkus's own check (order -2) and before any resource. */
    static final int ORDER = -3;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
    MemorySize maxBodySize;

    @Inject
    ObjectMapper mapper;

    void install(@Observes Router router) {
        long limit = maxBodySize.asLongValue();
        router.route().order(ORDER).handler(ctx -> {
            String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            long declared;
            try {
                declared = length == null ? -1 : Long.parseLong(length.trim());
            } catch (NumberFormatException e) {
                declared = -1; // the HTTP codec refuses a malformed Content-Length itself
            }
            if (declared <= limit) {
                ctx.next();
                return;
            }
            RouteProblem.send(ctx, mapper, ProblemType.PAYLOAD_TOO_LARGE,
                    "The body is " + declared + " bytes; at most " + limit + " are accepted", RouteProblem.instance(ctx.request().path()));
        });
    }
}
