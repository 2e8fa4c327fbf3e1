package kr.civicdata.api.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.StartupEvent;

import kr.civicdata.api.datapackage.CanonicalPackage;
import kr.civicdata.api.datapackage.PackageFiles;
import kr.civicdata.api.datapackage.PackageProblems;
import kr.civicdata.api.datapackage.PackageValidator;
import kr.civicdata.api.datapackage.ValidatedPackage;
import kr.civicdata.api.db.OwnerDatabase;

/**
 * Loads data packages into PostgreSQL as the owner of the schema ({@link OwnerDatabase}): validates every row of every
 * package first, against the canonical schemas and the packages already loaded, and writes only when nothing is wrong,
 * in one transaction, so that a refused or interrupted load leaves the previous data served. The configuration
 * declares the bundled package (or {@link DataConfig#directory()} instead) and {@link DataConfig#packages()}; the
 * {@code load} command adds or removes others by name.
 */
@ApplicationScoped
public class DataLoader {

    /** Who manages a package: the configuration removes what it stops declaring; the command only what it is told. */
    public static final String CONFIGURATION = "CONFIGURATION";
    public static final String COMMAND = "COMMAND";

    private static final Logger LOG = Logger.getLogger(DataLoader.class);
    /** Any number; the lock keeps two processes from loading at once. */
    private static final long LOAD_LOCK = 0x6c6f63616c676f76L;

    @Inject
    OwnerDatabase owner;

    @Inject
    DataConfig config;

    @Inject
    Event<DataLoaded> loaded;

    /** What a load did. */
    public record Outcome(List<String> loaded, List<String> removed, List<String> unchanged, String version) {
        public boolean changed() {
            return !loaded.isEmpty() || !removed.isEmpty();
        }
    }

    void onStart(@Observes StartupEvent event) {
        if (config.loadOnStart()) {
            try {
                loadIfChanged();
            } catch (PackagesRefused refused) {
                // The database keeps what it held, and the service serves it: a bad package must not take it down.
                LOG.errorf("The configured data packages were refused; the data loaded before is served:%n%s",
                        refused.problems().text());
            }
        }
    }

    /** The packages the configuration declares: the bundled one (or the data directory), then the others. */
    public List<PackageFiles> declared() {
        List<PackageFiles> declared = new ArrayList<>();
        declared.add(config.directory().map(Path::of).map(DataLoader::directory).orElseGet(PackageFiles::bundled));
        for (String path : config.packages().orElse(List.of())) {
            if (!path.isBlank()) {
                declared.add(open(Path.of(path.strip())));
            }
        }
        return declared;
    }

    private static PackageFiles directory(Path directory) {
        return Files.exists(directory.resolve(PackageFiles.DESCRIPTOR))
                ? PackageFiles.directory(directory)
                : PackageFiles.csvDirectory(directory);
    }

    /** A package by its path: a directory or a zip. */
    public static PackageFiles open(Path path) {
        try {
            return PackageFiles.of(path);
        } catch (IOException e) {
            PackageProblems problems = new PackageProblems();
            problems.add(path.toString(), 0, 0, "", e.getMessage(), null);
            throw new PackagesRefused(problems);
        }
    }

    /** Names the declared packages in log lines. */
    public String files() {
        return String.join(", ", declared().stream().map(p -> p.label().equals(PackageFiles.bundled().label())
                ? p
                        .label()
                : "the data of " + p.label()).toList());
    }

    /**
     * Makes the database hold exactly the declared packages of the configuration (and whatever the load command
     * added): loads those whose version it does not hold, removes those the configuration loaded and no longer
     * declares.
     *
     * @return true if anything was loaded or removed
     * @throws PackagesRefused when a package has problems; nothing was written
     */
    public boolean loadIfChanged() {
        return apply(declared(), Set.of(), CONFIGURATION, true, false).changed();
    }

    /**
     * Loads (adds or replaces) the given packages and removes the named ones, as the command does.
     *
     * @param force load a package even if the database holds its version
     * @throws PackagesRefused when a package has problems; nothing was written
     */
    public Outcome load(List<PackageFiles> packages, Set<String> remove, boolean force) {
        return apply(packages, remove, COMMAND, false, force);
    }

    private Outcome apply(List<PackageFiles> packages, Set<String> remove, String origin, boolean sync,
            boolean force) {
        CanonicalPackage canonical = CanonicalPackage.bundled();
        Outcome outcome;
        try (Connection connection = owner.open()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                // The service's statement timeout is for requests: a load, or the wait for another process's load,
                // may take longer, and is never cut short half-way.
                statement.execute("SET LOCAL statement_timeout = 0");
                statement.execute("SELECT pg_advisory_xact_lock(" + LOAD_LOCK + ")");
            }
            PackageWriter writer = new PackageWriter(connection);
            Map<String, PackageWriter.Loaded> held = writer.loaded();
            Map<String, PackageFiles> wanted = new LinkedHashMap<>();
            List<String> unchanged = new ArrayList<>();
            PackageProblems problems = new PackageProblems();
            for (PackageFiles files : packages) {
                String name = name(files);
                if (name != null && (wanted.containsKey(name) || unchanged.contains(name))) {
                    problems.add(files.label(), 0, 0, "name", "a second package of this name in one load", name);
                    continue;
                }
                PackageWriter.Loaded there = held.get(name);
                if (!force && there != null && there.version().equals(files.version())) {
                    unchanged.add(name);
                } else {
                    wanted.put(name == null ? files.label() : name, files);
                }
            }
            Set<String> removed = new LinkedHashSet<>();
            for (String name : remove) {
                if (!held.containsKey(name)) {
                    problems.add(name, 0, 0, "", "no package of this name is loaded", name);
                }
                removed.add(name);
            }
            if (sync) {
                Set<String> declared = new LinkedHashSet<>(unchanged);
                declared.addAll(wanted.keySet());
                held.values().stream().filter(p -> p.origin().equals(CONFIGURATION) && !declared.contains(p.name()))
                        .forEach(p -> removed.add(p.name()));
            }
            if (wanted.isEmpty() && removed.isEmpty() && problems.isEmpty()) {
                connection.commit();
                return new Outcome(List.of(), List.of(), unchanged, null);
            }
            Set<String> leaving = new LinkedHashSet<>(wanted.keySet());
            leaving.addAll(removed);
            PackageValidator.Others others = writer.others(leaving);
            List<ValidatedPackage> valid = new ArrayList<>();
            for (PackageFiles files : wanted.values()) {
                PackageValidator.Result result = PackageValidator.validate(files, canonical, others, problems);
                if (result.pkg() != null) {
                    valid.add(result.pkg());
                    others.add(result.pkg(), result.adminCodes());
                }
            }
            if (!problems.isEmpty()) {
                connection.rollback();
                throw new PackagesRefused(problems);
            }
            List<String> claimed = valid.stream().flatMap(p -> p.governments().stream()).toList();
            try {
                writer.delete(valid.stream().map(ValidatedPackage::name).toList(), removed, claimed);
                writer.insert(valid, origin, canonical);
            } catch (SQLException | IOException e) {
                // A rule of the schema that the validation missed: the transaction is void, the data as it was.
                connection.rollback();
                PackageProblems refused = new PackageProblems();
                refused.add(String.join(", ", valid.stream().map(ValidatedPackage::source).toList()), 0, 0, "",
                        "refused by the database: " + e.getMessage(), null);
                throw new PackagesRefused(refused);
            }
            String version = writer.bumpVersion();
            connection.commit();
            outcome = new Outcome(valid.stream().map(ValidatedPackage::name).toList(), List.copyOf(removed),
                    unchanged, version);
            LOG.infof("Loaded %s, removed %s; data version %s", outcome.loaded(), outcome.removed(),
                    version.substring(0, 12));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not load the data packages", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            for (PackageFiles files : packages) {
                try {
                    files.close();
                } catch (IOException e) {
                    LOG.debugf("Could not close %s: %s", files.label(), e.getMessage());
                }
            }
        }
        loaded.fire(new DataLoaded(outcome.version()));
        return outcome;
    }

    /** The name a package's descriptor gives, or null when it has none readable (the validation will say why). */
    private static String name(PackageFiles files) {
        if (!files.exists(PackageFiles.DESCRIPTOR)) {
            return null;
        }
        try (InputStream in = files.open(PackageFiles.DESCRIPTOR)) {
            String name = new ObjectMapper().readTree(in.readNBytes(16 << 20)).path("name").asText("");
            return name.isEmpty() ? null : name;
        } catch (IOException e) {
            return null;
        }
    }
}
