package kr.civicdata.api.catalog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import kr.civicdata.api.datapackage.CanonicalPackage;
import kr.civicdata.api.datapackage.PackageValidator;
import kr.civicdata.api.datapackage.ValidatedPackage;

/**
 * The SQL of a load, on one connection in the caller's transaction: what the database holds of each package, which
 * ids other packages have, and the writes (rows of replaced and removed packages deleted, the new rows copied in, each
 * dataset's field dictionary, the packages' records and the version of the whole data).
 */
final class PackageWriter {

    /** A package the database holds. */
    record Loaded(String name, String version, String origin) {
    }

    /** Rows of a government's tables, children first: the order deletes need. */
    private static final List<String> DELETES = List.of(
            "DELETE FROM figure_relation WHERE government_id = ANY(?)",
            "DELETE FROM figure WHERE government_id = ANY(?)",
            "DELETE FROM achievement_section WHERE achievement_id IN "
                    + "(SELECT id FROM achievement WHERE government_id = ANY(?))",
            "DELETE FROM achievement WHERE government_id = ANY(?)",
            "DELETE FROM execution_line WHERE government_id = ANY(?)",
            "DELETE FROM response_measure WHERE plan_id IN (SELECT id FROM response_plan WHERE government_id = ANY(?))",
            "DELETE FROM response_criterion WHERE plan_id IN "
                    + "(SELECT id FROM response_plan WHERE government_id = ANY(?))",
            "DELETE FROM response_stage WHERE plan_id IN (SELECT id FROM response_plan WHERE government_id = ANY(?))",
            "DELETE FROM response_plan WHERE government_id = ANY(?)",
            "DELETE FROM published_total WHERE government_id = ANY(?)",
            "DELETE FROM investment WHERE pledge_id IN (SELECT id FROM pledge WHERE government_id = ANY(?))",
            "DELETE FROM pledge WHERE government_id = ANY(?)",
            "DELETE FROM dataset_field WHERE dataset_id IN (SELECT id FROM dataset WHERE government_id = ANY(?))",
            "DELETE FROM dataset WHERE government_id = ANY(?)",
            "DELETE FROM government WHERE id = ANY(?)");

    private final Connection connection;

    PackageWriter(Connection connection) {
        this.connection = connection;
    }

    Map<String, Loaded> loaded() throws SQLException {
        Map<String, Loaded> loaded = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT name, version, origin FROM data_package ORDER BY name")) {
            while (rs.next()) {
                loaded.put(rs.getString(1), new Loaded(rs.getString(1), rs.getString(2), rs.getString(3)));
            }
        }
        return loaded;
    }

    /** The ids of the packages that stay: what a package being loaded may not take. */
    PackageValidator.Others others(Collection<String> leaving) throws SQLException {
        PackageValidator.Others others = PackageValidator.Others.none();
        Array names = connection.createArrayOf("text", leaving.toArray());
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT id, admin_code, package FROM government WHERE package IS NOT NULL AND package <> ALL(?)")) {
            statement.setArray(1, names);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    others.governments().put(rs.getString(1), rs.getString(3));
                    others.adminCodes().put(rs.getString(2), rs.getString(3));
                }
            }
        }
        try (PreparedStatement statement = connection.prepareStatement("SELECT d.id, g.package FROM dataset d "
                + "JOIN government g ON g.id = d.government_id WHERE g.package IS NOT NULL AND g.package <> ALL(?)")) {
            statement.setArray(1, names);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    others.datasets().put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return others;
    }

    /**
     * Deletes every row of the packages named and of the governments the new packages declare that no package owns
     * yet (rows loaded before there were packages), then the records of the packages removed.
     */
    void delete(Collection<String> replaced, Collection<String> removed, Collection<String> claimed)
            throws SQLException {
        List<String> governments = new ArrayList<>();
        List<String> packages = new ArrayList<>(replaced);
        packages.addAll(removed);
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT id FROM government WHERE package = ANY(?) OR (package IS NULL AND id = ANY(?))")) {
            statement.setArray(1, connection.createArrayOf("text", packages.toArray()));
            statement.setArray(2, connection.createArrayOf("text", claimed.toArray()));
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    governments.add(rs.getString(1));
                }
            }
        }
        if (!governments.isEmpty()) {
            Array ids = connection.createArrayOf("text", governments.toArray());
            for (String delete : DELETES) {
                try (PreparedStatement statement = connection.prepareStatement(delete)) {
                    statement.setArray(1, ids);
                    statement.executeUpdate();
                }
            }
        }
        try (PreparedStatement statement = connection
                .prepareStatement("DELETE FROM data_package WHERE name = ANY(?)")) {
            statement.setArray(1, connection.createArrayOf("text", removed.toArray()));
            statement.executeUpdate();
        }
    }

    /** Records the packages, then copies in their rows, table by table, and their datasets' dictionaries. */
    void insert(List<ValidatedPackage> packages, String origin, CanonicalPackage canonical)
            throws SQLException, IOException {
        try (PreparedStatement statement = connection.prepareStatement("INSERT INTO data_package "
                + "(name, title, version, origin, source, loaded_at) VALUES (?, ?, ?, ?, ?, now()) "
                + "ON CONFLICT (name) DO UPDATE SET title = EXCLUDED.title, version = EXCLUDED.version, "
                + "origin = EXCLUDED.origin, source = EXCLUDED.source, loaded_at = EXCLUDED.loaded_at")) {
            for (ValidatedPackage pkg : packages) {
                statement.setString(1, pkg.name());
                statement.setString(2, pkg.title());
                statement.setString(3, pkg.version());
                statement.setString(4, origin);
                statement.setString(5, pkg.source());
                statement.addBatch();
            }
            statement.executeBatch();
        }
        var copy = connection.unwrap(PGConnection.class).getCopyAPI();
        for (BundledData.Table table : BundledData.TABLES) {
            if (packages.stream().noneMatch(p -> p.has(table.resource()))) {
                continue;
            }
            List<String> columns = new ArrayList<>(canonical.resource(table.resource()).schema().names());
            boolean government = table.table().equals("government");
            if (government) {
                columns.add("package");
            }
            CopyIn in = copy.copyIn("COPY " + table.table() + " (" + String.join(", ", columns)
                    + ") FROM STDIN (FORMAT csv)");
            try {
                CopyRows rows = new CopyRows(in);
                for (ValidatedPackage pkg : packages) {
                    pkg.rows(table.resource(), values -> rows.row(values, government ? pkg.name() : null));
                }
                rows.finish();
            } catch (IOException | RuntimeException e) {
                if (in.isActive()) {
                    in.cancelCopy();
                }
                throw e;
            }
        }
        dictionaries(packages, canonical);
    }

    /** Each dataset's field dictionary: the API fields of the resources that serve its rows, with its notes. */
    private void dictionaries(List<ValidatedPackage> packages, CanonicalPackage canonical)
            throws SQLException, IOException {
        CopyIn in = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
                "COPY dataset_field (dataset_id, ord, resource, field, type, unit, description) FROM STDIN (FORMAT csv)");
        try {
            CopyRows rows = new CopyRows(in);
            for (ValidatedPackage pkg : packages) {
                Map<String, String> notes = new HashMap<>();
                pkg.notes().forEach(n -> notes.put(n.dataset() + "\u0000" + n.resource() + "\u0000" + n.field(),
                        n.description()));
                for (String dataset : pkg.datasets()) {
                    Set<String> resources = pkg.datasetResources().getOrDefault(dataset, Set.of());
                    int ord = 0;
                    for (CanonicalPackage.ApiResource api : canonical.apiResources()) {
                        if (!resources.contains(api.rowsOf())) {
                            continue;
                        }
                        for (CanonicalPackage.ApiField field : api.fields()) {
                            String description = notes.getOrDefault(dataset + "\u0000" + api.name() + "\u0000"
                                    + field.name(), field.description());
                            rows.row(new String[]{dataset, String.valueOf(++ord), api.name(), field.name(),
                                    field.type(), field.unit(), description}, null);
                        }
                    }
                }
            }
            rows.finish();
        } catch (IOException | RuntimeException e) {
            if (in.isActive()) {
                in.cancelCopy();
            }
            throw e;
        }
    }

    /** Records the version of the whole data, so that every replica sees a load at its next poll. */
    String bumpVersion() throws SQLException {
        StringBuilder all = new StringBuilder();
        for (Loaded pkg : loaded().values()) {
            all.append(pkg.name()).append('=').append(pkg.version()).append('\n');
        }
        String version;
        try {
            version = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(all.toString()
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO data_load (singleton, version, loaded_at) VALUES (TRUE, ?, clock_timestamp()) "
                        + "ON CONFLICT (singleton) DO UPDATE SET version = EXCLUDED.version, "
                        + "loaded_at = EXCLUDED.loaded_at")) {
            statement.setString(1, version);
            statement.executeUpdate();
        }
        return version;
    }

    /** Rows as CSV for COPY: every value quoted, a missing one an unquoted empty cell (NULL). */
    private static final class CopyRows {
        private final CopyIn in;
        private final StringBuilder buffer = new StringBuilder(1 << 16);

        CopyRows(CopyIn in) {
            this.in = in;
        }

        void row(String[] values, String extra) throws IOException {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    buffer.append(',');
                }
                cell(values[i]);
            }
            if (extra != null) {
                buffer.append(',');
                cell(extra);
            }
            buffer.append('\n');
            if (buffer.length() > 60_000) {
                flush();
            }
        }

        private void cell(String value) {
            if (value != null) {
                buffer.append('"').append(value.replace("\"", "\"\"")).append('"');
            }
        }

        private void flush() throws IOException {
            byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
            try {
                in.writeToCopy(bytes, 0, bytes.length);
            } catch (SQLException e) {
                throw new IOException(e.getMessage(), e);
            }
            buffer.setLength(0);
        }

        void finish() throws IOException {
            flush();
            try {
                in.endCopy();
            } catch (SQLException e) {
                throw new IOException(e.getMessage(), e);
            }
        }
    }
}
