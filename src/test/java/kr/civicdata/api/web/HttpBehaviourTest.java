package kr.civicdata.api.web;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.DecoderConfig;
import io.restassured.response.Response;

import kr.civicdata.api.db.OwnerDatabase;
import kr.civicdata.api.web.representation.DataVersion;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** The HTTP behaviour every endpoint shares: revalidation, caching headers, CSV, gzip, CORS and errors. */
@QuarkusTest
class HttpBehaviourTest {

    private static final String COLLECTION = "/api/v1/governments";
    private static final String ITEM = "/api/v1/governments/seoul-seodaemun";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    DataVersion dataVersion;

    @Inject
    OwnerDatabase owner;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    static Stream<String> representations() {
        return Stream.of(COLLECTION, ITEM, COLLECTION + "?format=csv", COLLECTION + "?level=BASIC&size=2&page=2");
    }

    @ParameterizedTest
    @MethodSource("representations")
    void should_return_304_without_body_when_etag_matches(String url) {
        Response first = given().get(url);
        first.then().statusCode(200).header("ETag", notNullValue()).header("Last-Modified", notNullValue());
        given().header("If-None-Match", first.header("ETag")).get(url)
                .then().statusCode(304).body(emptyString())
                .header("ETag", equalTo(first.header("ETag")))
                .header("Cache-Control", equalTo("public, max-age=60"));
    }

    @Test
    void should_return_304_for_a_weak_or_listed_etag_and_200_for_another() {
        String etag = given().get(COLLECTION).header("ETag");
        given().header("If-None-Match", "\"other\", W/" + etag).get(COLLECTION).then().statusCode(304);
        given().header("If-None-Match", "*").get(COLLECTION).then().statusCode(304);
        given().header("If-None-Match", "\"other\"").get(COLLECTION).then().statusCode(200);
    }

    @Test
    void should_return_304_when_not_modified_since_and_let_if_none_match_win() {
        String lastModified = given().get(ITEM).header("Last-Modified");
        given().header("If-Modified-Since", lastModified).get(ITEM).then().statusCode(304);
        given().header("If-Modified-Since", "Thu, 01 Jan 2015 00:00:00 GMT").get(ITEM).then().statusCode(200);
        given().header("If-Modified-Since", "not a date").get(ITEM).then().statusCode(200);
        given().header("If-Modified-Since", lastModified).header("If-None-Match", "\"other\"").get(ITEM)
                .then().statusCode(200);
    }

    @Test
    void should_give_each_representation_its_own_etag_and_the_same_one_again() {
        String json = given().get(COLLECTION).header("ETag");
        String csv = given().get(COLLECTION + "?format=csv").header("ETag");
        String page2 = given().get(COLLECTION + "?size=2&page=2").header("ETag");
        assertNotEquals(json, csv);
        assertNotEquals(json, page2);
        assertEquals(json, given().get(COLLECTION).header("ETag"));
        // The canonical form of the parameters selects the representation: same bytes, same ETag.
        assertEquals(page2, given().get(COLLECTION + "?size=02&page=2").header("ETag"));
    }

    @Test
    void should_send_caching_and_security_headers_on_every_200() {
        given().get(COLLECTION).then().statusCode(200)
                .header("Cache-Control", "public, max-age=60")
                .header("Vary", "Accept, Accept-Encoding")
                .header("X-Content-Type-Options", "nosniff");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/nope", "/api/v1/governments/nope", "/q/health/live", "/nope"})
    void should_send_nosniff_on_every_response(String url) {
        given().get(url).then().header("X-Content-Type-Options", "nosniff");
    }

    @Test
    void should_run_no_sql_for_a_304_or_a_repeated_200() {
        String url = COLLECTION + "?sort=-name&size=3";
        String etag = given().get(url).then().statusCode(200).extract().header("ETag");
        long before = dataSource.getMetrics().acquireCount();
        for (int i = 0; i < 5; i++) {
            given().get(url).then().statusCode(200);
            given().header("If-None-Match", etag).get(url).then().statusCode(304);
        }
        assertEquals(before, dataSource.getMetrics().acquireCount(),
                "a cached answer or a 304 took a database connection");
    }

    @Test
    void should_change_the_etag_when_the_data_changes() throws SQLException {
        String etag = given().get(ITEM).header("ETag");
        try {
            execute("UPDATE government SET name = name || ' (test)' WHERE id = 'seoul-seodaemun'",
                    "UPDATE data_load SET version = version || '-test', loaded_at = loaded_at + interval '1 second'");
            dataVersion.refresh();
            Response changed = given().get(ITEM);
            changed.then().statusCode(200).body("name", equalTo("서울특별시 서대문구 (test)"));
            assertNotEquals(etag, changed.header("ETag"));
            given().header("If-None-Match", etag).get(ITEM).then().statusCode(200);
        } finally {
            execute("UPDATE government SET name = '서울특별시 서대문구' WHERE id = 'seoul-seodaemun'",
                    "UPDATE data_load SET version = left(version, 64), loaded_at = loaded_at - interval '1 second'");
            dataVersion.refresh();
        }
        assertEquals(etag, given().get(ITEM).header("ETag"), "the same data gives the same ETag again");
    }

    @Test
    void should_send_csv_with_bom_header_row_and_attachment() {
        Response csv = given().queryParam("format", "csv").queryParam("level", "BASIC").get(COLLECTION);
        csv.then().statusCode(200)
                .contentType("text/csv")
                .header("Content-Disposition", "attachment; filename=\"governments_BASIC.csv\"")
                .header("X-Total-Count", "3");
        byte[] body = csv.asByteArray();
        assertArrayEquals(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                new byte[]{body[0], body[1], body[2]});
        String text = new String(body, 3, body.length - 3, java.nio.charset.StandardCharsets.UTF_8);
        assertEquals("id,name,level,levelLabel,adminCode,parentId", text.lines().findFirst().orElseThrow());
        assertEquals(4, text.lines().count());
    }

    @Test
    void should_send_csv_for_accept_text_csv_and_json_otherwise() {
        given().accept("text/csv").get(COLLECTION).then().statusCode(200).contentType("text/csv");
        given().accept("text/csv;q=0.5, application/json").get(COLLECTION).then().contentType("application/json");
        given().accept("*/*").get(COLLECTION).then().contentType("application/json");
    }

    @Test
    void should_answer_406_problem_when_no_format_is_acceptable() {
        given().accept("application/xml").get(COLLECTION)
                .then().statusCode(406).contentType("application/problem+json").body("status", equalTo(406));
        given().accept("text/csv").get(ITEM).then().statusCode(406);
    }

    @Test
    void should_gzip_when_accepted_with_its_own_etag() {
        String url = COLLECTION + "?format=csv";
        // REST Assured asks for gzip by default: the plain request turns its decoders off.
        Response identity = given().config(RestAssured.config().decoderConfig(
                DecoderConfig.decoderConfig().noContentDecoders())).get(url);
        identity.then().header("Content-Encoding", nullValue());
        Response gzipped = given().config(RestAssured.config().decoderConfig(
                DecoderConfig.decoderConfig().contentDecoders(DecoderConfig.ContentDecoder.GZIP)))
                .header("Accept-Encoding", "gzip").get(url);
        gzipped.then().statusCode(200).header("Content-Encoding", "gzip");
        assertEquals(identity.asString(), gzipped.asString());
        assertNotEquals(identity.header("ETag"), gzipped.header("ETag"));
        given().header("Accept-Encoding", "gzip").header("If-None-Match", gzipped.header("ETag")).get(url)
                .then().statusCode(304);
        given().header("Accept-Encoding", "gzip;q=0").get(url).then().header("Content-Encoding", nullValue());
    }

    @Test
    void should_answer_a_cors_preflight_and_expose_the_paging_headers() {
        given().header("Origin", "https://dashboard.example").header("Access-Control-Request-Method", "GET")
                .options(COLLECTION)
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", notNullValue())
                .header("Access-Control-Allow-Methods", containsString("GET"));
        given().header("Origin", "https://dashboard.example").get(COLLECTION)
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", notNullValue())
                .header("Access-Control-Expose-Headers", containsString("ETag"))
                .header("Access-Control-Expose-Headers", containsString("Link"))
                .header("Access-Control-Expose-Headers", containsString("X-Total-Count"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "PATCH", "DELETE"})
    void should_answer_405_with_allow_to_any_writing_method(String method) {
        given().request(method, COLLECTION)
                .then().statusCode(405).contentType("application/problem+json")
                .header("Allow", "GET, HEAD, OPTIONS")
                .body("status", equalTo(405));
    }

    @Test
    void should_answer_head_with_headers_and_no_body() {
        given().head(COLLECTION).then().statusCode(200).header("ETag", notNullValue()).body(emptyString());
    }

    @Test
    void should_answer_404_problem_for_a_path_that_does_not_exist() {
        given().get("/api/v1/nope")
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("https://localgov-data.kr/problems/not-found"))
                .body("title", equalTo("Not found"))
                .body("status", equalTo(404))
                .body("instance", equalTo("/api/v1/nope"))
                .body(not(containsString("Exception")));
    }

    @Test
    void should_not_echo_markup_from_parameters() {
        given().queryParam("sort", "<script>alert(1)</script>").get(COLLECTION)
                .then().statusCode(400).body(not(containsString("<script>")));
    }

    /** Changes the data as the owner: the service's own connections may only read. */
    private void execute(String... statements) throws SQLException {
        try (Connection connection = owner.open(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
