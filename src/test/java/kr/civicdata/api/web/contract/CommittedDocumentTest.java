package kr.civicdata.api.web.contract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The contract check fails on a stale document in both modes, and the update mode rewrites it. */
class CommittedDocumentTest {

    @TempDir
    Path directory;

    @Test
    void should_fail_on_a_stale_document_and_leave_it_alone() throws IOException {
        Path committed = write("old");
        assertThrows(AssertionFailedError.class, () -> CommittedDocument.check(committed, "new", false));
        assertEquals("old", Files.readString(committed, StandardCharsets.UTF_8));
    }

    @Test
    void should_rewrite_a_stale_document_in_update_mode_and_still_fail() throws IOException {
        Path committed = write("old");
        AssertionFailedError error = assertThrows(AssertionFailedError.class,
                () -> CommittedDocument.check(committed, "new", true));
        assertTrue(error.getMessage().contains("rewritten"), error.getMessage());
        assertEquals("new", Files.readString(committed, StandardCharsets.UTF_8));
        assertDoesNotThrow(() -> CommittedDocument.check(committed, "new", false), "the next build passes");
    }

    @Test
    void should_fail_on_a_missing_document_and_write_it_in_update_mode() throws IOException {
        Path missing = directory.resolve("openapi/openapi.yaml");
        assertThrows(AssertionFailedError.class, () -> CommittedDocument.check(missing, "new", false));
        assertThrows(AssertionFailedError.class, () -> CommittedDocument.check(missing, "new", true));
        assertEquals("new", Files.readString(missing, StandardCharsets.UTF_8));
    }

    @Test
    void should_pass_an_up_to_date_document_in_both_modes() throws IOException {
        Path committed = write("same");
        assertDoesNotThrow(() -> CommittedDocument.check(committed, "same", false));
        assertDoesNotThrow(() -> CommittedDocument.check(committed, "same", true));
    }

    private Path write(String text) throws IOException {
        return Files.writeString(directory.resolve("openapi.yaml"), text, StandardCharsets.UTF_8);
    }
}
