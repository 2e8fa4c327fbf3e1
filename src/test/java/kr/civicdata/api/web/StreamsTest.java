package kr.civicdata.api.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The streamed whole collections, CSV and NDJSON ({@code CollectionStreams}): an NDJSON stream holds, line by line, the
 * rows of the JSON pages of the same request concatenated, in the same order and with the same fields, for every
 * collection; the test profile reads the streams in parts of a few rows ({@code app.stream.chunk-rows}), so every
 * stream here is read in many parts, after a cursor where the collection offers one.
 */
@QuarkusTest
class StreamsTest {

    @TestHTTPResource("/")
    URL base;

    /** Decimals exactly as sent (873.20 is not 873.2), so that a row that changes its digits is told apart. */
    private static final ObjectMapper EXACT = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    static Stream<String> collections() {
        return Stream.of("/api/v1/governments", "/api/v1/governments?level=BASIC&sort=-name",
                "/api/v1/pledges", "/api/v1/pledges?government=gwangju-seo&sort=-total&fields=id,title,total",
                "/api/v1/pledges?minTotal=1000", "/api/v1/investments", "/api/v1/investments?area=2&sort=-amount",
                "/api/v1/investments/summary", "/api/v1/execution-results",
                "/api/v1/execution-results?minExecutionRate=40&fields=id,itemName,execution.executionRate",
                "/api/v1/disaster-response-plans", "/api/v1/disaster-response-stages", "/api/v1/achievements",
                "/api/v1/figures", "/api/v1/consistency", "/api/v1/datasets", "/api/v1/search?q=%EC%B9%A8%EC%88%98");
    }

    @ParameterizedTest
    @MethodSource("collections")
    void should_stream_as_ndjson_the_rows_of_every_json_page_in_order(String url) {
        List<JsonNode> paged = pages(url);
        Response stream = given().urlEncodingEnabled(false)
                .get(url + (url.contains("?") ? "&" : "?") + "format=ndjson");
        stream.then().statusCode(200).contentType("application/x-ndjson")
                .header("X-Total-Count", String.valueOf(paged.size()))
                .header("Content-Disposition", containsString(".ndjson\""));
        List<JsonNode> streamed = lines(stream.asByteArray());
        assertEquals(paged.size(), streamed.size(), url);
        for (int i = 0; i < paged.size(); i++) {
            assertEquals(paged.get(i), streamed.get(i), url + " row " + i);
        }
        assertTrue(paged.size() > 0, url + " has no rows to compare");
    }

    @Test
    void should_stream_more_rows_than_one_part_and_follow_the_cursor() {
        // More rows than app.stream.chunk-rows of the test profile, read by cursor (investments offer one).
        List<JsonNode> streamed = lines(given().accept("application/x-ndjson").get("/api/v1/investments").then()
                .statusCode(200).contentType("application/x-ndjson").extract().asByteArray());
        assertTrue(streamed.size() > 50, "only " + streamed.size() + " investments");
        assertEquals(pages("/api/v1/investments"), streamed);
    }

    @Test
    void should_stream_csv_with_bom_header_and_one_line_per_row() {
        // More rows than app.stream.cached-csv-rows of the test profile: streamed.
        long total = assertCsvOfPages("/api/v1/investments", "investments.csv");
        assertTrue(total >= 100, "only " + total + " investments: not streamed");
    }

    @Test
    void should_build_a_small_csv_whole_with_the_same_form_and_serve_it_again_from_memory() {
        // Fewer rows than app.stream.cached-csv-rows of the test profile: built whole and cached, ETag from its bytes.
        long total = assertCsvOfPages("/api/v1/investments?area=2", "investments_2.csv");
        assertTrue(total < 100, total + " investments in area 2: streamed, not built whole");
        Response first = given().get("/api/v1/investments?format=csv&area=2");
        Response again = given().get("/api/v1/investments?format=csv&area=2");
        assertEquals(first.header("ETag"), again.header("ETag"));
        assertArrayEquals(first.asByteArray(), again.asByteArray());
        given().header("If-None-Match", first.header("ETag")).get("/api/v1/investments?format=csv&area=2").then()
                .statusCode(304);
    }

    /** The CSV of {@code collection}: BOM, header, and the rows of its JSON pages in their order. Its total. */
    private long assertCsvOfPages(String collection, String fileName) {
        Response csv = given().get(collection + (collection.contains("?") ? "&" : "?") + "format=csv");
        csv.then().statusCode(200).contentType("text/csv")
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        byte[] body = csv.asByteArray();
        assertArrayEquals(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(body, 3));
        String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        assertTrue(text.endsWith("\r\n"));
        List<String> ids = new ArrayList<>();
        for (String line : text.split("\r\n")) {
            ids.add(line.substring(0, line.indexOf(',')));
        }
        assertEquals("id", ids.get(0));
        List<String> paged = pages(collection).stream().map(row -> row.get("id").asText()).toList();
        assertEquals(paged, ids.subList(1, ids.size()), "the CSV rows are the pages' rows, in order");
        assertEquals(Long.toString(paged.size()), csv.header("X-Total-Count"));
        return paged.size();
    }

    @Test
    void should_revalidate_a_stream_with_304_and_keep_one_etag_per_request_format_and_encoding() {
        String url = "/api/v1/pledges?format=ndjson&government=gwangju-seo";
        Response first = given().get(url);
        String etag = first.header("ETag");
        first.then().statusCode(200).header("Last-Modified", first.header("Last-Modified"))
                .header("Cache-Control", "public, max-age=60").header("Vary", "Accept, Accept-Encoding");
        assertEquals(etag, given().get(url).header("ETag"));
        given().header("If-None-Match", etag).get(url).then().statusCode(304).body(emptyString())
                .header("ETag", etag);
        assertNotEquals(etag, given().get("/api/v1/pledges?format=csv&government=gwangju-seo").header("ETag"));
        assertNotEquals(etag, given().get(url + "&area=3").header("ETag"));
        assertNotEquals(etag, given().get(url + "&fields=id").header("ETag"));
        given().header("If-None-Match", etag).get(url + "&area=3").then().statusCode(200);
    }

    @Test
    void should_gzip_a_stream_when_accepted() throws IOException, InterruptedException, URISyntaxException {
        byte[] plain = given().get("/api/v1/execution-results?format=ndjson").asByteArray();
        // java.net.http leaves the body as sent, where REST Assured would decode it.
        HttpResponse<byte[]> zipped = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                base.toURI().resolve("/api/v1/execution-results?format=ndjson")).header("Accept-Encoding", "gzip")
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, zipped.statusCode());
        assertEquals("gzip", zipped.headers().firstValue("Content-Encoding").orElse(null));
        String etag = zipped.headers().firstValue("ETag").orElseThrow();
        assertTrue(etag.endsWith("-gzip\""), etag);
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
            assertArrayEquals(plain, in.readAllBytes());
        }
    }

    @Test
    void should_answer_a_head_with_the_stream_headers_and_no_body() {
        Response get = given().get("/api/v1/governments?format=ndjson");
        given().head("/api/v1/governments?format=ndjson").then().statusCode(200).body(emptyString())
                .header("ETag", get.header("ETag")).header("X-Total-Count", get.header("X-Total-Count"))
                .contentType("application/x-ndjson");
    }

    @Test
    void should_refuse_bad_parameters_of_a_stream_with_a_problem_before_any_row() {
        for (String url : List.of("/api/v1/pledges?format=ndjson&fields=nope",
                "/api/v1/pledges?format=ndjson&sort=nope",
                "/api/v1/pledges?format=ndjson&minTotal=ten", "/api/v1/pledges?format=ndjson&minTotal=9&maxTotal=1",
                "/api/v1/investments?format=ndjson&foo=1", "/api/v1/governments?format=ndjson&size=5000",
                "/api/v1/governments?format=NDJSONX", "/api/v1/search?format=ndjson")) {
            given().get(url).then().statusCode(400).contentType("application/problem+json")
                    .header("Content-Disposition", (String) null).body("status", equalTo(400));
        }
        given().get("/api/v1/governments/seoul?format=ndjson").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].parameter", equalTo("format"));
        given().accept("application/x-ndjson").get("/api/v1/governments/seoul").then().statusCode(406);
    }

    /** The rows of every JSON page of the request, following the next links. */
    private static List<JsonNode> pages(String url) {
        List<JsonNode> rows = new ArrayList<>();
        String next = url + (url.contains("?") ? "&" : "?") + "size=7";
        while (next != null) {
            JsonNode page = read(given().urlEncodingEnabled(false).get(next).then().statusCode(200).extract()
                    .asByteArray());
            page.get("data").forEach(rows::add);
            JsonNode link = page.get("links").get("next");
            next = link == null || link.isNull() ? null : link.asText();
        }
        return rows;
    }

    static List<JsonNode> lines(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        List<JsonNode> rows = new ArrayList<>();
        if (text.isEmpty()) {
            return rows;
        }
        assertTrue(text.endsWith("\n"), "the last line of an NDJSON stream ends with a newline");
        for (String line : text.split("\n")) {
            rows.add(read(line.getBytes(StandardCharsets.UTF_8)));
        }
        return rows;
    }

    static JsonNode read(byte[] json) {
        try {
            return EXACT.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
