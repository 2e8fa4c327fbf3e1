import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

import org.flywaydb.core.Flyway;

/**
 * Loads the SYNTHETIC national-scale benchmark dataset (synthetic-data.sql beside this file) into a database of its
 * own: creates the database if it is missing, brings its schema to the service's Flyway migrations, empties the
 * tables and generates the data in one transaction. Refuses a database that holds anything but synthetic data, so
 * that it can never overwrite the bundled data.
 *
 * <p>
 * Run with the packaged service's libraries on the class path (src/bench/synthetic-data.sh does):
 *
 * <pre>
 * java -cp 'target/quarkus-app/lib/main/*:target/quarkus-app/app/*' src/bench/SyntheticData.java \
 *     --url jdbc:postgresql://127.0.0.1:5432/localgov_synthetic --user owner --password secret --scale 10
 * </pre>
 *
 * Options (each also from the environment variable in brackets): --url [SYNTHETIC_JDBC_URL], --user
 * [SYNTHETIC_USER], --password [SYNTHETIC_PASSWORD], --scale (1 to 40, default 1), --seed (default 42), --sql
 * (default src/bench/synthetic-data.sql).
 */
public class SyntheticData {

    private static final String TABLES = "government, dataset, dataset_field, pledge, investment, published_total, "
            + "response_plan, response_stage, response_criterion, response_measure, execution_line, achievement, "
            + "achievement_section, figure, figure_relation, data_load";

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        String url = require(options, "url");
        String user = require(options, "user");
        String password = options.getOrDefault("password", "");
        int scale = Integer.parseInt(options.getOrDefault("scale", "1"));
        String seed = options.getOrDefault("seed", "42");
        if (scale < 1 || scale > 40) {
            throw new IllegalArgumentException("--scale must be from 1 to 40");
        }
        Path sql = Path.of(options.getOrDefault("sql", "src/bench/synthetic-data.sql"));

        long start = System.nanoTime();
        createDatabaseIfMissing(url, user, password);
        // As the service migrates, with no read-only role to grant (see afterMigrate.sql).
        Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration")
                .placeholders(Map.of("reader_role", "none")).load().migrate();
        try (Connection connection = DriverManager.getConnection(url, credentials(user, password))) {
            connection.setAutoCommit(false);
            refuseRealData(connection);
            try (Statement statement = connection.createStatement()) {
                statement.execute("TRUNCATE " + TABLES);
                // Compiling the generator's big estimated plans costs more than running them.
                statement.execute("SET LOCAL jit = off");
                statement.execute("SELECT set_config('synthetic.scale', '" + scale + "', true)");
                statement.execute("SELECT set_config('synthetic.seed', '" + seed.replace("'", "''") + "', true)");
                statement.execute(Files.readString(sql, StandardCharsets.UTF_8));
            }
            connection.commit();
            connection.setAutoCommit(true); // VACUUM runs outside a transaction block only
            try (Statement statement = connection.createStatement()) {
                // Hint bits, visibility map and statistics now, rather than by autovacuum during a measurement.
                statement.execute("VACUUM ANALYZE");
            }
            System.out.printf("synthetic data (scale %d, seed %s) loaded into %s in %.1f s: %s%n", scale, seed, url,
                    (System.nanoTime() - start) / 1e9, counts(connection));
        }
    }

    /** A database that holds any government that is not synthetic is someone's real data: stop there. */
    private static void refuseRealData(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(
                        "SELECT count(*) FROM government WHERE id NOT LIKE 'synthetic-%'")) {
            rs.next();
            if (rs.getLong(1) > 0) {
                throw new IllegalStateException("The database holds " + rs.getLong(1)
                        + " governments that are not synthetic: it is not a synthetic benchmark database. "
                        + "Give the URL of a database of its own (it is created when missing).");
            }
        }
    }

    private static void createDatabaseIfMissing(String url, String user, String password) throws SQLException {
        int slash = url.lastIndexOf('/');
        int query = url.indexOf('?', slash);
        String name = url.substring(slash + 1, query < 0 ? url.length() : query);
        if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException("database name must be a plain identifier: " + name);
        }
        String maintenance = url.substring(0, slash + 1) + "postgres" + (query < 0 ? "" : url.substring(query));
        try (Connection connection = DriverManager.getConnection(maintenance, credentials(user, password));
                Statement statement = connection.createStatement()) {
            boolean exists;
            try (ResultSet rs = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
                exists = rs.next();
            }
            if (!exists) {
                statement.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
                System.out.println("created database " + name);
            }
        }
    }

    private static String counts(Connection connection) throws SQLException {
        StringBuilder out = new StringBuilder();
        for (String table : new String[]{"government", "dataset", "pledge", "investment", "published_total",
                "execution_line"}) {
            try (Statement statement = connection.createStatement();
                    ResultSet rs = statement.executeQuery("SELECT count(*) FROM " + table)) {
                rs.next();
                out.append(out.length() == 0 ? "" : ", ").append(rs.getLong(1)).append(' ').append(table);
            }
        }
        return out.toString();
    }

    private static Properties credentials(String user, String password) {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        return properties;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        env(options, "url", "SYNTHETIC_JDBC_URL");
        env(options, "user", "SYNTHETIC_USER");
        env(options, "password", "SYNTHETIC_PASSWORD");
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("usage: --url JDBC_URL --user USER [--password PASSWORD]"
                        + " [--scale 1..40] [--seed TEXT]; unexpected: " + args[i]);
            }
            options.put(args[i].substring(2), args[++i]);
        }
        return options;
    }

    private static void env(Map<String, String> options, String name, String variable) {
        String value = System.getenv(variable);
        if (value != null && !value.isBlank()) {
            options.put(name, value);
        }
    }

    private static String require(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return value;
    }

}
