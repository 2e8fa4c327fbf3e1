package kr.civicdata.api;

import java.util.Optional;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

import kr.civicdata.api.db.DatabaseBootstrap;
import kr.civicdata.api.db.EmbeddedPostgres;

/**
 * Entry point: starts the embedded PostgreSQL when no external database is configured, then the service, or, with the
 * argument {@code migrate}, only the migrations and the data load ({@link MigrateCommand}).
 */
@QuarkusMain
public class Main {

    public static void main(String... args) {
        boolean migrate = MigrateCommand.requested(args);
        if (migrate) {
            MigrateCommand.config().forEach(System::setProperty);
        }
        Optional<EmbeddedPostgres> embedded = DatabaseBootstrap.startEmbeddedUnlessExternal();
        embedded.ifPresent(server -> DatabaseBootstrap.datasourceConfig(server).forEach(System::setProperty));
        try {
            if (migrate) {
                Quarkus.run(MigrateCommand.class, args);
            } else {
                Quarkus.run(args);
            }
        } finally {
            embedded.ifPresent(EmbeddedPostgres::close);
        }
    }
}
