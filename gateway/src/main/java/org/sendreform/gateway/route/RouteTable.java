package org.sendreform.gateway.route;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The gateway's one route table: which path prefixes go to which service. */
@ConfigMapping(prefix = "gateway")
public interface RouteTable {

    Map<String, Route> routes();

    interface Route {
        /** Base URL of the service, e.g. http://127.0.0.1:8081. */
        URI url();

        /** Path prefixes this service owns, e.g. /api/v1/milestones (sub-paths included). */
        List<String> paths();

        /** How long the service may take to start answering. */
        @WithDefault("30s")
        Duration timeout();
    }
}
