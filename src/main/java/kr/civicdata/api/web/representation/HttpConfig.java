package kr.civicdata.api.web.representation;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** HTTP caching behaviour of the API. */
@ConfigMapping(prefix = "app.http")
interface HttpConfig {

    /** Cache-Control sent with every API answer. */
    @WithDefault("public, max-age=60")
    String cacheControl();

    /** Upper bound of the memory held by ready representations, in megabytes; never more than an eighth of the heap. */
    @WithDefault("64")
    int representationCacheMegabytes();

    /**
     * Representations built at once (queries, serialisation); further builds wait their turn, first come first
     * served. 0 means twice the processors the JVM may use. Building is CPU work (also the database's, when it runs
     * beside the service): more builds at once than cores only share the cores and stretch every build.
     */
    @WithDefault("0")
    int concurrentBuilds();

    /** How long a build waits for its turn before its request is answered 503 (busy, try again). */
    @WithDefault("2s")
    Duration buildQueueTimeout();

    /** Bodies smaller than this many bytes are never gzipped: the header costs more than it saves. */
    @WithDefault("1024")
    int gzipMinimumBytes();
}
