package org.sendreform.gateway.limit;

import java.time.Duration;
import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Requests allowed per client per window: by role for authenticated clients, by address for anonymous ones. */
@ConfigMapping(prefix = "gateway.rate-limit")
public interface RateLimits {

    @WithDefault("1m")
    Duration window();

    /** Per address, for routes that need no token (docs). */
    @WithDefault("120")
    int anonymous();

    /** For a client none of whose roles has its own limit. */
    @WithDefault("600")
    int authenticated();

    /** Per role; a client with several roles gets the highest of their limits. */
    Map<String, Integer> roles();
}
