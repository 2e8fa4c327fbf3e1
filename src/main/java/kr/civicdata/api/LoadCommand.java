package kr.civicdata.api;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.runtime.QuarkusApplication;

import kr.civicdata.api.catalog.DataLoader;
import kr.civicdata.api.catalog.PackagesRefused;
import kr.civicdata.api.datapackage.PackageFiles;
import kr.civicdata.api.db.SchemaCheck;

/**
 * {@code java -jar quarkus-run.jar load [--json] [--force] [--remove NAME]… DIR|ZIP…}: migrates as {@code migrate} does,
 * then validates the packages given against the canonical schemas and the packages already loaded, and, only if
 * nothing is wrong, replaces them (or adds them) and removes the named ones, in one transaction, as the owner. Every
 * problem is printed on standard output ({@code file:line:column field — problem — value}, or JSON with
 * {@code --json}); the log goes to standard error. Exits 0 when loaded (or already loaded), 1 when refused or failed, 2
 * for a wrong command line. Serving replicas see the load at their next data-version poll.
 */
public class LoadCommand implements QuarkusApplication {

    public static final String NAME = "load";

    private static final Logger LOG = Logger.getLogger(LoadCommand.class);

    @Inject
    DataLoader loader;

    @Inject
    SchemaCheck schema;

    PrintStream out = System.out;

    public static boolean requested(String... args) {
        return args.length > 0 && NAME.equals(args[0]);
    }

    /** As {@link MigrateCommand#config()}, with the log on standard error so that the report alone is on stdout. */
    public static Map<String, String> config() {
        Map<String, String> config = new java.util.HashMap<>(MigrateCommand.config());
        config.put("quarkus.log.console.stderr", "true");
        return config;
    }

    @Override
    public int run(String... args) {
        boolean json = false;
        boolean force = false;
        Set<String> remove = new LinkedHashSet<>();
        List<Path> paths = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--json" -> json = true;
                case "--force" -> force = true;
                case "--remove" -> {
                    if (i + 1 >= args.length) {
                        out.println("usage: load [--json] [--force] [--remove NAME]… DIR|ZIP…");
                        return 2;
                    }
                    remove.add(args[++i]);
                }
                default -> {
                    if (args[i].startsWith("--")) {
                        out.println("usage: load [--json] [--force] [--remove NAME]… DIR|ZIP…; unknown option "
                                + args[i]);
                        return 2;
                    }
                    paths.add(Path.of(args[i]));
                }
            }
        }
        if (paths.isEmpty() && remove.isEmpty()) {
            out.println("usage: load [--json] [--force] [--remove NAME]… DIR|ZIP…");
            return 2;
        }
        String mismatch = schema.mismatch();
        if (mismatch != null) {
            LOG.errorf("The migrated schema does not match this release's entities: %s", mismatch);
            return 1;
        }
        try {
            List<PackageFiles> packages = paths.stream().map(DataLoader::open).toList();
            long start = System.nanoTime();
            DataLoader.Outcome outcome = loader.load(packages, remove, force);
            String done = String.format("loaded %s, removed %s, unchanged %s in %.1f s", outcome.loaded(),
                    outcome.removed(), outcome.unchanged(), (System.nanoTime() - start) / 1e9);
            out.println(json
                    ? "{\"valid\": true, \"problemCount\": 0, \"problems\": [], \"result\": \""
                            + done.replace("\"", "'") + "\"}"
                    : done);
            return 0;
        } catch (PackagesRefused refused) {
            out.print(json ? refused.problems().json() : refused.problems().text());
            return 1;
        } catch (RuntimeException e) {
            LOG.error("Could not load the data packages", e);
            return 1;
        }
    }
}
