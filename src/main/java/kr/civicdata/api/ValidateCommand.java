package kr.civicdata.api;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import kr.civicdata.api.datapackage.CanonicalPackage;
import kr.civicdata.api.datapackage.PackageFiles;
import kr.civicdata.api.datapackage.PackageProblems;
import kr.civicdata.api.datapackage.PackageValidator;

/**
 * {@code java -jar quarkus-run.jar validate [--json] DIR|ZIP…}: checks data packages as {@code load} would, against the
 * canonical schemas and the bundled package's ids, without a database and without loading anything, for whoever writes
 * a package. Prints every problem ({@code file:line:column field — problem — value}, or JSON with {@code --json}) and
 * exits 0 when all are valid, 1 when any is not, 2 for a wrong command line. Ids of packages loaded elsewhere are
 * checked only by {@code load}.
 */
public final class ValidateCommand {

    public static final String NAME = "validate";

    private ValidateCommand() {
    }

    public static boolean requested(String... args) {
        return args.length > 0 && NAME.equals(args[0]);
    }

    public static int run(PrintStream out, String... args) {
        boolean json = false;
        List<Path> paths = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--json")) {
                json = true;
            } else if (args[i].startsWith("--")) {
                out.println("usage: validate [--json] DIR|ZIP…; unknown option " + args[i]);
                return 2;
            } else {
                paths.add(Path.of(args[i]));
            }
        }
        if (paths.isEmpty()) {
            out.println("usage: validate [--json] DIR|ZIP…");
            return 2;
        }
        CanonicalPackage canonical = CanonicalPackage.bundled();
        PackageProblems problems = new PackageProblems();
        List<String> valid = new ArrayList<>();
        try {
            PackageValidator.Others others = PackageValidator.Others.none();
            try (PackageFiles bundled = PackageFiles.bundled()) {
                PackageValidator.Result result = PackageValidator.validate(bundled, canonical, others, problems);
                if (result.pkg() != null) {
                    others.add(result.pkg(), result.adminCodes());
                }
            }
            for (Path path : paths) {
                try (PackageFiles files = PackageFiles.of(path)) {
                    PackageValidator.Others against = others;
                    if (canonical.name().equals(packageName(files))) {
                        // The bundled package checked again, or a corrected copy of it: it replaces itself.
                        against = PackageValidator.Others.none();
                    }
                    PackageValidator.Result result = PackageValidator.validate(files, canonical, against, problems);
                    if (result.pkg() != null) {
                        valid.add(result.pkg().name() + " (" + path + "): " + result.pkg().rowCounts());
                        others.add(result.pkg(), result.adminCodes());
                    }
                } catch (IOException e) {
                    problems.add(path.toString(), 0, 0, "", e.getMessage(), null);
                }
            }
        } catch (IOException e) {
            problems.add("", 0, 0, "", e.getMessage(), null);
        }
        if (json) {
            out.print(problems.json());
        } else if (problems.isEmpty()) {
            valid.forEach(v -> out.println("valid: " + v));
        } else {
            out.print(problems.text());
        }
        return problems.isEmpty() ? 0 : 1;
    }

    private static String packageName(PackageFiles files) {
        try (var in = files.open(PackageFiles.DESCRIPTOR)) {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(in.readNBytes(16 << 20)).path("name")
                    .asText();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
