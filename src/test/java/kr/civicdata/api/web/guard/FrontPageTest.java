package kr.civicdata.api.web.guard;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The front page at / and its static assets: HTML in Korean, a strict CSP scoped to them, links that resolve. */
@QuarkusTest
class FrontPageTest {

    private static final Pattern PAGE_ASSET = Pattern.compile("(?:src|href)=\"(assets/[^\"]+)\"");
    private static final Pattern MODULE_IMPORT = Pattern.compile("(?m)^import .* from '(\\.{1,2}/[^']+)';$");
    private static final Pattern API_LINK = Pattern.compile("href=\"(/(?:api|q)/[^\"#]*)\"");

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void should_serve_the_front_page_as_korean_utf8_html() {
        given().get("/")
                .then().statusCode(200)
                .header("Content-Type", equalTo("text/html;charset=UTF-8"))
                .body(containsString("<html lang=\"ko\">"))
                .body(containsString("<meta charset=\"utf-8\">"))
                .body(containsString("공약 투자계획"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/index.html", "/assets/style.css", "/assets/js/app.js", "/assets/favicon.svg"})
    void should_send_a_strict_csp_referrer_policy_and_no_cache_with_the_page_and_its_assets(String path) {
        String csp = given().get(path).then().statusCode(200)
                .header("Referrer-Policy", "no-referrer")
                .header("Cache-Control", "no-cache")
                .header("X-Content-Type-Options", "nosniff")
                .extract().header("Content-Security-Policy");
        assertTrue(csp.contains("default-src 'none'"), csp);
        assertTrue(csp.contains("script-src 'self'"), csp);
        assertTrue(csp.contains("style-src 'self'"), csp);
        assertTrue(csp.contains("connect-src 'self'"), csp);
        assertTrue(csp.contains("frame-ancestors 'none'"), csp);
        assertFalse(csp.contains("unsafe"), csp);
    }

    @Test
    void should_hold_no_inline_script_style_or_event_handler_that_the_csp_would_block() {
        String page = given().get("/").then().statusCode(200).extract().asString();
        // A JSON-LD block is data, never run, and no CSP governs it: only scripts that would run count.
        assertFalse(
                Pattern.compile("<script(?![^>]*\\bsrc=)(?![^>]*type=\"application/ld\\+json\")[^>]*>").matcher(page)
                        .find(),
                "an inline <script>");
        assertFalse(page.contains("<style"), "an inline <style>");
        assertFalse(Pattern.compile("\\sstyle=").matcher(page).find(), "a style attribute");
        assertFalse(Pattern.compile("\\son[a-z]+=").matcher(page).find(), "an inline event handler");
    }

    @Test
    void should_resolve_every_asset_of_the_page_and_every_module_it_imports() {
        String page = given().get("/").then().statusCode(200).extract().asString();
        Deque<String> pending = new ArrayDeque<>(matches(PAGE_ASSET, page));
        Set<String> seen = new LinkedHashSet<>();
        while (!pending.isEmpty()) {
            String path = "/" + pending.pop();
            if (!seen.add(path)) {
                continue;
            }
            Response asset = given().get(path);
            assertEquals(200, asset.statusCode(), path);
            String type = asset.contentType();
            if (path.endsWith(".js")) {
                assertTrue(type.startsWith("text/javascript"), path + " is served as " + type);
                String directory = path.substring(1, path.lastIndexOf('/') + 1);
                for (String imported : matches(MODULE_IMPORT, asset.asString())) {
                    pending.push(Path.of(directory, imported).normalize().toString());
                }
            } else if (path.endsWith(".css")) {
                assertTrue(type.startsWith("text/css"), path + " is served as " + type);
            } else if (path.endsWith(".svg")) {
                assertTrue(type.startsWith("image/svg+xml"), path + " is served as " + type);
            }
        }
        // The page, its style sheet and icon, app.js and the modules it imports (format, dom, charts, api, sections).
        assertTrue(seen.size() >= 12, "assets found: " + seen);
        assertTrue(seen.contains("/assets/js/sections/pledges.js"), "the module graph was followed: " + seen);
    }

    @Test
    void should_link_only_api_and_operations_paths_that_answer() {
        String page = given().get("/").then().statusCode(200).extract().asString();
        Set<String> links = matches(API_LINK, page);
        assertTrue(links.size() >= 20, "links found: " + links);
        for (String link : links) {
            String path = link.replace("&amp;", "&");
            Response response = given().get(path);
            assertEquals(200, response.statusCode(), path);
            if (path.contains("format=csv")) {
                assertTrue(response.contentType().startsWith("text/csv"), path + " is " + response.contentType());
            }
        }
    }

    @Test
    void should_answer_304_when_the_page_has_not_changed_since() {
        String lastModified = given().get("/").then().statusCode(200).extract().header("Last-Modified");
        given().header("If-Modified-Since", lastModified).get("/").then().statusCode(304);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/q/swagger-ui/", "/q/openapi", "/api/v1/governments"})
    void should_leave_the_page_csp_off_swagger_ui_and_the_api(String path) {
        // Swagger UI runs inline scripts; the page's policy is scoped to the page so that it keeps working.
        given().get(path).then().statusCode(200).header("Content-Security-Policy", nullValue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/assets/nope.js", "/nope", "/api/v1/nope"})
    void should_still_answer_404_problem_for_a_missing_file_or_path(String path) {
        given().get(path).then().statusCode(404)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(404))
                .body(not(containsString("Exception")));
    }

    private static Set<String> matches(Pattern pattern, String text) {
        Set<String> found = new LinkedHashSet<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
