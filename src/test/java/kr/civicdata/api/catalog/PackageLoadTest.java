package kr.civicdata.api.catalog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

import kr.civicdata.api.datapackage.BrokenPackages;
import kr.civicdata.api.datapackage.PackageFiles;
import kr.civicdata.api.web.representation.DataVersion;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Loading packages into the service's database as {@code load} does: every broken package refused with its problem
 * and nothing changed (every table's checksum, the answers' ETags, readiness), and the synthetic second package loaded
 * beside the bundled one, served, checked by /consistency, replaced and removed.
 */
@QuarkusTest
class PackageLoadTest {

    private static final String SECOND = "synthetic-gwangju-nam";
    private static final List<String> ANSWERS = List.of("/api/v1/governments", "/api/v1/pledges?size=100",
            "/api/v1/datasets", "/api/v1/datasets/gwangju-seo-pledge-plan", "/api/v1/consistency?size=1000",
            "/api/v1/investments/summary", "/api/v1/pledges/gwangju-seo:3-3-4");

    @Inject
    DataLoader loader;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    DataVersion dataVersion;

    @AfterEach
    void removeTheSecondPackage() {
        try (var connection = dataSource.getConnection();
                var rs = connection.createStatement().executeQuery(
                        "SELECT 1 FROM data_package WHERE name = '" + SECOND + "'")) {
            if (rs.next()) {
                loader.load(List.of(), Set.of(SECOND), false);
                dataVersion.refresh();
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> etags() {
        Map<String, String> etags = new LinkedHashMap<>();
        for (String path : ANSWERS) {
            etags.put(path, given().when().get(path).then().statusCode(200).extract().header("ETag"));
        }
        return etags;
    }

    private static Path second() {
        return BrokenPackages.resource("packages/" + SECOND);
    }

    @Test
    void should_refuse_every_broken_package_and_change_nothing() {
        Map<String, String> tables = TableChecksums.of(dataSource);
        Map<String, String> etags = etags();
        for (BrokenPackages.Broken broken : BrokenPackages.all()) {
            PackagesRefused refused = assertThrows(PackagesRefused.class,
                    () -> loader.load(List.of(DataLoader.open(broken.path())), Set.of(), true), broken.name());
            String text = refused.problems().text();
            assertTrue(text.contains(broken.expected()), broken.name() + ": expected «" + broken.expected() + "» in\n"
                    + text);
            dataVersion.refresh();
            assertEquals(tables, TableChecksums.of(dataSource), broken.name() + " changed the database");
        }
        assertEquals(etags, etags());
        given().when().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void should_serve_a_second_package_beside_the_bundled_one_with_its_consistency_rows() {
        Map<String, String> bundledPledge = Map.of("body", given().when().get("/api/v1/pledges/gwangju-seo:3-3-4")
                .then().extract().asString());
        DataLoader.Outcome outcome = loader.load(List.of(DataLoader.open(second())), Set.of(), false);
        assertEquals(List.of(SECOND), outcome.loaded());
        dataVersion.refresh();
        given().when().get("/api/v1/governments/" + SECOND).then().statusCode(200)
                .body("name", equalTo("(합성) 광주광역시 남구")).body("adminCode", equalTo("29155"));
        given().queryParam("government", SECOND).when().get("/api/v1/pledges")
                .then().statusCode(200).body("meta.total", equalTo(20))
                .body("data[0].provenance.datasetId", equalTo(SECOND + "-pledge-plan"));
        given().when().get("/api/v1/pledges/" + SECOND + ":4-1").then().statusCode(200)
                .body("totalStatus", equalTo("AMOUNT"));
        given().queryParam("government", SECOND).queryParam("fiscalYear", "2024").when().get("/api/v1/investments")
                .then().statusCode(200).body("data.status", hasItem("NONE"));
        // 비예산 stays 비예산: no amount, never 0.
        given().when().get("/api/v1/pledges/" + SECOND + ":2-2").then().statusCode(200)
                .body("totalStatus", equalTo("NON_BUDGET")).body("total", equalTo(null));
        // The dictionary of the new dataset comes from the descriptor, with the package's note.
        given().when().get("/api/v1/datasets/" + SECOND + "-pledge-plan").then().statusCode(200)
                .body("fields.find { it.resource == 'pledges' && it.field == 'title' }.description",
                        equalTo("Title as made up for this SYNTHETIC example, prefixed [합성]."))
                .body("fields.find { it.resource == 'investments' && it.field == 'amount' }.unit",
                        equalTo("MILLION_KRW"));
        // Its published totals join /consistency: the 2025 total is printed 10 more than its parts.
        var checks = given().queryParam("government", SECOND).queryParam("size", 1000).when()
                .get("/api/v1/consistency").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> rows = checks.getList("data");
        assertTrue(rows.size() > 5, "only " + rows.size() + " checks");
        List<Map<String, Object>> differing = rows.stream().filter(r -> "MISMATCH".equals(r.get("status")))
                .toList();
        // Two checks see it: the 2025 총 계 against its pledges, and the row total against its printed periods.
        assertEquals(Map.of(SECOND + ":total:2025:sum-of-pledges", 10.0, SECOND + ":total:sum-of-periods", -10.0),
                differing.stream().collect(java.util.stream.Collectors.toMap(r -> (String) r.get("id"),
                        r -> ((Number) r.get("difference")).doubleValue())));
        // The bundled data is served as before.
        assertEquals(bundledPledge.get("body"), given().when().get("/api/v1/pledges/gwangju-seo:3-3-4").then()
                .extract().asString());
    }

    @Test
    void should_replace_a_package_s_rows_and_remove_them(@TempDir Path copy) throws IOException {
        loader.load(List.of(DataLoader.open(second())), Set.of(), false);
        // A corrected transcription: one title changed, one sub-pledge (and its investments) gone.
        try (Stream<Path> files = Files.list(second())) {
            for (Path file : files.toList()) {
                Files.copy(file, copy.resolve(file.getFileName()));
            }
        }
        Path pledges = copy.resolve("pledges.csv");
        List<String> lines = Files.readAllLines(pledges, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.startsWith(SECOND + ":5-1-2,"))
                .map(l -> l.replace("[합성] 마을자치 활성화,", "[합성] 마을자치 활성화 (정정),")).toList();
        Files.write(pledges, lines, StandardCharsets.UTF_8);
        Path investments = copy.resolve("investments.csv");
        Files.write(investments, Files.readAllLines(investments, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.startsWith(SECOND + ":5-1-2:")).toList(), StandardCharsets.UTF_8);
        String before = dataVersion.current().version();
        DataLoader.Outcome replaced = loader.load(List.of(DataLoader.open(copy)), Set.of(), false);
        assertEquals(List.of(SECOND), replaced.loaded());
        dataVersion.refresh();
        assertNotEquals(before, dataVersion.current().version(), "a load bumps the data version");
        given().when().get("/api/v1/pledges/" + SECOND + ":1-1").then().statusCode(200)
                .body("title", equalTo("[합성] 마을자치 활성화 (정정)"));
        given().when().get("/api/v1/pledges/" + SECOND + ":5-1-2").then().statusCode(404);
        given().queryParam("government", SECOND).when().get("/api/v1/pledges").then()
                .body("meta.total", equalTo(19));

        Map<String, String> withoutSecond = TableChecksums.of(dataSource);
        loader.load(List.of(), Set.of(SECOND), false);
        dataVersion.refresh();
        given().when().get("/api/v1/governments/" + SECOND).then().statusCode(404);
        given().when().get("/api/v1/datasets").then().body("data.id", not(hasItem(SECOND + "-pledge-plan")));
        assertNotEquals(withoutSecond.get("pledge"), TableChecksums.of(dataSource).get("pledge"));
    }

    @Test
    void should_leave_a_package_of_the_same_version_alone() {
        loader.load(List.of(DataLoader.open(second())), Set.of(), false);
        DataLoader.Outcome again = loader.load(List.of(PackageFiles.directory(second())), Set.of(), false);
        assertEquals(List.of(SECOND), again.unchanged());
        assertTrue(again.loaded().isEmpty());
    }
}
