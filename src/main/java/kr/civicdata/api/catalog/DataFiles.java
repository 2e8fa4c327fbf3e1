package kr.civicdata.api.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Where the files of a data load are read from: the bundled ones ({@link BundledData}), or files of the same names and
 * columns in a directory ({@code app.data.directory}), which an operator may load instead, for instance corrected data
 * ahead of a release.
 */
public final class DataFiles {

    /** Null for the bundled files. */
    private final Path directory;

    private DataFiles(Path directory) {
        this.directory = directory;
    }

    public static DataFiles bundled() {
        return new DataFiles(null);
    }

    public static DataFiles in(Path directory) {
        return new DataFiles(directory);
    }

    /** Opens one file; the caller closes it. */
    public InputStream open(BundledData.DataFile file) throws IOException {
        if (directory == null) {
            return file.open();
        }
        Path path = directory.resolve(file.fileName());
        try {
            return Files.newInputStream(path);
        } catch (NoSuchFileException e) {
            throw new IllegalStateException("Data file missing: " + path, e);
        }
    }

    /** SHA-256 over every file's name and bytes: changes exactly when the data changes, wherever it is read from. */
    public String version() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (BundledData.DataFile file : BundledData.FILES) {
                digest.update(file.fileName().getBytes(StandardCharsets.UTF_8));
                try (InputStream in = open(file)) {
                    digest.update(in.readAllBytes());
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Names the files in log lines and errors. */
    @Override
    public String toString() {
        return directory == null ? "the bundled data" : "the data of " + directory;
    }
}
