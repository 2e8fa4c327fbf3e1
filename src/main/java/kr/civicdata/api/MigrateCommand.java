package kr.civicdata.api;

import java.util.Map;

import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.runtime.QuarkusApplication;

import kr.civicdata.api.catalog.DataLoader;
import kr.civicdata.api.catalog.PackagesRefused;
import kr.civicdata.api.db.SchemaCheck;

/**
 * The one-shot run mode {@code java -jar quarkus-run.jar migrate}, for a Kubernetes Job or a compose service: runs the
 * migrations, checks the entities against the schema and loads the bundled data as the owner, serves nothing, and exits
 * 0, or non-zero on any failure. The
 * serving replicas then start with migrations and loading off and see the new data through the data-version poll.
 */
public class MigrateCommand implements QuarkusApplication {

    public static final String NAME = "migrate";

    private static final Logger LOG = Logger.getLogger(MigrateCommand.class);

    @Inject
    DataLoader loader;

    @Inject
    SchemaCheck schema;

    /** Whether the command line asks for this mode. */
    public static boolean requested(String... args) {
        return args.length > 0 && NAME.equals(args[0]);
    }

    /**
     * The configuration of this mode, set before Quarkus starts, above any environment variable: Flyway migrates during
     * start-up (a failure there ends the process with status 1), {@link #run} loads, and no HTTP port is opened. A
     * one-shot job waits up to 30 s for a connection of the pool, where a request gives up after 2 s: on a busy machine
     * Flyway's first connection took longer than 2 s and the job failed for nothing (seen in the external-db CI).
     */
    public static Map<String, String> config() {
        return Map.of(
                "quarkus.flyway.migrate-at-start", "true",
                "quarkus.datasource.jdbc.acquisition-timeout", "30S",
                "app.data.load-on-start", "false",
                "app.data.version-poll-interval", "off",
                "quarkus.http.host-enabled", "false");
    }

    @Override
    public int run(String... args) {
        String mismatch = schema.mismatch();
        if (mismatch != null) {
            LOG.errorf("The migrated schema does not match this release's entities: %s", mismatch);
            return 1;
        }
        try {
            boolean loaded = loader.loadIfChanged();
            LOG.infof(loaded ? "Migrated and loaded %s" : "Migrated; %s was already loaded", loader.files());
            return 0;
        } catch (PackagesRefused refused) {
            LOG.errorf("The data packages were refused; nothing was loaded:%n%s", refused.problems().text());
            return 1;
        } catch (RuntimeException e) {
            LOG.error("Could not load the data", e);
            return 1;
        }
    }
}
