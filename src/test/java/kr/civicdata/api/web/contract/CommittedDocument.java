package kr.civicdata.api.web.contract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Compares a committed document with the one the code generates. In update mode a document that differs is rewritten,
 * and the check still fails: the comparison is made with what was committed before the rewrite, so that a build that
 * changed the contract never passes, and the rewritten file is reviewed and committed before the next build.
 */
final class CommittedDocument {

    private CommittedDocument() {
    }

    static void check(Path committed, String generated, boolean update) throws IOException {
        String current = Files.exists(committed) ? Files.readString(committed, StandardCharsets.UTF_8) : "";
        if (current.equals(generated)) {
            return;
        }
        if (update) {
            Files.createDirectories(committed.toAbsolutePath().getParent());
            Files.writeString(committed, generated, StandardCharsets.UTF_8);
            fail(committed + " differed from the document the code generates and has been rewritten: review the "
                    + "diff, commit it, and run the build again without -Dopenapi.update=true.");
        }
        assertEquals(current, generated, committed + " differs from the document the code generates. Review the "
                + "change, then run ./mvnw verify -Dopenapi.update=true and commit " + committed + ".");
    }
}
