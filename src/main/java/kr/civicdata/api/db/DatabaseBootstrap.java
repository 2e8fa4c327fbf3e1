package kr.civicdata.api.db;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.jboss.logging.Logger;

/**
 * Decides, before Quarkus starts, whether the service uses an external PostgreSQL or starts the embedded one.
 *
 * <p>
 * This must run at run time of the packaged application (and of each test run), never during the build: a JDBC URL
 * captured at build time would point at a server that no longer exists. The datasource properties it returns are
 * runtime configuration in Quarkus, so setting them just before start-up is enough.
 */
public final class DatabaseBootstrap {

    /** Environment variable (or system property {@code quarkus.datasource.jdbc.url}) that selects an external server. */
    public static final String EXTERNAL_URL_ENV = "QUARKUS_DATASOURCE_JDBC_URL";
    /** Where the embedded server keeps its data; unset means a temporary directory removed on shutdown. */
    public static final String DATA_DIR_ENV = "APP_EMBEDDED_DB_DATA_DIR";
    public static final String DATA_DIR_PROPERTY = "app.embedded-db.data-dir";
    /**
     * The role granted {@code SELECT} after every migration (environment variable {@code APP_DB_READER_ROLE}), passed
     * to the Flyway callback {@code afterMigrate.sql} as the placeholder {@code reader_role}.
     */
    public static final String READER_ROLE_PROPERTY = "app.db.reader-role";

    private static final Logger LOG = Logger.getLogger(DatabaseBootstrap.class);

    private DatabaseBootstrap() {
    }

    /** Whether an external database is configured through the environment or a system property. */
    public static boolean externalDatabaseConfigured() {
        return notBlank(System.getenv(EXTERNAL_URL_ENV)) || notBlank(System.getProperty("quarkus.datasource.jdbc.url"));
    }

    /**
     * Starts the embedded server unless an external database is configured.
     *
     * @return the server, if one was started
     */
    public static Optional<EmbeddedPostgres> startEmbeddedUnlessExternal() {
        if (externalDatabaseConfigured()) {
            LOG.info("External PostgreSQL configured: no embedded server is started");
            return Optional.empty();
        }
        String dir = Optional.ofNullable(System.getProperty(DATA_DIR_PROPERTY)).orElse(System.getenv(DATA_DIR_ENV));
        return Optional.of(EmbeddedPostgres.start(notBlank(dir) ? Path.of(dir) : null));
    }

    /**
     * The configuration that points Quarkus at the embedded server with least privilege, as a deployment would: the
     * connection pool as the read-only role, Flyway and the data load as the owner, and the reader named for the
     * grants that follow every migration.
     */
    public static Map<String, String> datasourceConfig(EmbeddedPostgres server) {
        return Map.of(
                "quarkus.datasource.jdbc.url", server.jdbcUrl(),
                "quarkus.datasource.username", server.readerUsername(),
                "quarkus.datasource.password", server.readerPassword(),
                "quarkus.flyway.username", server.ownerUsername(),
                "quarkus.flyway.password", server.ownerPassword(),
                READER_ROLE_PROPERTY, server.readerUsername());
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }
}
