package kr.civicdata.api.web.guard;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The public size limits of a request, checked by {@link RequestLimits}. Vert.x's own hard limits
 * ({@code quarkus.http.limits.max-initial-line-length}, {@code quarkus.http.limits.max-header-size}) are set higher, so
 * that a request between the two gets a problem+json answer instead of Netty's empty one.
 */
@ConfigMapping(prefix = "app.limits")
interface LimitsConfig {

    /** Longest request target (path and query, as sent, percent-encoded) in bytes; longer is a 414. */
    @WithDefault("4096")
    int maxUrlLength();

    /** Most bytes of all request header names and values together; more is a 400. */
    @WithDefault("8192")
    int maxHeaderBytes();
}
