package kr.civicdata.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The README is short and points into docs/ for everything else: every relative link of the project's Markdown
 * files must lead to a file that exists, and a {@code #section} to a heading of that file.
 */
class DocumentationLinksTest {

    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
    private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6} (.+)$");

    @Test
    void should_resolve_every_relative_link_of_the_documentation() throws IOException {
        List<Path> documents = new ArrayList<>(List.of(Path.of("README.md"), Path.of("deploy/README.md"),
                Path.of("src/main/resources/data/README.md")));
        try (Stream<Path> docs = Files.list(Path.of("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(documents::add);
        }
        assertTrue(documents.size() >= 8, "documents: " + documents);
        List<String> broken = new ArrayList<>();
        int links = 0;
        for (Path document : documents) {
            List<String> found = brokenLinks(document, Files.readString(document));
            broken.addAll(found);
            links += LINK.matcher(Files.readString(document)).results().count();
        }
        assertTrue(links > 20, "read only " + links + " links");
        assertEquals(List.of(), broken);
    }

    @Test
    void should_report_a_missing_file_and_a_missing_section() {
        assertEquals(List.of("README.md: docs/nowhere.md", "README.md: docs/operations.md#no-such-section"),
                brokenLinks(Path.of("README.md"), "[a](docs/operations.md#logs), [b](docs/nowhere.md), "
                        + "[c](docs/operations.md#no-such-section), [d](https://example.org/x), [e](#requests)"));
    }

    private static List<String> brokenLinks(Path document, String text) {
        List<String> broken = new ArrayList<>();
        Matcher matcher = LINK.matcher(text);
        while (matcher.find()) {
            String target = matcher.group(1);
            if (target.matches("[a-z]+:.*")) {
                continue; // http, https, mailto: not this test's business
            }
            int hash = target.indexOf('#');
            String file = hash < 0 ? target : target.substring(0, hash);
            Path path = file.isEmpty() ? document : document.resolveSibling(file).normalize();
            if (!Files.exists(path)) {
                broken.add(document + ": " + target);
            } else if (hash >= 0 && !anchors(path).contains(target.substring(hash + 1))) {
                broken.add(document + ": " + target);
            }
        }
        return broken;
    }

    /** The anchors GitHub gives a file's headings: lower case, punctuation dropped, spaces as hyphens. */
    private static List<String> anchors(Path markdown) {
        try {
            return HEADING.matcher(Files.readString(markdown)).results()
                    .map(m -> m.group(1).strip().toLowerCase(Locale.ROOT)
                            .replaceAll("[^\\p{L}\\p{N} _-]", "")
                            .replace(' ', '-'))
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
