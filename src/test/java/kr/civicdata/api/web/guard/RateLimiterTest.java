package kr.civicdata.api.web.guard;

import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.response.Response;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rate limiter over HTTP, with a bucket of 3 that refills slowly, and the test machine's loopback address
 * trusted as a proxy so that each test is its own client through {@code X-Forwarded-For}.
 */
@QuarkusTest
@TestProfile(RateLimiterTest.SmallBucket.class)
class RateLimiterTest {

    private static final String URL = "/api/v1/governments/seoul";

    /** 3 requests at once, then one every 10 s. */
    public static class SmallBucket implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("app.rate-limit.capacity", "3",
                    "app.rate-limit.refill-per-second", "0.1",
                    "app.rate-limit.trusted-proxies", "127.0.0.1,::1");
        }
    }

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static Response get(String client, String url) {
        return given().header("X-Forwarded-For", client).get(url);
    }

    @Test
    void should_answer_429_with_retry_after_when_the_bucket_is_empty() {
        for (int remaining = 2; remaining >= 0; remaining--) {
            get("198.51.100.1", URL).then().statusCode(200)
                    .header("RateLimit-Limit", "3")
                    .header("RateLimit-Remaining", Integer.toString(remaining))
                    .header("RateLimit-Policy", "3;w=30");
        }
        Response refused = get("198.51.100.1", URL);
        refused.then().statusCode(429)
                .contentType("application/problem+json")
                .header("X-Content-Type-Options", "nosniff")
                .header("RateLimit-Remaining", "0")
                .body("type", equalTo("https://localgov-data.kr/problems/too-many-requests"))
                .body("status", equalTo(429))
                .body("detail", containsString("retry after"));
        int retryAfter = Integer.parseInt(refused.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 10, "Retry-After " + retryAfter);
        int reset = Integer.parseInt(refused.header("RateLimit-Reset"));
        assertTrue(reset >= retryAfter && reset <= 30, "RateLimit-Reset " + reset);
    }

    @Test
    void should_count_each_forwarded_client_in_its_own_bucket() {
        for (int i = 0; i < 3; i++) {
            get("198.51.100.2", URL).then().statusCode(200);
        }
        get("198.51.100.2", URL).then().statusCode(429);
        get("198.51.100.3", URL).then().statusCode(200).header("RateLimit-Remaining", "2");
        // Only the right-most untrusted address counts: a client cannot pick a fresh bucket by writing one.
        given().header("X-Forwarded-For", "203.0.113.50, 198.51.100.2").get(URL).then().statusCode(429);
    }

    @Test
    void should_never_limit_the_health_checks() {
        for (int i = 0; i < 4; i++) {
            get("198.51.100.4", URL);
        }
        get("198.51.100.4", URL).then().statusCode(429);
        for (String health : new String[]{"/q/health", "/q/health/live", "/q/health/ready"}) {
            get("198.51.100.4", health).then().statusCode(200);
        }
        // Dot segments do not make an API path a health check.
        given().urlEncodingEnabled(false).header("X-Forwarded-For", "198.51.100.4")
                .get("/q/health/../../api/v1/governments/seoul").then().statusCode(429);
    }

    @Test
    void should_limit_the_metrics_and_every_error_answer_too() {
        for (int i = 0; i < 3; i++) {
            get("198.51.100.5", "/api/v1/nope").then().statusCode(404).header("RateLimit-Limit", "3");
        }
        get("198.51.100.5", "/q/metrics").then().statusCode(429);
    }

    @Test
    void should_let_a_browser_script_read_the_refusal() {
        for (int i = 0; i < 3; i++) {
            get("198.51.100.6", URL);
        }
        Response refused = given().header("X-Forwarded-For", "198.51.100.6").header("Origin", "https://dash.example")
                .get(URL);
        refused.then().statusCode(429).header("Access-Control-Allow-Origin", notNullValue());
        assertTrue(refused.header("Access-Control-Expose-Headers").contains("Retry-After"));
        assertEquals("0", refused.header("RateLimit-Remaining"));
    }
}
