package kr.civicdata.api.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** HTTP caching behaviour of the API. */
@ConfigMapping(prefix = "app.http")
public interface HttpConfig {

    /** Cache-Control sent with every API answer. */
    @WithDefault("public, max-age=60")
    String cacheControl();

    /** Upper bound of the memory held by ready representations, in megabytes; never more than a quarter of the heap. */
    @WithDefault("64")
    int representationCacheMegabytes();

    /** Bodies smaller than this many bytes are never gzipped: the header costs more than it saves. */
    @WithDefault("1024")
    int gzipMinimumBytes();
}
