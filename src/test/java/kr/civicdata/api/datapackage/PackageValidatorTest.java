package kr.civicdata.api.datapackage;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The validation on its own, without a database: what passes, what is refused and how it is said. */
class PackageValidatorTest {

    private static final Pattern FORMAT = Pattern.compile("^.+:\\d+:\\d+ \\S+ — .+ — .+$");
    private static final CanonicalPackage CANONICAL = CanonicalPackage.bundled();

    /** The bundled package's ids, as the validate command checks a package against them. */
    private static PackageValidator.Others bundledIds() throws IOException {
        PackageValidator.Others others = PackageValidator.Others.none();
        PackageProblems problems = new PackageProblems();
        PackageValidator.Result bundled = PackageValidator.validate(PackageFiles.bundled(), CANONICAL,
                PackageValidator.Others.none(), problems);
        others.add(bundled.pkg(), bundled.adminCodes());
        return others;
    }

    private static PackageProblems validate(PackageFiles files) throws IOException {
        PackageProblems problems = new PackageProblems();
        try (files) {
            PackageValidator.validate(files, CANONICAL, bundledIds(), problems);
        }
        return problems;
    }

    @Test
    void should_find_the_bundled_package_valid_with_every_row() throws IOException {
        PackageProblems problems = new PackageProblems();
        PackageValidator.Result result = PackageValidator.validate(PackageFiles.bundled(), CANONICAL,
                PackageValidator.Others.none(), problems);
        assertTrue(problems.isEmpty(), problems::text);
        assertEquals(62L, result.pkg().rowCounts().get("pledges"));
        assertEquals(248L, result.pkg().rowCounts().get("investments"));
        assertEquals(List.of("gwangju-seo", "incheon-seo", "seoul", "seoul-seodaemun"), result.pkg().governments());
    }

    @Test
    void should_find_the_synthetic_example_package_valid() throws IOException {
        PackageProblems problems = validate(PackageFiles.of(BrokenPackages.resource(
                "packages/synthetic-gwangju-nam")));
        assertTrue(problems.isEmpty(), problems::text);
    }

    static Stream<BrokenPackages.Broken> broken() {
        return BrokenPackages.all().stream();
    }

    @ParameterizedTest
    @MethodSource("broken")
    void should_refuse_each_broken_package_with_its_problem(BrokenPackages.Broken broken) throws IOException {
        PackageProblems problems;
        try {
            problems = validate(PackageFiles.of(broken.path()));
        } catch (IOException refused) {
            // A zip refused as a whole, before its descriptor is read: the load reports it as one problem.
            assertTrue(refused.getMessage().contains(broken.expected()), refused.getMessage());
            return;
        }
        assertFalse(problems.isEmpty(), broken.name() + " was found valid");
        String text = problems.text();
        assertTrue(problems.list().stream().anyMatch(p -> p.toString().contains(broken.expected())),
                () -> broken.name() + ": expected «" + broken.expected() + "» in\n" + text);
        problems.list().forEach(p -> assertTrue(FORMAT.matcher(p.toString()).matches(), p.toString()));
    }

    @Test
    void should_have_a_corpus_of_at_least_40_broken_packages() {
        assertTrue(BrokenPackages.all().size() >= 40, "only " + BrokenPackages.all().size());
    }

    /** The synthetic example copied, its pledges.csv rewritten. */
    private static Path copyWith(Path dir, Charset charset, String lineEnd, boolean bom, String encoding)
            throws IOException {
        Path source = BrokenPackages.resource("packages/synthetic-gwangju-nam");
        try (Stream<Path> files = Files.list(source)) {
            for (Path file : files.toList()) {
                Files.copy(file, dir.resolve(file.getFileName()));
            }
        }
        String pledges = Files.readString(dir.resolve("pledges.csv"), StandardCharsets.UTF_8).replace("\n", lineEnd);
        byte[] bytes = pledges.getBytes(charset);
        if (bom) {
            byte[] marked = new byte[bytes.length + 3];
            marked[0] = (byte) 0xef;
            marked[1] = (byte) 0xbb;
            marked[2] = (byte) 0xbf;
            System.arraycopy(bytes, 0, marked, 3, bytes.length);
            bytes = marked;
        }
        Files.write(dir.resolve("pledges.csv"), bytes);
        if (encoding != null) {
            ObjectMapper mapper = new ObjectMapper();
            ObjectNode descriptor = (ObjectNode) mapper.readTree(dir.resolve("datapackage.json").toFile());
            descriptor.withArray("resources").forEach(r -> {
                if (r.path("name").asText().equals("pledges")) {
                    ((ObjectNode) r).put("encoding", encoding);
                }
            });
            mapper.writeValue(dir.resolve("datapackage.json").toFile(), descriptor);
        }
        return dir;
    }

    @Test
    void should_read_a_cp949_file_that_says_so(@TempDir Path dir) throws IOException {
        Path pkg = copyWith(dir, Charset.forName("x-windows-949"), "\r\n", false, "cp949");
        PackageProblems problems = new PackageProblems();
        PackageValidator.Result result;
        try (PackageFiles files = PackageFiles.of(pkg)) {
            result = PackageValidator.validate(files, CANONICAL, bundledIds(), problems);
            assertTrue(problems.isEmpty(), problems::text);
            // The Korean titles come out as they went in.
            StringBuilder titles = new StringBuilder();
            result.pkg().rows("pledges", values -> titles.append(values[7]).append('\n'));
            assertTrue(titles.toString().contains("[합성] 마을자치 활성화 세부사업 1"), titles.toString());
        }
    }

    @Test
    void should_refuse_the_same_cp949_file_without_the_declaration(@TempDir Path dir) throws IOException {
        PackageProblems problems = validate(PackageFiles.of(copyWith(dir, Charset.forName("x-windows-949"), "\n",
                false, null)));
        assertTrue(problems.text().contains("pledges.csv:2:0 - — bytes that are not valid in the declared encoding"),
                problems.text());
    }

    @Test
    void should_read_utf8_with_a_byte_order_mark_and_crlf(@TempDir Path dir) throws IOException {
        PackageProblems problems = validate(PackageFiles.of(copyWith(dir, StandardCharsets.UTF_8, "\r\n", true,
                null)));
        assertTrue(problems.isEmpty(), problems::text);
    }

    @Test
    void should_read_what_a_zip_really_holds_whatever_its_headers_declare() throws IOException {
        // pledges.csv declares 10 bytes in the central directory: the rows are all read, by what comes out.
        Path zip = BrokenPackages.resource("packages/synthetic-gwangju-nam-lying-size.zip");
        PackageProblems problems = new PackageProblems();
        try (PackageFiles files = PackageFiles.of(zip)) {
            PackageValidator.Result result = PackageValidator.validate(files, CANONICAL, bundledIds(), problems);
            assertTrue(problems.isEmpty(), problems::text);
            assertEquals(20L, result.pkg().rowCounts().get("pledges"));
        }
    }

    @Test
    void should_count_what_comes_out_of_a_zip_against_the_limit_not_what_it_declares(@TempDir Path dir)
            throws IOException {
        Path zip = dir.resolve("bomb.zip");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new java.util.zip.ZipEntry("x.csv"));
            out.write(new byte[50_000]);
            out.closeEntry();
        }
        byte[] bytes = Files.readAllBytes(zip);
        java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(bytes).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i + 4 < bytes.length; i++) {
            if (buffer.getInt(i) == 0x02014b50) {
                buffer.putInt(i + 24, 10); // the central directory now declares 10 bytes
            }
        }
        Files.write(zip, bytes);
        try (ZipPackage files = ZipPackage.open(zip, 1000)) {
            IOException tooLong = assertThrows(IOException.class, () -> files.open("x.csv").readAllBytes());
            assertTrue(tooLong.getMessage().contains("more than 1000 bytes"), tooLong.getMessage());
        }
    }

    @Test
    void should_give_every_problem_as_text_and_json() throws IOException {
        PackageProblems problems = validate(PackageFiles.of(BrokenPackages.resource(
                "broken-packages/dash-written-as-zero")));
        Map<?, ?> json = new ObjectMapper().readValue(problems.json(), Map.class);
        assertEquals(false, json.get("valid"));
        assertEquals(1, json.get("problemCount"));
        Map<?, ?> problem = (Map<?, ?>) ((List<?>) json.get("problems")).get(0);
        assertEquals("amount", problem.get("field"));
        assertEquals("0", problem.get("value"));
        assertEquals(6, problem.get("column"));
        assertNotNull(problem.get("line"));
        assertTrue(problems.text().endsWith("1 problem\n"), problems.text());
    }

    @Test
    void should_refuse_paths_that_leave_the_package() {
        for (String path : List.of("../x.csv", "/etc/passwd", "a/../../x.csv", "C:/x.csv", "a\\b.csv",
                "http://example.org/x.csv")) {
            assertTrue(PackageFiles.unsafe(path).isPresent(), path);
        }
        assertNull(PackageFiles.unsafe("pledges.csv").orElse(null));
    }
}
