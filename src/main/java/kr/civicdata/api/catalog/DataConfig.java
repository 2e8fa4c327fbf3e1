package kr.civicdata.api.catalog;

import java.util.List;
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
     * A data package directory loaded instead of the bundled package (by {@code migrate} or at start-up): a
     * datapackage.json and its CSV files, or only CSV files of the bundled names and columns, which are then read with
     * the bundled descriptor; unset loads the bundled package.
     */
    Optional<String> directory();

    /**
     * Further data packages (directories or zips, comma-separated) loaded beside the bundled one, by {@code migrate}
     * or at start-up; a package no longer listed is removed with its rows at the next start or {@code migrate}.
     */
    Optional<List<String>> packages();

    /**
     * How often every replica looks for data loaded by another process (a loading job, another replica), as a
     * duration such as {@code 10s}; {@code off} never looks.
     */
    @WithDefault("10s")
    String versionPollInterval();
}
