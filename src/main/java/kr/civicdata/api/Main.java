package kr.civicdata.api;

import java.util.Optional;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

import kr.civicdata.api.db.DatabaseBootstrap;
import kr.civicdata.api.db.EmbeddedPostgres;
import kr.civicdata.api.web.guard.RequestLimits;

/**
 * Entry point: starts the embedded PostgreSQL when no external database is configured, then the service, or, with the
 * argument {@code migrate}, only the migrations and the data load ({@link MigrateCommand}), with {@code load} the
 * loading of data packages ({@link LoadCommand}); {@code validate} checks packages without a database
 * ({@link ValidateCommand}).
 */
@QuarkusMain
public class Main {

    /** The JVM's log manager must be Quarkus's before anything logs, or the log is in java.util.logging's format. */
    static final String LOG_MANAGER = "java.util.logging.manager";

    public static void main(String... args) {
        // Quarkus's own launcher (fast-jar) sets it before calling this; the legacy-jar packaging of the AOT build
        // (docs/performance.md) starts here, and the embedded database below logs first.
        if (System.getProperty(LOG_MANAGER) == null) {
            System.setProperty(LOG_MANAGER, "org.jboss.logmanager.LogManager");
        }
        // Read once, when Quarkus's HTTP layer is first loaded: from then on RequestLimits answers invalid URLs.
        if (System.getProperty(RequestLimits.DISABLE_QUARKUS_URI_CHECK) == null) {
            System.setProperty(RequestLimits.DISABLE_QUARKUS_URI_CHECK, "true");
        }
        if (ValidateCommand.requested(args)) {
            // No database and no Quarkus: a package author's check, on any machine.
            System.exit(ValidateCommand.run(System.out, args));
        }
        boolean migrate = MigrateCommand.requested(args);
        boolean load = LoadCommand.requested(args);
        if (migrate) {
            MigrateCommand.config().forEach(System::setProperty);
        } else if (load) {
            LoadCommand.config().forEach(System::setProperty);
        }
        // The build's AppCDS run (quarkus.package.jar.appcds.enabled) only loads classes and exits: no database.
        Optional<EmbeddedPostgres> embedded = Boolean.getBoolean("quarkus.appcds.generate")
                ? Optional.empty()
                : DatabaseBootstrap.startEmbeddedUnlessExternal();
        embedded.ifPresent(server -> DatabaseBootstrap.datasourceConfig(server).forEach(System::setProperty));
        try {
            if (migrate) {
                Quarkus.run(MigrateCommand.class, args);
            } else if (load) {
                Quarkus.run(LoadCommand.class, args);
            } else {
                Quarkus.run(args);
            }
        } finally {
            embedded.ifPresent(EmbeddedPostgres::close);
        }
    }
}
