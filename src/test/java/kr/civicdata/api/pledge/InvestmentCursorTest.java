package kr.civicdata.api.pledge;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;

import kr.civicdata.api.db.query.Keyset;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Keyset paging of /investments: {@code links.next} carries a cursor, and following it gives the pages that page
 * numbers give, row for row, whatever the sort (nulls and ties included); a cursor that is not one of ours is a 400
 * naming {@code cursor}.
 */
@QuarkusTest
class InvestmentCursorTest {

    private static final String INVESTMENTS = "/api/v1/investments";

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    /** The query string of a link, or of a parameter list, as REST Assured sends it back. */
    private static Response get(String uri) {
        return given().urlEncodingEnabled(false).get(uri);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "sort=-amount", "sort=amount", "sort=period", "sort=-pledge,amount",
            "sort=-period,-amount", "area=3&sort=amount", "status=NONE", "pledge=3-3", "q=%EB%8F%8C%EB%B4%84",
            "fiscalYear=2024&sort=-amount", "fields=id,amount&sort=-amount"})
    void should_give_the_pages_of_page_numbers_by_following_the_cursor_of_links_next(String query) {
        int size = 7;
        List<String> byPage = new ArrayList<>();
        List<String> byCursor = new ArrayList<>();
        Response first = get(INVESTMENTS + "?" + query + (query.isEmpty() ? "" : "&") + "size=" + size);
        first.then().statusCode(200);
        int total = first.path("meta.total");
        int pages = Math.max(1, (total + size - 1) / size);
        for (int page = 1; page <= pages; page++) {
            byPage.addAll(get(INVESTMENTS + "?" + query + (query.isEmpty() ? "" : "&") + "page=" + page + "&size="
                    + size).then().statusCode(200).extract().<List<String>>path("data.id"));
        }
        Response current = first;
        for (int page = 1;; page++) {
            current.then().statusCode(200).body("meta.page", equalTo(page)).body("meta.total", equalTo(total));
            byCursor.addAll(current.path("data.id"));
            String next = current.path("links.next");
            if (next == null) {
                assertEquals(pages, page, "links.next missing before the last page");
                break;
            }
            assertTrue(next.contains("cursor=") && !next.contains("page="), next);
            assertTrue(current.header("Link").contains("<" + next + ">; rel=\"next\""), current.header("Link"));
            current = get(next);
            // A page reached by cursor links to itself by its cursor, and back by page number.
            current.then().body("links.self", equalTo(next))
                    .body("links.prev", containsString("page=" + page + "&size=" + size));
        }
        assertEquals(byPage, byCursor);
        assertEquals(total, byCursor.size());
    }

    @Test
    void should_answer_a_page_reached_by_cursor_with_the_rows_of_that_page_number() {
        Response second = get(get(INVESTMENTS + "?sort=-amount&size=50").path("links.next"));
        Response numbered = get(INVESTMENTS + "?sort=-amount&page=2&size=50");
        assertEquals(numbered.<List<Map<String, Object>>>path("data"), second.path("data"));
        assertEquals(numbered.<Object>path("meta"), second.path("meta"));
    }

    @Test
    void should_refuse_a_cursor_that_is_not_one_of_ours_naming_it() {
        String next = get(INVESTMENTS + "?sort=-amount&size=5").path("links.next");
        String cursor = next.replaceAll(".*cursor=([^&]*).*", "$1");
        List<String> bad = List.of("not-a-cursor", "AAAA", cursor.substring(0, cursor.length() - 3),
                // made for another sort, or with page, or with keys that do not fit (made by hand)
                cursor + "&sort=amount", cursor + "&page=2",
                new Keyset(2, "sort\u001f-amount\u001e", List.of("1; drop table pledge", "x")).encode()
                        + "&sort=-amount",
                new Keyset(2, "sort\u001f-amount\u001e", List.of("12.5")).encode() + "&sort=-amount",
                new Keyset(2, "", List.of("{1,2}", "2024", "x")).encode() + "&sort=-amount",
                Base64.getUrlEncoder().encodeToString(new byte[]{1, 0, 0, 0, 2}));
        for (String value : bad) {
            get(INVESTMENTS + "?size=5&cursor=" + value).then().statusCode(400)
                    .contentType(startsWith("application/problem+json"))
                    .body("errors.parameter", hasItem("cursor"));
        }
        // A hand-made cursor whose keys fit is only a place in the order: it is answered.
        get(INVESTMENTS + "?size=5&sort=-amount&cursor="
                + new Keyset(2, "sort\u001f-amount\u001e", List.of("100", "zzz")).encode()).then().statusCode(200);
    }

    @Test
    void should_offer_cursor_only_where_the_collection_reads_after_keys() {
        get("/api/v1/pledges?cursor=abc").then().statusCode(400).body("errors[0].parameter", equalTo("cursor"))
                .body("errors[0].message", containsString("is not a parameter of this endpoint"));
        get(INVESTMENTS + "?colour=red").then().statusCode(400)
                .body("errors[0].message", containsString("sort, page, cursor, size, format"));
    }
}
