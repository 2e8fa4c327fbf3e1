package kr.civicdata.api.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The copies of the source documents in the test resources ({@code seeds/}), which the fidelity tests read and parse
 * on their own, independently of the bundled CSV the database is loaded from.
 */
public final class SourceDocuments {

    private SourceDocuments() {
    }

    /** The whole text of a source document, by its file name ({@code 004_1750e1bd989d78d3.txt}). */
    public static String text(String fileName) {
        String resource = "/seeds/" + fileName;
        try (InputStream in = SourceDocuments.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No copy of the source document in the test resources: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines of a source document, without their line ends. */
    public static List<String> lines(String fileName) {
        return text(fileName).lines().toList();
    }
}
