package kr.civicdata.api.web.representation;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.DecoderConfig;
import io.restassured.http.Header;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The event-loop fast path answers a repeated request exactly as JAX-RS answered it the first time: same status,
 * bytes and headers, for every kind of representation, and never for a request it has not seen answered.
 */
@QuarkusTest
class FastPathTest {

    @Inject
    FastPath fastPath;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    MeterRegistry registry;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    static Stream<String> urls() {
        return Stream.of("/api/v1/pledges?government=gwangju-seo&size=7&sort=-total",
                "/api/v1/pledges/gwangju-seo:3-3-4",
                "/api/v1/investments?area=2&size=3",
                "/api/v1/investments?format=csv&area=2",
                "/api/v1/governments?level=BASIC&size=2&page=2",
                "/api/v1/consistency/summary");
    }

    @ParameterizedTest
    @MethodSource("urls")
    void should_answer_a_repeated_request_with_the_same_bytes_and_headers(String url) {
        assertSameAnswerTwice(() -> identity(), url);
    }

    @ParameterizedTest
    @MethodSource("urls")
    void should_answer_a_repeated_gzip_request_with_the_same_bytes_and_headers(String url) {
        assertSameAnswerTwice(() -> identity().header("Accept-Encoding", "gzip, deflate"), url);
    }

    @Test
    void should_answer_a_repeated_revalidation_with_304_and_the_same_headers() {
        String url = "/api/v1/pledges?government=gwangju-seo&size=9";
        String etag = identity().get(url).then().statusCode(200).extract().header("ETag");
        assertSameAnswerTwice(() -> identity().header("If-None-Match", etag), url);
        Response notModified = identity().header("If-None-Match", etag).get(url);
        notModified.then().statusCode(304).body(emptyString());
    }

    @Test
    void should_answer_a_head_with_the_get_headers_and_no_body() {
        String url = "/api/v1/pledges?government=gwangju-seo&size=11";
        Response get = identity().get(url);
        long before = fastPath.hits();
        Response head = identity().head(url);
        head.then().statusCode(200).body(emptyString())
                .header("ETag", get.header("ETag"))
                .header("Link", get.header("Link"))
                .header("X-Total-Count", get.header("X-Total-Count"))
                .header("Content-Length", String.valueOf(get.asByteArray().length));
        assertEquals(before + 1, fastPath.hits());
    }

    @Test
    void should_not_answer_a_format_the_client_did_not_ask_for() {
        String url = "/api/v1/governments?size=3";
        identity().get(url).then().statusCode(200).contentType("application/json");
        identity().get(url).then().statusCode(200).contentType("application/json");
        identity().accept("text/csv").get(url).then().statusCode(200).contentType("text/csv");
        identity().accept("application/xml").get(url).then().statusCode(406);
    }

    @Test
    void should_never_answer_an_error_from_the_fast_path() {
        String url = "/api/v1/governments?size=5000";
        identity().get(url).then().statusCode(400);
        long before = fastPath.hits();
        identity().get(url).then().statusCode(400).contentType("application/problem+json");
        identity().get("/api/v1/governments/nope").then().statusCode(404);
        identity().get("/api/v1/governments/nope").then().statusCode(404);
        assertEquals(before, fastPath.hits());
    }

    @Test
    void should_leave_writing_methods_and_preflights_to_the_rest_of_the_stack() {
        String url = "/api/v1/governments?size=4";
        identity().get(url).then().statusCode(200);
        identity().post(url).then().statusCode(405).header("Allow", "GET, HEAD, OPTIONS");
        identity().header("Origin", "https://dashboard.example").header("Access-Control-Request-Method", "GET")
                .options(url).then().statusCode(200).header("Access-Control-Allow-Methods", containsString("GET"));
        identity().header("Origin", "https://dashboard.example").get(url).then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("https://dashboard.example"))
                .header("Access-Control-Expose-Headers", containsString("X-Total-Count"))
                .header("X-Content-Type-Options", "nosniff");
    }

    @Test
    void should_take_no_database_connection_for_a_fast_path_answer() {
        String url = "/api/v1/pledges?government=gwangju-seo&size=13&area=4";
        identity().get(url).then().statusCode(200);
        long hits = fastPath.hits();
        long connections = dataSource.getMetrics().acquireCount();
        for (int i = 0; i < 5; i++) {
            identity().get(url).then().statusCode(200);
        }
        assertEquals(hits + 5, fastPath.hits());
        assertEquals(connections, dataSource.getMetrics().acquireCount());
    }

    @Test
    void should_count_a_fast_path_answer_under_its_endpoint_in_the_http_metrics() throws InterruptedException {
        String url = "/api/v1/pledges/gwangju-seo:3-3-2";
        identity().get(url).then().statusCode(200);
        double counted = requestsCounted("/api/v1/pledges/{id}", 0);
        long hits = fastPath.hits();
        for (int i = 0; i < 3; i++) {
            identity().get(url).then().statusCode(200);
        }
        assertEquals(hits + 3, fastPath.hits());
        assertEquals(counted + 3, requestsCounted("/api/v1/pledges/{id}", counted + 3),
                "the fast path's answers are counted under the URL template REST matched the first time");
    }

    /**
     * The GET requests answered 200 that the HTTP metrics counted under this URI; waits a little for the expected
     * count, as a request is counted when its response has ended, which the client may see first.
     */
    private double requestsCounted(String uri, double expected) throws InterruptedException {
        double count = 0;
        for (int i = 0; i < 50; i++) {
            Timer timer = registry.find("http.server.requests").tag("uri", uri).tag("method", "GET")
                    .tag("status", "200").timer();
            count = timer == null ? 0 : timer.count();
            if (count >= expected) {
                break;
            }
            Thread.sleep(20);
        }
        return count;
    }

    /** The first answer comes from JAX-RS, the second from the fast path; both must be the same to the byte. */
    private void assertSameAnswerTwice(Supplier<RequestSpecification> request, String url) {
        Response first = request.get().get(url);
        long before = fastPath.hits();
        Response second = request.get().get(url);
        assertEquals(before + 1, fastPath.hits(), "the repeated request was not answered by the fast path");
        assertEquals(first.statusCode(), second.statusCode());
        assertArrayEquals(first.asByteArray(), second.asByteArray());
        assertEquals(headers(first), headers(second));
    }

    /**
     * Header names (lower case) to their values, but for the rate limiter's count of the client's remaining tokens and
     * the time to refill them: the limiter sends them with every answer, however it is made, and they change from one
     * request to the next (by one token, or none when the bucket refilled in between, as it does after a quiet moment
     * and not after a test that sent many requests).
     */
    private static Map<String, String> headers(Response response) {
        Map<String, String> headers = new TreeMap<>();
        for (Header header : response.headers()) {
            headers.merge(header.getName().toLowerCase(Locale.ROOT), header.getValue(),
                    (a, b) -> a + ", " + b);
        }
        headers.keySet().removeAll(Set.of("ratelimit-remaining", "ratelimit-reset"));
        return headers;
    }

    /** REST Assured would decode gzip and ask for it: here every byte is compared as sent. */
    private static RequestSpecification identity() {
        return given().config(RestAssured.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders()));
    }
}
