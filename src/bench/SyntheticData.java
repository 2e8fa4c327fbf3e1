import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import kr.civicdata.api.catalog.BundledData;
import kr.civicdata.api.datapackage.CanonicalPackage;

/**
 * Writes the SYNTHETIC national-scale benchmark dataset (synthetic-data.sql beside this file) as a data package, the
 * format operators load: the generator runs in a PostgreSQL database, inside one transaction, into a scratch schema of
 * tables shaped as the service's own (created there and rolled back, so that the database's data is never touched),
 * and each table is copied out as the CSV file of its resource, described by the bundled package's Table Schemas.
 * src/bench/synthetic-data.sh then loads the package with the service's {@code load} command, which validates every
 * row before it writes anything, so that the benchmark's data comes in by the path operators use.
 *
 * <p>
 * Run with the packaged service's libraries on the class path (src/bench/synthetic-data.sh does):
 *
 * <pre>
 * java -cp 'target/quarkus-app/lib/main/*:target/quarkus-app/app/*' src/bench/SyntheticData.java \
 *     --url jdbc:postgresql://127.0.0.1:5432/localgov_synthetic --user owner --password secret --scale 10 \
 *     --out target/synthetic-package-10
 * </pre>
 *
 * Options (each also from the environment variable in brackets): --url [SYNTHETIC_JDBC_URL], --user
 * [SYNTHETIC_USER], --password [SYNTHETIC_PASSWORD], --scale (1 to 40, default 1), --seed (default 42), --sql
 * (default src/bench/synthetic-data.sql), --out (the package directory, default target/synthetic-package-SCALE);
 * {@code --vacuum true} instead only runs VACUUM ANALYZE on the database (after the load).
 */
public class SyntheticData {

    /** The tables the generator fills, and what else it writes to; all made in the scratch schema. */
    private static final String[] GENERATED = {"government", "dataset", "dataset_field", "pledge", "investment",
            "published_total", "response_plan", "response_stage", "response_criterion", "response_measure",
            "execution_line", "achievement", "achievement_section", "figure", "figure_relation", "data_load"};
    private static final String SCRATCH = "synthetic_scratch";

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        String url = require(options, "url");
        String user = require(options, "user");
        String password = options.getOrDefault("password", "");
        if ("true".equals(options.get("vacuum"))) {
            try (Connection connection = DriverManager.getConnection(url, credentials(user, password));
                    Statement statement = connection.createStatement()) {
                // Hint bits, visibility map and statistics now, rather than by autovacuum during a measurement.
                statement.execute("VACUUM ANALYZE");
            }
            return;
        }
        int scale = Integer.parseInt(options.getOrDefault("scale", "1"));
        String seed = options.getOrDefault("seed", "42");
        if (scale < 1 || scale > 40) {
            throw new IllegalArgumentException("--scale must be from 1 to 40");
        }
        Path sql = Path.of(options.getOrDefault("sql", "src/bench/synthetic-data.sql"));
        Path out = Path.of(options.getOrDefault("out", "target/synthetic-package-" + scale));

        long start = System.nanoTime();
        createDatabaseIfMissing(url, user, password);
        // As the service migrates, with no read-only role to grant (see afterMigrate.sql): the scratch tables are
        // made like the migrated ones.
        Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration")
                .placeholders(Map.of("reader_role", "none")).load().migrate();
        CanonicalPackage canonical = CanonicalPackage.bundled();
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection connection = DriverManager.getConnection(url, credentials(user, password))) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE SCHEMA " + SCRATCH);
                for (String table : GENERATED) {
                    statement.execute("CREATE TABLE " + SCRATCH + "." + table + " (LIKE public." + table
                            + " INCLUDING ALL)");
                }
                // A column the database derives and no package holds: an investment's copy of its pledge's code
                // order (migration V8), kept by a trigger of the public table, which LIKE does not copy.
                statement.execute("ALTER TABLE " + SCRATCH + ".investment DROP COLUMN code_sort");
                statement.execute("SET LOCAL search_path = " + SCRATCH + ", public");
                // Compiling the generator's big estimated plans costs more than running them.
                statement.execute("SET LOCAL jit = off");
                statement.execute("SELECT set_config('synthetic.scale', '" + scale + "', true)");
                statement.execute("SELECT set_config('synthetic.seed', '" + seed.replace("'", "''") + "', true)");
                statement.execute(Files.readString(sql, StandardCharsets.UTF_8));
            }
            Files.createDirectories(out);
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            ArrayNode resources = mapper.createArrayNode();
            for (CanonicalPackage.Resource resource : canonical.resources()) {
                String table = BundledData.table(resource.name());
                long rows;
                try (Statement statement = connection.createStatement();
                        ResultSet rs = statement.executeQuery("SELECT count(*) FROM " + SCRATCH + "." + table)) {
                    rs.next();
                    rows = rs.getLong(1);
                }
                Path file = out.resolve(resource.path());
                Files.deleteIfExists(file);
                if (rows == 0 && !List.of("governments", "datasets").contains(resource.name())) {
                    continue;
                }
                counts.put(resource.name(), rows);
                // CSV as the package's dialect reads it: NULL as an empty cell, an empty text quoted.
                try (OutputStream csv = Files.newOutputStream(file)) {
                    // As text, as the service exports: a boolean as true or false, a number with its printed scale.
                    copy.copyOut("COPY (SELECT " + resource.schema().names().stream().map(n -> n + "::text")
                            .collect(Collectors.joining(", ")) + " FROM " + SCRATCH
                            + "." + table + " ORDER BY " + String.join(", ", resource.schema().primaryKey)
                            + ") TO STDOUT WITH (FORMAT csv, HEADER)", csv);
                }
                resources.add(resource.descriptor().deepCopy());
            }
            ObjectNode descriptor = mapper.createObjectNode();
            descriptor.put("profile", canonical.root().path("profile").asText());
            descriptor.put("name", "synthetic-national-x" + scale);
            descriptor.put("title", "[합성] SYNTHETIC national-scale benchmark data, scale " + scale + ", seed " + seed);
            descriptor.put("description", "SYNTHETIC: generated by src/bench/synthetic-data.sql for the benchmark; "
                    + "not published by anyone. Every id starts with synthetic-.");
            descriptor.set("resources", resources);
            Files.write(out.resolve("datapackage.json"), mapper.writeValueAsBytes(descriptor));
            // Nothing of the generation stays in the database: the package is the product.
            connection.rollback();
        }
        System.out.printf("synthetic data package (scale %d, seed %s) written to %s in %.1f s: %s%n", scale, seed,
                out, (System.nanoTime() - start) / 1e9, counts.entrySet().stream()
                        .map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", ")));
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
                        + " [--scale 1..40] [--seed TEXT] [--out DIR] | --vacuum true; unexpected: " + args[i]);
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
