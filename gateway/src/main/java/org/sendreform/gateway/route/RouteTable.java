package org.sendreform.gateway.route;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The gateway's one route table: which path prefixes go to which service, and the limits of each route. */
@ConfigMapping(prefix = "gateway")
public interface RouteTable {

    Map<String, Route> routes();

    /** Largest request body the gateway passes on (413 above it), streamed, never buffered. */
    @WithDefault("64M")
    MemorySize maxBodySize();

    interface Route {
        /** Base URL of the service, e.g. http://127.0.0.1:8081. */
        URI url();

        /** Path prefixes this service owns, e.g. /api/v1/milestones (sub-paths included). */
        List<String> paths();

        /**
         * Path prefixes of this route that need no token (e.g. the published "we said / we did" records).
         * Everything else under the route's paths needs a valid token at the edge.
         */
        Optional<List<String>> publicPaths();

        /** How long the service may stay silent (no response bytes) before the gateway answers 504. */
        @WithDefault("30s")
        Duration timeout();

        /** How long connecting to the service may take before the gateway answers 503. */
        @WithDefault("2s")
        Duration connectTimeout();

        /**
         * How long a pooled connection to the service may stay idle before the gateway closes it: well below the
         * services' idle timeout (quarkus.http.idle-timeout, 2 minutes in the platform's config), so the gateway
         * gives a connection up before the service would close it under a request.
         */
        @WithDefault("30s")
        Duration keepAliveTimeout();
    }
}
