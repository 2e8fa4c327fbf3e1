package kr.civicdata.api.web.problem;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How failures are told in the log (docs/operations.md, "Logs"). */
@ConfigMapping(prefix = "app.log")
interface LogConfig {

    /** How often a summary is logged while the database cannot be reached. */
    @WithDefault("30s")
    Duration outageSummaryInterval();

    /**
     * A failure of one cause is logged at most once in this window, an unexpected one with its stack trace; its
     * repeats are counted, and their number logged when the window closes.
     */
    @WithDefault("60s")
    Duration repeatWindow();
}
