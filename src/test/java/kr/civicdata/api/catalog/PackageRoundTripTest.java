package kr.civicdata.api.catalog;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import kr.civicdata.api.datapackage.CanonicalPackage;
import kr.civicdata.api.datapackage.PackageFiles;
import kr.civicdata.api.datapackage.PackageProblems;
import kr.civicdata.api.datapackage.PackageValidator;
import kr.civicdata.api.web.representation.DataVersion;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Everything out and back in: the catalog downloaded as a data package and loaded into a database that holds nothing
 * else gives the same answers, byte for byte but for the load time; the formula defusing of the CSV files is undone
 * by the loader because the package declares it.
 */
@QuarkusTest
class PackageRoundTripTest {

    @Inject
    DataLoader loader;

    @Inject
    DataVersion dataVersion;

    @Inject
    AgroalDataSource dataSource;

    private static List<String> paths() {
        List<String> paths = new ArrayList<>(List.of("/api/v1/governments?size=1000", "/api/v1/pledges?size=1000",
                "/api/v1/investments?size=1000", "/api/v1/investments/summary", "/api/v1/consistency?size=1000",
                "/api/v1/consistency/summary", "/api/v1/disaster-response-plans?size=1000",
                "/api/v1/disaster-response-stages?size=1000", "/api/v1/execution-results?size=1000",
                "/api/v1/achievements?size=1000", "/api/v1/figures?size=1000", "/api/v1/datasets?size=1000",
                "/api/v1/pledges?format=csv", "/api/v1/achievements?format=csv", "/api/v1/figures?format=csv",
                "/api/v1/pledges/gwangju-seo:3-3-4", "/api/v1/achievements/incheon-seo:case-1"));
        given().when().get("/api/v1/datasets?size=1000").then().extract().jsonPath().getList("data.id", String.class)
                .forEach(id -> paths.add("/api/v1/datasets/" + id));
        return paths;
    }

    /** The answers, the load time taken out: it is the one thing a new load changes. */
    private Map<String, String> answers(List<String> paths) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (String path : paths) {
            String body = given().when().get(path).then().statusCode(200).extract().asString();
            answers.put(path, body.replaceAll("\"loadedAt\":\"[^\"]*\"", "\"loadedAt\":\"…\"")
                    .replaceAll(",[0-9T:.Z-]{20,}\\r?\\n", ",…\n"));
        }
        return answers;
    }

    private static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    @Test
    void should_give_the_same_answers_after_loading_the_downloaded_catalog_alone(@TempDir Path dir)
            throws IOException {
        List<String> paths = paths();
        Map<String, String> before = answers(paths);
        Response download = given().when().get("/api/v1/package").then().statusCode(200)
                .contentType("application/zip").extract().response();
        assertEquals("attachment; filename=\"" + PackageExport.CATALOG + ".zip\"",
                download.header("Content-Disposition"));
        given().header("If-None-Match", download.header("ETag")).when().get("/api/v1/package").then()
                .statusCode(304);
        byte[] zip = download.asByteArray();
        Map<String, String> files = unzip(zip);
        // Defused text, untouched numbers and dashes, and the declaration that undoes it.
        // (The cell holds line breaks, so it is quoted.)
        assertTrue(files.get("achievement_sections.csv").contains(",\"'- 장기 미집행 원신공원"),
                "a text cell starting with - carries an apostrophe");
        assertTrue(files.get("response_plans.csv").contains(",''23. 5. 15. ~ 10. 15."),
                "a text cell starting with an apostrophe carries one more");
        assertTrue(files.get("investments.csv").contains(",873.20,AMOUNT,"), "numbers are as printed");
        assertTrue(files.get("figures.csv").contains(",-,PERSON,"), "a printed - is left as it is");
        assertTrue(files.get("datapackage.json").contains("\"formulaEscape\" : \"'\""));

        Path file = dir.resolve("catalog.zip");
        Files.write(file, zip);
        String bundled = CanonicalPackage.bundled().name();
        try {
            DataLoader.Outcome outcome = loader.load(List.of(DataLoader.open(file)), Set.of(bundled), false);
            assertEquals(List.of(bundled), outcome.removed());
            dataVersion.refresh();
            try (var connection = dataSource.getConnection();
                    var rs = connection.createStatement()
                            .executeQuery("SELECT string_agg(name, ',') FROM data_package")) {
                rs.next();
                assertEquals(PackageExport.CATALOG, rs.getString(1), "the database holds the downloaded package alone");
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
            Map<String, String> after = answers(paths);
            for (String path : paths) {
                assertEquals(before.get(path), after.get(path), path);
            }
        } finally {
            loader.load(List.of(), Set.of(PackageExport.CATALOG), false);
            loader.loadIfChanged();
            dataVersion.refresh();
        }
        assertEquals(before, answers(paths));
    }

    @Test
    void should_give_one_dataset_as_a_package_that_validates_on_its_own() throws IOException {
        Response download = given().when().get("/api/v1/datasets/seoul-seodaemun-report-2018/package").then()
                .statusCode(200).contentType("application/zip").extract().response();
        assertEquals("attachment; filename=\"seoul-seodaemun-report-2018.zip\"",
                download.header("Content-Disposition"));
        Map<String, String> files = unzip(download.asByteArray());
        assertEquals(Set.of("datapackage.json", "governments.csv", "datasets.csv", "achievements.csv",
                "figures.csv", "figure_relations.csv"), files.keySet());
        // Its government and that government's 광역, which the 기초's parent names.
        assertEquals(3, files.get("governments.csv").lines().count(), files.get("governments.csv"));
        assertFalse(files.get("achievements.csv").contains("incheon-seo"));
        Path zip = Files.createTempFile("dataset", ".zip");
        try {
            Files.write(zip, download.asByteArray());
            PackageProblems problems = new PackageProblems();
            try (PackageFiles pkg = PackageFiles.of(zip)) {
                PackageValidator.validate(pkg, CanonicalPackage.bundled(), PackageValidator.Others.none(), problems);
            }
            assertTrue(problems.isEmpty(), problems::text);
        } finally {
            Files.delete(zip);
        }
        given().when().get("/api/v1/datasets/no-such-dataset/package").then().statusCode(404)
                .contentType("application/problem+json");
    }
}
