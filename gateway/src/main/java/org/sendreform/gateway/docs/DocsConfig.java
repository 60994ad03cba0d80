package org.sendreform.gateway.docs;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where the merged OpenAPI document tells clients to get tokens, and how long it is cached. */
@ConfigMapping(prefix = "gateway.docs")
public interface DocsConfig {

    /** The Keycloak realm's base URL as clients reach it, e.g. http://localhost:8180/realms/send-reform. */
    @WithDefault("http://localhost:8180/realms/send-reform")
    String realmUrl();

    /** Public base URL of the gateway for the document's servers entry; by default taken from the request. */
    Optional<String> publicUrl();

    @WithDefault("30s")
    Duration cacheFor();
}
