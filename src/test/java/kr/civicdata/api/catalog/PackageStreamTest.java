package kr.civicdata.api.catalog;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.StreamingOutput;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;

import kr.civicdata.api.web.representation.DataVersion;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A data package larger than the budget of a document built whole is streamed (the test profile's budget is low, so
 * that the catalog's is), in the same bytes as the one built whole, with the validators of a stream; a small one is
 * built whole and cached as before.
 */
@QuarkusTest
class PackageStreamTest {

    /** A dataset with few rows, whose package is under the test profile's budget. */
    private static final String SMALL = "seoul-report-2023-staffing";
    /** The dataset with the most rows, whose package is over it. */
    private static final String LARGE = "gwangju-seo-pledge-plan";

    @Inject
    PackageExport export;

    @Inject
    DataVersion dataVersion;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    /** The package as written into memory in one build, as a small package is: the bytes to compare a stream with. */
    private byte[] builtWhole(Function<DataVersion.Snapshot, StreamingOutput> open) {
        return dataVersion.build(dataVersion.current(), () -> {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try {
                open.apply(dataVersion.reading()).write(bytes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return bytes.toByteArray();
        });
    }

    private static List<String> entries(byte[] zip) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
                in.readAllBytes();
                names.add(entry.getName());
            }
        }
        return names;
    }

    @Test
    void should_stream_the_catalog_package_in_the_bytes_of_the_package_built_whole() throws IOException {
        Response streamed = given().when().get("/api/v1/package").then().statusCode(200)
                .contentType("application/zip").extract().response();
        String etag = streamed.header("ETag");
        assertTrue(etag.startsWith("\"s"), "the catalog's package is streamed, its ETag of the data version: " + etag);
        assertNotNull(streamed.header("Last-Modified"));
        assertNotNull(streamed.header("Cache-Control"));
        assertEquals("attachment; filename=\"" + PackageExport.CATALOG + ".zip\"",
                streamed.header("Content-Disposition"));
        byte[] zip = streamed.asByteArray();
        assertArrayEquals(builtWhole(export::catalog), zip, "the same bytes, streamed or built whole");
        List<String> names = entries(zip);
        assertEquals("datapackage.json", names.get(0), "the descriptor comes first");
        assertTrue(names.containsAll(List.of("governments.csv", "datasets.csv", "investments.csv",
                "achievement_sections.csv")), names.toString());

        given().header("If-None-Match", etag).when().get("/api/v1/package").then().statusCode(304)
                .header("ETag", etag);
        Response head = given().when().head("/api/v1/package").then().statusCode(200).header("ETag", etag)
                .contentType("application/zip").extract().response();
        assertEquals(0, head.asByteArray().length);
        assertEquals(etag, given().when().get("/api/v1/package").then().statusCode(200).extract().header("ETag"),
                "the same data, the same ETag");
    }

    @Test
    void should_stream_a_large_dataset_package_and_build_a_small_one_whole_in_the_same_bytes() {
        Response large = given().when().get("/api/v1/datasets/" + LARGE + "/package").then().statusCode(200)
                .contentType("application/zip").header("Content-Disposition", "attachment; filename=\"" + LARGE
                        + ".zip\"")
                .extract().response();
        assertTrue(large.header("ETag").startsWith("\"s"), large.header("ETag"));
        assertArrayEquals(builtWhole(data -> export.dataset(data, LARGE)), large.asByteArray());
        given().header("If-None-Match", large.header("ETag")).when().get("/api/v1/datasets/" + LARGE + "/package")
                .then().statusCode(304);

        Response small = given().when().get("/api/v1/datasets/" + SMALL + "/package").then().statusCode(200)
                .contentType("application/zip").extract().response();
        // Built whole: its length is known before the body, which a stream's is not.
        assertEquals(Integer.toString(small.asByteArray().length), small.header("Content-Length"));
        assertEquals(null, large.header("Content-Length"), "a streamed package is sent in chunks");
        assertArrayEquals(builtWhole(data -> export.dataset(data, SMALL)), small.asByteArray());
        given().header("If-None-Match", small.header("ETag")).when().get("/api/v1/datasets/" + SMALL + "/package")
                .then().statusCode(304);
    }

    @Test
    void should_answer_404_for_an_unknown_dataset_before_any_byte() {
        given().when().get("/api/v1/datasets/no-such-dataset/package").then().statusCode(404)
                .contentType("application/problem+json");
    }
}
