package kr.civicdata.api.datapackage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The files of one package: a directory, a zip ({@link ZipPackage}) or the bundled resources. Paths are the
 * descriptor's: relative, with forward slashes, never leaving the package; anything else is refused before a byte is
 * read.
 */
public abstract class PackageFiles implements java.io.Closeable {

    public static final String DESCRIPTOR = "datapackage.json";
    /** The largest file a package may have, declared or read: far above the national-scale CSVs (tens of MB). */
    public static final long MAX_FILE_BYTES = 1L << 30;
    private static final Pattern SAFE_PATH = Pattern
            .compile("[A-Za-z0-9_][A-Za-z0-9_.\\-]*(/[A-Za-z0-9_][A-Za-z0-9_.\\-]*)*");

    /** How the package is named in messages: the directory, the zip, or "the bundled data". */
    public abstract String label();

    /** Whether the package has the file. */
    public abstract boolean exists(String path);

    /** Opens a file of the package, counting its bytes against {@link #MAX_FILE_BYTES}; the caller closes it. */
    public abstract InputStream open(String path) throws IOException;

    /** Every file of the package, for its version. */
    public abstract List<String> paths() throws IOException;

    /** Why a resource path may not be read (absolute, with .. or a backslash, a URL), or empty when it may. */
    public static Optional<String> unsafe(String path) {
        if (path.contains("://")) {
            return Optional.of("a remote path: the loader reads only the package's own files");
        }
        if (path.startsWith("/") || path.contains("\\") || path.matches("^[A-Za-z]:.*")) {
            return Optional.of("an absolute path or a backslash: paths are relative, with forward slashes");
        }
        for (String part : path.split("/", -1)) {
            if (part.equals("..") || part.equals(".")) {
                return Optional.of("a path that leaves the package (. or ..)");
            }
        }
        if (!SAFE_PATH.matcher(path).matches()) {
            return Optional.of("a path with characters other than letters, digits, _ . - and /");
        }
        return Optional.empty();
    }

    /** SHA-256 over every file's path and bytes: changes exactly when the package does. */
    public String version() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String path : paths()) {
                digest.update(path.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                digest.update((byte) 0);
                try (InputStream in = open(path)) {
                    byte[] buffer = new byte[65536];
                    for (int n; (n = in.read(buffer)) > 0;) {
                        digest.update(buffer, 0, n);
                    }
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Releases what the package holds open (a zip's file); a directory holds nothing. */
    @Override
    public void close() throws IOException {
    }

    @Override
    public String toString() {
        return label();
    }

    /** The package in a directory. */
    public static PackageFiles directory(Path directory) {
        return new DirectoryFiles(directory);
    }

    /** The package under {@code data/} on the class path: the bundled one. */
    public static PackageFiles bundled() {
        return new BundledFiles();
    }

    /** A directory or, for a file, a zip. */
    public static PackageFiles of(Path path) throws IOException {
        return Files.isDirectory(path) ? directory(path) : ZipPackage.open(path);
    }

    /**
     * A directory of CSV files with the bundled names and columns but no descriptor of its own (the form
     * {@code APP_DATA_DIRECTORY} had before packages): read with the bundled datapackage.json.
     */
    public static PackageFiles csvDirectory(Path directory) {
        PackageFiles csv = directory(directory);
        PackageFiles bundled = bundled();
        return new PackageFiles() {
            @Override
            public String label() {
                return directory.toString();
            }

            @Override
            public boolean exists(String path) {
                return DESCRIPTOR.equals(path) ? bundled.exists(path) : csv.exists(path);
            }

            @Override
            public InputStream open(String path) throws IOException {
                return DESCRIPTOR.equals(path) ? bundled.open(path) : csv.open(path);
            }

            @Override
            public List<String> paths() throws IOException {
                java.util.ArrayList<String> paths = new java.util.ArrayList<>(csv.paths());
                paths.remove(DESCRIPTOR);
                paths.add(0, DESCRIPTOR);
                return paths;
            }
        };
    }

    private static final class DirectoryFiles extends PackageFiles {

        private final Path directory;

        DirectoryFiles(Path directory) {
            this.directory = directory;
        }

        @Override
        public String label() {
            return directory.toString();
        }

        private Path resolve(String path) throws IOException {
            Optional<String> unsafe = unsafe(path);
            if (unsafe.isPresent()) {
                throw new IOException(path + ": " + unsafe.get());
            }
            Path file = directory.resolve(path);
            // A symbolic link could lead anywhere on the machine: a package is plain files.
            for (Path p = file; p != null && !p.equals(directory); p = p.getParent()) {
                if (Files.isSymbolicLink(p)) {
                    throw new IOException(path + ": a symbolic link, which a package may not have");
                }
            }
            return file;
        }

        @Override
        public boolean exists(String path) {
            try {
                return Files.isRegularFile(resolve(path), LinkOption.NOFOLLOW_LINKS);
            } catch (IOException e) {
                return false;
            }
        }

        @Override
        public InputStream open(String path) throws IOException {
            Path file = resolve(path);
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new IOException(path + ": larger than " + MAX_FILE_BYTES + " bytes");
            }
            return new LimitedInputStream(Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS), path,
                    MAX_FILE_BYTES);
        }

        @Override
        public List<String> paths() throws IOException {
            try (var files = Files.walk(directory)) {
                return files.filter(Files::isRegularFile).map(p -> directory.relativize(p).toString().replace('\\',
                        '/')).filter(p -> !p.startsWith(".")).sorted().toList();
            }
        }
    }

    private static final class BundledFiles extends PackageFiles {

        @Override
        public String label() {
            return "the bundled data";
        }

        @Override
        public boolean exists(String path) {
            return PackageFiles.class.getClassLoader().getResource("data/" + path) != null;
        }

        @Override
        public InputStream open(String path) throws IOException {
            InputStream in = PackageFiles.class.getClassLoader().getResourceAsStream("data/" + path);
            if (in == null) {
                throw new IOException("Bundled data file missing: data/" + path);
            }
            return in;
        }

        /** The descriptor and the files it names: the bundle has no listing of its own. */
        @Override
        public List<String> paths() throws IOException {
            try (InputStream in = open(DESCRIPTOR)) {
                var tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(in);
                java.util.ArrayList<String> paths = new java.util.ArrayList<>(List.of(DESCRIPTOR));
                tree.path("resources").forEach(r -> paths.add(r.path("path").asText()));
                return paths.stream().sorted().toList();
            }
        }
    }
}
