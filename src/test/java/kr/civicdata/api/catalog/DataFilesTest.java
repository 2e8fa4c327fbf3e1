package kr.civicdata.api.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The files of a load come from the bundle or from a directory (app.data.directory); the version is the bytes'. */
class DataFilesTest {

    /** A copy of every bundled file in {@code directory}. */
    private static void copyBundled(Path directory) throws IOException {
        for (BundledData.DataFile file : BundledData.FILES) {
            try (InputStream in = file.open()) {
                Files.copy(in, directory.resolve(file.fileName()));
            }
        }
    }

    @Test
    void should_give_a_copy_of_the_bundled_files_their_version_and_a_change_another(@TempDir Path directory)
            throws IOException {
        copyBundled(directory);
        String bundled = DataFiles.bundled().version();
        assertEquals(bundled, DataFiles.in(directory).version());

        Path datasets = directory.resolve("datasets.csv");
        Files.writeString(datasets, Files.readString(datasets, StandardCharsets.UTF_8).replace(
                "연차별 투자계획,001", "연차별 투자계획 (정정),001"), StandardCharsets.UTF_8);
        assertNotEquals(bundled, DataFiles.in(directory).version());
    }

    @Test
    void should_name_a_file_missing_from_the_directory(@TempDir Path directory) throws IOException {
        copyBundled(directory);
        Files.delete(directory.resolve("figures.csv"));
        IllegalStateException missing = assertThrows(IllegalStateException.class,
                () -> DataFiles.in(directory).version());
        assertTrue(missing.getMessage().contains(directory.resolve("figures.csv").toString()), missing.getMessage());
    }
}
