package kr.civicdata.api.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;

import static io.restassured.RestAssured.given;
import static kr.civicdata.api.web.StreamsTest.lines;
import static kr.civicdata.api.web.StreamsTest.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Where one part of a stream ends and the next begins ({@code CollectionStreams}: each part after the rows of the part
 * before, by the keys of its last row), within rows that share their sort key: the next part must neither skip nor
 * repeat a row (the tie-breaker decides), nulls included. Parts of {@value #PART} rows, so that boundaries fall between
 * tied rows in every collection, small ones too; each stream is compared with one JSON page of the whole result, read
 * in one query.
 */
@QuarkusTest
@TestProfile(StreamPartsTest.SmallParts.class)
class StreamPartsTest {

    static final int PART = 2;

    /** Streams read in parts of {@value #PART} rows. */
    public static class SmallParts implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("app.stream.chunk-rows", Integer.toString(PART));
        }
    }

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    /** Sorts with many rows of one key, each with the JSON pointer of that key in a row. */
    static Stream<Arguments> tiedSorts() {
        return Stream.of(Arguments.of("/api/v1/pledges?sort=area", "/area"),
                Arguments.of("/api/v1/pledges?sort=-total", "/total"),
                Arguments.of("/api/v1/pledges?sort=depth,-area", "/depth"),
                Arguments.of("/api/v1/pledges?government=gwangju-seo", "/area"),
                Arguments.of("/api/v1/investments?sort=period", "/period"),
                Arguments.of("/api/v1/investments?sort=-amount", "/amount"),
                Arguments.of("/api/v1/investments?pledge=3-3", "/pledgeId"),
                Arguments.of("/api/v1/investments/summary?groupBy=area&sort=fromYear", "/fromYear"),
                Arguments.of("/api/v1/execution-results?sort=-budget", "/execution/budget"),
                Arguments.of("/api/v1/execution-results?sort=itemName", "/datasetId"),
                Arguments.of("/api/v1/disaster-response-stages?sort=staffingPersons", "/staffingPersons"),
                Arguments.of("/api/v1/disaster-response-stages?sort=-alertLevel", "/alertLevel"),
                Arguments.of("/api/v1/achievements?sort=kind", "/kind"),
                Arguments.of("/api/v1/achievements?sort=-date", "/dateFrom"),
                Arguments.of("/api/v1/figures?sort=value", "/value"),
                Arguments.of("/api/v1/datasets?sort=asOf", "/asOf"),
                Arguments.of("/api/v1/consistency?sort=kind", "/kind"),
                Arguments.of("/api/v1/search?q=%EC%9D%B4&sort=type", "/type"),
                Arguments.of("/api/v1/search?q=%EC%9D%B4", "/type"));
    }

    @ParameterizedTest
    @MethodSource("tiedSorts")
    void should_neither_skip_nor_repeat_a_row_where_a_part_ends_within_rows_of_one_sort_key(String url,
            String key) {
        JsonNode whole = read(given().urlEncodingEnabled(false).get(url + "&size=1000").then().statusCode(200)
                .extract().asByteArray());
        List<JsonNode> expected = new ArrayList<>();
        whole.get("data").forEach(expected::add);
        assertTrue(expected.size() < 1000, url + ": " + expected.size() + " rows, more than one page");
        boolean tieAtBoundary = false;
        for (int first = PART; first < expected.size(); first += PART) {
            tieAtBoundary |= expected.get(first - 1).at(key).equals(expected.get(first).at(key));
        }
        assertTrue(tieAtBoundary, url + ": no part ends within rows of one " + key + "; the test would prove nothing");
        List<JsonNode> streamed = lines(given().urlEncodingEnabled(false).get(url + "&format=ndjson").then()
                .statusCode(200).header("X-Total-Count", String.valueOf(expected.size())).extract().asByteArray());
        assertEquals(ids(expected), ids(streamed), url);
        assertEquals(expected, streamed, url);
    }

    private static List<String> ids(List<JsonNode> rows) {
        return rows.stream().map(row -> row.has("id") ? row.get("id").asText() : row.toString()).toList();
    }
}
