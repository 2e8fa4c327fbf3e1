package kr.civicdata.api.catalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.postgresql.PGConnection;

import io.quarkus.runtime.StartupEvent;

import kr.civicdata.api.db.OwnerDatabase;

/**
 * Loads the bundled CSV files (or those of {@link DataConfig#directory()}) into PostgreSQL with {@code COPY}, in one
 * transaction, when their version differs from the one the database holds. PostgreSQL parses the CSV itself, so every
 * cell arrives exactly as written. It writes as the owner of the schema ({@link OwnerDatabase}), since the service's
 * own pool may be a role that can only read.
 */
@ApplicationScoped
public class DataLoader {

    private static final Logger LOG = Logger.getLogger(DataLoader.class);
    private static final Pattern COLUMN = Pattern.compile("[a-z][a-z0-9_]*");
    /** Any number; the lock only keeps two replicas from loading at once. */
    private static final long LOAD_LOCK = 0x6c6f63616c676f76L;

    @Inject
    OwnerDatabase owner;

    @Inject
    DataConfig config;

    @Inject
    Event<DataLoaded> loaded;

    void onStart(@Observes StartupEvent event) {
        if (config.loadOnStart()) {
            loadIfChanged();
        }
    }

    /** The files to load: those of {@link DataConfig#directory()}, else the bundled ones. */
    public DataFiles files() {
        return config.directory().map(Path::of).map(DataFiles::in).orElseGet(DataFiles::bundled);
    }

    /**
     * Loads the data files ({@link #files()}) unless the database already holds this version.
     *
     * @return true if data was loaded
     */
    public boolean loadIfChanged() {
        DataFiles files = files();
        String version = files.version();
        try (Connection connection = owner.open()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                // The service's statement timeout is for requests: a load, or the wait for another process's load,
                // may take longer, and is never cut short half-way.
                statement.execute("SET LOCAL statement_timeout = 0");
                statement.execute("SELECT pg_advisory_xact_lock(" + LOAD_LOCK + ")");
            }
            if (version.equals(loadedVersion(connection))) {
                connection.commit();
                LOG.infof("Version %s of %s already loaded", version.substring(0, 12), files);
                return false;
            }
            load(connection, files, version);
            connection.commit();
            LOG.infof("Loaded version %s of %s", version.substring(0, 12), files);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not load " + files, e);
        }
        loaded.fire(new DataLoaded(version));
        return true;
    }

    private static String loadedVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT version FROM data_load")) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private static void load(Connection connection, DataFiles source, String version) throws SQLException {
        List<BundledData.DataFile> files = BundledData.FILES;
        String tables = files.stream().map(BundledData.DataFile::table).collect(Collectors.joining(", "));
        try (Statement statement = connection.createStatement()) {
            statement.execute("TRUNCATE " + tables);
        }
        var copy = connection.unwrap(PGConnection.class).getCopyAPI();
        for (BundledData.DataFile file : files) {
            try (InputStream in = source.open(file);
                    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String columns = header(reader, file.fileName() + " of " + source);
                long rows = copy.copyIn("COPY " + file.table() + " (" + columns + ") FROM STDIN (FORMAT csv)",
                        (Reader) reader);
                LOG.debugf("%s: %d rows", file.table(), rows);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO data_load (singleton, version, loaded_at) VALUES (TRUE, ?, now()) "
                        + "ON CONFLICT (singleton) DO UPDATE SET version = EXCLUDED.version, loaded_at = now()")) {
            statement.setString(1, version);
            statement.executeUpdate();
        }
    }

    /** Reads the header row; COPY then takes the columns in that order, so a file's column order is its own. */
    private static String header(BufferedReader reader, String file) throws IOException {
        String line = reader.readLine();
        if (line == null) {
            throw new IllegalStateException(file + " is empty");
        }
        String[] columns = line.strip().split(",");
        for (String column : columns) {
            if (!COLUMN.matcher(column).matches()) {
                throw new IllegalStateException(file + ": bad column name '" + column + "'");
            }
        }
        return String.join(", ", columns);
    }
}
