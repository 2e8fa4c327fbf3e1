package kr.civicdata.api.datapackage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The corpus of broken packages under {@code src/test/resources/broken-packages}: each a copy of the synthetic example
 * package with one thing wrong (a directory, or a zip under {@code zips/}), and beside it the problem it must be
 * refused with, as {@code file:line:column field — problem} or the part of it that does not depend on where the
 * package lies.
 */
public final class BrokenPackages {

    /** A broken package and the problem expected. */
    public record Broken(String name, Path path, String expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    private BrokenPackages() {
    }

    public static Path resource(String name) {
        try {
            return Path.of(BrokenPackages.class.getClassLoader().getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static List<Broken> all() {
        Path root = resource("broken-packages");
        List<Broken> all = new ArrayList<>();
        try (Stream<Path> entries = Files.list(root)) {
            for (Path dir : entries.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().equals("zips"))
                    .sorted().toList()) {
                all.add(new Broken(dir.getFileName().toString(), dir, expected(dir.resolve("expected-problem.txt"))));
            }
            try (Stream<Path> zips = Files.list(root.resolve("zips"))) {
                for (Path zip : zips.filter(p -> p.toString().endsWith(".zip")).sorted().toList()) {
                    String name = zip.getFileName().toString().replace(".zip", "");
                    all.add(new Broken("zips/" + name, zip, expected(zip.resolveSibling(name
                            + ".expected-problem.txt"))));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all;
    }

    private static String expected(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8).strip();
    }
}
