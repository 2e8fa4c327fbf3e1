package kr.civicdata.api.web.guard;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

import kr.civicdata.api.web.RawHttp;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The size limits of a request and the refusal of invalid URLs, each with a problem+json answer. Raw bytes go through
 * a plain socket: every HTTP library would encode them first.
 */
@QuarkusTest
class RequestLimitsTest {

    @TestHTTPResource("/")
    java.net.URL base;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private RawHttp.Answer raw(byte[] target) {
        return RawHttp.send(base.getPort(), "GET", target, Map.of());
    }

    private static byte[] latin1(String target) {
        return target.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static void assertInvalidUrl(RawHttp.Answer answer, String detail) {
        assertEquals(400, answer.status(), answer.text());
        assertEquals("application/problem+json", answer.header("Content-Type"));
        assertEquals("nosniff", answer.header("X-Content-Type-Options"));
        assertTrue(answer.text().contains("\"type\":\"https://localgov-data.kr/problems/invalid-url\""),
                answer.text());
        assertTrue(answer.text().contains(detail), answer.text());
    }

    @Test
    void should_answer_400_problem_for_raw_non_ascii_bytes_in_the_url() {
        RawHttp.Answer answer = raw("/api/v1/figures?q=인구".getBytes(StandardCharsets.UTF_8));
        assertInvalidUrl(answer, "the byte 0xEC, which is not ASCII, at position 19 must be percent-encoded");
        assertTrue(answer.text().contains("--data-urlencode"), "the answer says how to send it");
    }

    @Test
    void should_answer_400_problem_for_a_percent_without_two_hex_digits() {
        assertInvalidUrl(raw(latin1("/api/v1/figures?q=%zz")), "the '%' at position 19 is not followed");
        assertInvalidUrl(raw(latin1("/api/v1/fig%zzures")), "the '%' at position 12 is not followed");
        assertInvalidUrl(raw(latin1("/api/v1/figures?q=%4")), "the '%' at position 19 is not followed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/figures?q=%ff%fe", "/api/v1/figures?q=%C3%28", "/api/v1/%ED%A0%80",
            "/api/v1/figures?q=%C0%AF", "/api/v1/figures?q=%EC%9D"})
    void should_answer_400_problem_for_percent_encoded_bytes_that_are_not_utf8(String target) {
        assertInvalidUrl(raw(latin1(target)), "are not valid UTF-8");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/governments?q=a\u0001b", "/api/v1/governments?q=<script>",
            "/api/v1/governments?q=\"x\"", "/api/v1/gov{ernments}", "/api/v1/governments?q=a|b", "*",
            "api/v1/governments", "/api/v1/governments#top"})
    void should_answer_400_problem_for_characters_that_must_be_encoded(String target) {
        RawHttp.Answer answer = raw(latin1(target));
        assertInvalidUrl(answer, "The request URL is not valid");
        assertFalse(answer.text().contains("<") || answer.text().contains("|") || answer.text().contains("\\u0001"),
                "the input is not repeated: " + answer.text());
    }

    @Test
    void should_answer_400_problem_for_a_control_character_in_the_path() {
        assertInvalidUrl(raw(latin1("/api/v1/figures/%00")), "the percent-encoded control character 0x00 at "
                + "position 17 has no place in a path");
    }

    @Test
    void should_answer_405_problem_to_any_writing_method_on_any_path_and_origin() {
        given().header("Origin", "https://dashboard.example").delete("/api/v1/governments")
                .then().statusCode(405).contentType("application/problem+json")
                .header("Allow", "GET, HEAD, OPTIONS").body("status", equalTo(405));
        given().post("/api/v1/nope").then().statusCode(405).header("Allow", "GET, HEAD, OPTIONS");
        assertEquals(405, RawHttp.send(base.getPort(), "get", latin1("/api/v1/governments"), Map.of()).status());
    }

    @Test
    void should_answer_400_problem_for_a_request_without_host() {
        RawHttp.Answer answer = RawHttp.exchange(base.getPort(),
                latin1("GET /api/v1/governments HTTP/1.1\r\nConnection: close\r\n\r\n"), false);
        assertEquals(400, answer.status());
        assertEquals("application/problem+json", answer.header("Content-Type"));
        assertTrue(answer.text().contains("no valid Host header"), answer.text());
    }

    @Test
    void should_accept_the_same_text_percent_encoded() {
        given().queryParam("q", "인구").get("/api/v1/figures").then().statusCode(200);
        RawHttp.Answer answer = raw(latin1("/api/v1/figures?q=%EC%9D%B8%EA%B5%AC&size=1"));
        assertEquals(200, answer.status(), answer.text());
        assertTrue(answer.text().contains("인구"));
    }

    @Test
    void should_answer_414_problem_for_a_url_over_the_limit() {
        RawHttp.Answer answer = raw(latin1("/api/v1/governments?q=" + "a".repeat(5000)));
        assertEquals(414, answer.status());
        assertEquals("application/problem+json", answer.header("Content-Type"));
        assertTrue(answer.text().contains("at most 4096 are accepted"), answer.text());
        // Just under the limit is a normal request (here a 400 for a value over 200 characters).
        assertEquals(400, raw(latin1("/api/v1/governments?q=" + "a".repeat(4000))).status());
    }

    @Test
    void should_leave_only_urls_beyond_the_hard_cap_to_netty() {
        RawHttp.Answer answer = raw(latin1("/api/v1/governments?q=" + "a".repeat(20_000)));
        assertEquals(414, answer.status());
        assertEquals(0, answer.body().length, "Netty's own answer beyond quarkus.http.limits.max-initial-line-length");
    }

    @Test
    void should_answer_400_problem_for_headers_over_the_limit() {
        given().header("X-Padding", "x".repeat(9000)).get("/api/v1/governments")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://localgov-data.kr/problems/headers-too-large"))
                .body("detail", containsString("at most 8192 are accepted"));
        given().header("X-Padding", "x".repeat(6000)).get("/api/v1/governments").then().statusCode(200);
    }

    @Test
    void should_never_put_decoded_markup_in_a_problem() {
        RawHttp.Answer answer = raw(latin1("/api/v1/%3Cscript%3Ealert(1)%3C%2Fscript%3E"));
        assertEquals(404, answer.status());
        assertFalse(answer.text().contains("<"), answer.text());
        assertTrue(answer.text().contains("\"instance\":\"/api/v1/%3Cscript%3Ealert(1)%3C/script%3E\""),
                answer.text());
        // The instance is one URI reference whatever the client encoded: ':' as it is, Korean as UTF-8.
        assertTrue(raw(latin1("/api/v1/pledges/gwangju-seo%3A9-9")).text()
                .contains("\"instance\":\"/api/v1/pledges/gwangju-seo:9-9\""));
        given().get("/api/v1/governments/서울").then().statusCode(404)
                .body("instance", equalTo("/api/v1/governments/%EC%84%9C%EC%9A%B8"));
    }

    @Test
    void should_describe_each_invalid_target_without_repeating_it() {
        assertNull(RequestLimits.whyInvalid("/api/v1/figures?q=%EC%9D%B8&sort=-value,id&x=[1]"));
        assertNull(RequestLimits.whyInvalid("http://localhost/api/v1/governments"));
        assertEquals("a space at position 5 must be percent-encoded. Percent-encode it as UTF-8, as browsers and "
                + "HTTP libraries do (curl -G --data-urlencode 'q=인구').", RequestLimits.whyInvalid("/api x"));
        assertTrue(RequestLimits.whyInvalid("/a/[b]").startsWith("the character U+005B at position 4"));
        assertTrue(RequestLimits.whyInvalid("/a?b=%E4%B8").contains("at position 6 are not valid UTF-8"));
        assertTrue(RequestLimits.whyInvalid("/a?b=%41%E4%B8%41").contains("at position 9 are not valid UTF-8"));
    }
    @Test
    void should_accept_only_targets_that_java_net_uri_parses_also_where_it_skips_that_parse() {
        // whyInvalid skips java.net.URI for a plain path and query: every target it accepts must still parse. Random
        // targets over the accepted characters, the escapes and the brackets (2 of 3 start with one '/').
        String alphabet = "/?%aZ09-._~!$&'()*+,;=:@[]#";
        Random random = new Random(20261202);
        int accepted = 0;
        for (int n = 0; n < 50_000; n++) {
            StringBuilder target = new StringBuilder(n % 3 == 0 ? "//" : "/");
            for (int i = random.nextInt(12); i > 0; i--) {
                target.append(random.nextInt(8) == 0
                        ? "%4" + "1aZ".charAt(random.nextInt(3))
                        : String.valueOf(alphabet.charAt(random.nextInt(alphabet.length()))));
            }
            if (RequestLimits.whyInvalid(target.toString()) == null) {
                accepted++;
                try {
                    new URI(target.toString());
                } catch (URISyntaxException e) {
                    throw new AssertionError("accepted, but java.net.URI refuses " + target + ": " + e.getMessage());
                }
            }
        }
        assertTrue(accepted > 5_000, "too few accepted targets to tell: " + accepted);
    }
}
