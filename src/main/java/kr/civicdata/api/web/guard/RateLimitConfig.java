package kr.civicdata.api.web.guard;

import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The per-client token bucket that {@link RateLimiter} applies to every request but the health checks. */
@ConfigMapping(prefix = "app.rate-limit")
interface RateLimitConfig {

    /** Whether requests are limited at all. */
    @WithDefault("true")
    boolean enabled();

    /** Tokens a bucket holds: the burst a client may send at once. Each request takes one token. */
    @WithDefault("1000")
    int capacity();

    /** Tokens added to each bucket per second: the sustained request rate of one client. */
    @WithDefault("500")
    double refillPerSecond();

    /**
     * Most client buckets held in memory. When more clients are active, the least recently seen are forgotten and
     * start again with a full bucket: memory stays bounded whatever the number of addresses.
     */
    @WithDefault("100000")
    int maxClients();

    /**
     * Addresses or CIDR ranges of reverse proxies whose {@code X-Forwarded-For} is believed. The client is then the
     * right-most address of that header that is not itself a trusted proxy. Empty: the header is ignored and the
     * client is the address of the TCP peer.
     */
    Optional<List<String>> trustedProxies();
}
