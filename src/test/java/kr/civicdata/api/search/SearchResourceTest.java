package kr.civicdata.api.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

import kr.civicdata.api.db.StatementCount;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * /api/v1/search, checked against the collections it searches: what their own filters find, and the text of the
 * resources each hit links to.
 */
@QuarkusTest
class SearchResourceTest {

    private static final String SEARCH = "/api/v1/search";

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static List<Map<String, Object>> hits(String q, Object... more) {
        var request = given().queryParam("q", q).queryParam("size", 1000);
        for (int i = 0; i < more.length; i += 2) {
            request.queryParam(more[i].toString(), more[i + 1]);
        }
        return request.when().get(SEARCH).then().statusCode(200).extract().jsonPath().getList("data");
    }

    private static List<Object> ids(List<Map<String, Object>> rows) {
        return rows.stream().map(row -> row.get("id")).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"돌봄", "서구", "AI", "센터", "지원"})
    void should_find_in_pledges_and_governments_what_their_own_substring_filters_find(String q) {
        for (String collection : List.of("pledges", "governments")) {
            List<Object> expected = ids(given().queryParam("q", q).queryParam("size", 1000)
                    .when().get("/api/v1/" + collection).then().statusCode(200).extract().jsonPath().getList("data"));
            String type = collection.equals("pledges") ? "PLEDGE" : "GOVERNMENT";
            List<Object> found = ids(hits(q, "type", type));
            assertEquals(expected.stream().sorted().toList(), found.stream().sorted().toList(),
                    q + " in " + collection);
        }
    }

    @Test
    void should_find_a_substring_inside_words_in_every_kind_of_text_with_a_snippet_that_holds_it() {
        List<Map<String, Object>> found = hits("침수");
        assertTrue(found.size() >= 2, "침수: " + found);
        // 도로침수심 and 침수방지 hold the term inside a word: not a whole-token match.
        assertTrue(found.stream().anyMatch(hit -> hit.get("snippet").toString().contains("도로침수")), found.toString());
        for (Map<String, Object> hit : found) {
            assertTrue(hit.get("snippet").toString().contains("침수"), hit.toString());
            // The link is the resource itself, and the term is in what it serves.
            String body = given().when().get(hit.get("link").toString()).then().statusCode(200)
                    .body("id", equalTo(hit.get("id"))).extract().asString();
            assertTrue(body.contains("침수"), hit.get("link") + " does not hold the term");
        }
    }

    @Test
    void should_search_the_nested_texts_of_plans_stages_and_achievements() {
        // A stage's trigger, a plan's measures, an achievement's sections: taken from what the API serves.
        String trigger = given().when().get("/api/v1/disaster-response-stages?alertLevel=CAUTION").then()
                .statusCode(200).extract().jsonPath().getString("data[0].trigger");
        assertTrue(hits(trigger, "type", "DISASTER_RESPONSE_STAGE").stream()
                .anyMatch(hit -> hit.get("id").equals("seoul:flood-2023:stage-1")), trigger);
        List<Map<String, Object>> plans = given().when().get("/api/v1/disaster-response-plans").then()
                .statusCode(200).extract().jsonPath().getList("data");
        Map<String, Object> plan = plans.get(0);
        String planId = plan.get("id").toString();
        String measure = given().when().get("/api/v1/disaster-response-plans/" + planId).then().statusCode(200)
                .extract().jsonPath().getString("measures[-1].text");
        String part = measure.substring(0, Math.min(12, measure.length()));
        assertTrue(hits(part, "type", "DISASTER_RESPONSE_PLAN").stream().anyMatch(hit -> hit.get("id").equals(
                planId)), part);
    }

    @Test
    void should_rank_a_title_equal_to_the_term_first_then_titles_that_begin_with_it() {
        String title = given().queryParam("sort", "-total").when().get("/api/v1/pledges").then().statusCode(200)
                .extract().jsonPath().getString("data[0].title");
        List<Map<String, Object>> found = hits(title);
        assertEquals(title, found.get(0).get("title"));
        List<Map<String, Object>> short2 = hits("계");
        assertTrue(short2.size() >= 3, "a one-character term, which has no bigram, is searched too");
        assertEquals("계", short2.get(0).get("title"));
        int lastTitleMatch = -1;
        for (int i = 0; i < short2.size(); i++) {
            if (short2.get(i).get("title").toString().contains("계")) {
                assertEquals(lastTitleMatch + 1, i, "a hit in the title after a hit elsewhere: " + short2);
                lastTitleMatch = i;
            }
        }
    }

    @Test
    void should_match_latin_letters_in_any_case() {
        assertEquals(ids(hits("ai")), ids(hits("AI")));
        assertTrue(!hits("ai").isEmpty());
    }

    @Test
    void should_narrow_by_type_and_sort_by_declared_fields() {
        given().queryParam("q", "계").queryParam("type", "FIGURE").when().get(SEARCH).then().statusCode(200)
                .body("data.type", everyItem(equalTo("FIGURE")))
                .body("data.link", everyItem(startsWith("/api/v1/figures/")));
        List<Map<String, Object>> byTitle = hits("계", "sort", "title");
        List<String> titles = byTitle.stream().map(hit -> hit.get("title").toString()).toList();
        assertEquals(titles.stream().sorted().toList(), titles);
        given().queryParam("q", "계").queryParam("type", "PLANET").when().get(SEARCH).then().statusCode(400)
                .body("errors.parameter", contains("type"));
    }

    @Test
    void should_page_like_any_collection_with_etag_and_csv() {
        List<Map<String, Object>> all = hits("지원");
        assertTrue(all.size() > 3);
        List<Object> paged = new ArrayList<>();
        for (int page = 1; page <= all.size(); page++) {
            paged.addAll(given().queryParam("q", "지원").queryParam("size", 1).queryParam("page", page)
                    .when().get(SEARCH).then().statusCode(200)
                    .header("X-Total-Count", String.valueOf(all.size()))
                    .extract().jsonPath().getList("data.id"));
        }
        assertEquals(ids(all), paged);
        given().queryParam("q", "지원").queryParam("page", all.size() + 1).queryParam("size", 1).when().get(SEARCH)
                .then().statusCode(400).body("errors.parameter", contains("page"));
        String etag = given().queryParam("q", "지원").when().get(SEARCH).then().statusCode(200).extract()
                .header("ETag");
        given().queryParam("q", "지원").header("If-None-Match", etag).when().get(SEARCH).then().statusCode(304);
        String csv = given().queryParam("q", "지원").queryParam("format", "csv").when().get(SEARCH).then()
                .statusCode(200).contentType("text/csv; charset=utf-8").extract().asString();
        String[] lines = csv.split("\r\n");
        assertEquals("\uFEFFtype,id,title,snippet,link", lines[0]);
        assertEquals(all.size() + 1, lines.length);
    }

    /**
     * Of two texts of one resource that hold the term as early, the hit shows the one printed first: in Seoul's flood
     * plan, 수 is the 13th character of two measures, "(침수예보) ..." printed before "(침수경보) ...", which main's sort
     * could show instead.
     */
    @Test
    void should_show_the_text_printed_first_of_two_that_match_as_early() {
        List<Object> measures = given().when().get("/api/v1/disaster-response-plans/seoul:flood-2023").then()
                .statusCode(200).extract().jsonPath().getList("measures.text");
        int forecast = measures.indexOf("‣ (침수예보) 1시간 강우량 55mm, 15분 강우량 20mm, 도로침수심 15cm 중 1개 이상 해당시");
        int warning = measures.indexOf("‣ (침수경보) CCTV, 현장확인 등 통해 위험정도 판단하여 재난문자로 발령(자치구 → 시민)");
        assertTrue(forecast >= 0 && forecast < warning, "the two measures, in this order");
        Map<String, Object> hit = hits("수", "type", "DISASTER_RESPONSE_PLAN").stream()
                .filter(row -> row.get("id").equals("seoul:flood-2023")).findFirst().orElseThrow();
        assertTrue(hit.get("snippet").toString().startsWith("(침수예보) 1시간 강우량"), hit.toString());
    }

    /**
     * A full page needs the total of every hit: read in the page's statement, from the hits it ranked, not by a count
     * that finds them all again. Sorted by title, which no other test asks, so that the cache does not answer.
     */
    @Test
    void should_read_a_full_page_and_its_total_in_one_statement() {
        int all = hits("지원").size();
        assertTrue(all > 2);
        long statements = StatementCount.during(() -> given().queryParam("q", "지원").queryParam("size", 2)
                .queryParam("page", 2).queryParam("sort", "-title").when().get(SEARCH).then().statusCode(200)
                .header("X-Total-Count", String.valueOf(all)).body("data.size()", equalTo(2)));
        assertEquals(1, statements);
        // Past the last page: the one row of the empty page still tells the total, which the 400 names.
        statements = StatementCount.during(() -> given().queryParam("q", "지원").queryParam("size", 2)
                .queryParam("page", all).queryParam("sort", "-title").when().get(SEARCH).then().statusCode(400)
                .body("errors.parameter", contains("page")));
        assertEquals(1, statements);
    }

    @Test
    void should_answer_400_naming_q_when_it_is_missing_empty_blank_or_too_long() {
        given().when().get(SEARCH).then().statusCode(400).contentType("application/problem+json")
                .body("errors.parameter", contains("q")).body("errors[0].message", equalTo("is required"));
        for (String q : List.of("", "   ", "가".repeat(SearchRepository.MAX_TERM + 1))) {
            given().queryParam("q", q).when().get(SEARCH).then().statusCode(400)
                    .contentType("application/problem+json").body("errors.parameter", contains("q"));
        }
        given().queryParam("q", "가".repeat(SearchRepository.MAX_TERM)).when().get(SEARCH).then().statusCode(200)
                .body("meta.total", equalTo(0));
        // LIKE wildcards and SQL are text like any other.
        for (String q : List.of("%", "_", "' or '1'='1", "\\")) {
            given().queryParam("q", q).when().get(SEARCH).then().statusCode(200)
                    .body("data.snippet", everyItem(org.hamcrest.Matchers.containsString(q)));
        }
        given().queryParam("q", "a").queryParam("unknown", 1).when().get(SEARCH).then().statusCode(400)
                .body("errors[0].message", org.hamcrest.Matchers.containsString("accepted: q, type, sort, page"));
    }

    @Test
    void should_cut_a_snippet_to_the_line_of_the_match_with_marks_where_it_is_cut() {
        String text = "제목\n" + "가".repeat(50) + "침수" + "나".repeat(50) + "\n끝";
        String snippet = SearchRepository.snippet(text, 3 + 50 + 1, 2);
        assertEquals("…" + "가".repeat(40) + "침수" + "나".repeat(40) + "…", snippet);
        assertEquals("제목", SearchRepository.snippet(text, 1, 2));
        assertEquals("a😀b", SearchRepository.snippet("a😀b", 2, 1));
        assertTrue(hits("침수").stream().map(hit -> hit.get("snippet").toString().toLowerCase(Locale.ROOT))
                .allMatch(snippet2 -> snippet2.length() <= 2 + 2 * 40 + 2));
    }

    @Test
    void should_list_every_kind_it_finds_in_the_contract() {
        given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .body("components.schemas.SearchType.enum", hasItem("DISASTER_RESPONSE_STAGE"));
    }
}
