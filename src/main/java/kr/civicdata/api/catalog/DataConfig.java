package kr.civicdata.api.catalog;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the data reaches the database. */
@ConfigMapping(prefix = "app.data")
public interface DataConfig {

    /**
     * Load the bundled CSV files at start-up when they differ from what the database holds. Turn off for a service
     * that connects as a read-only role; the data is then loaded once by a job that runs as the owner.
     */
    @WithDefault("true")
    boolean loadOnStart();

    /**
     * A directory of CSV files with the names and columns of the bundled ones ({@code src/main/resources/data}), all of
     * them, loaded instead of the bundled files (by {@code migrate} or at start-up); unset loads the bundled files.
     */
    Optional<String> directory();

    /**
     * How often every replica looks for data loaded by another process (a loading job, another replica), as a
     * duration such as {@code 10s}; {@code off} never looks.
     */
    @WithDefault("10s")
    String versionPollInterval();
}
