package kr.civicdata.api.pledge;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

import static io.restassured.RestAssured.given;
import static kr.civicdata.api.pledge.PledgeApi.DOCUMENT_ORDER;
import static kr.civicdata.api.pledge.PledgeApi.NATURAL;
import static kr.civicdata.api.pledge.PledgeApi.api;
import static kr.civicdata.api.pledge.PledgeApi.decimal;
import static kr.civicdata.api.pledge.PledgeApi.expectedOrder;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

@QuarkusTest
class PledgeResourceTest {

    private static final String PLEDGES = "/api/v1/pledges";

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static List<Map<String, Object>> all(String sort) {
        var request = api().queryParam("size", 1000);
        if (sort != null) {
            request.queryParam("sort", sort);
        }
        return request.when().get(PLEDGES).then().statusCode(200).extract().jsonPath().getList("data");
    }

    @Test
    void should_list_the_62_pledges_in_natural_code_order() {
        given().queryParam("size", 1000).when().get(PLEDGES)
                .then().statusCode(200)
                .header("X-Total-Count", "62")
                .body("meta.total", equalTo(62))
                .body("data.code", contains(DOCUMENT_ORDER.toArray()));
        assertEquals(DOCUMENT_ORDER, DOCUMENT_ORDER.stream().sorted(NATURAL).toList());
    }

    @Test
    void should_send_a_first_page_of_50_beginning_with_1_1_and_its_sub_pledges() {
        given().when().get(PLEDGES)
                .then().statusCode(200)
                .body("meta.page", equalTo(1)).body("meta.size", equalTo(50)).body("data", hasSize(50))
                .body("data[0..4].code", contains("1-1", "1-1-1", "1-1-2", "1-2", "1-3"))
                .body("links.next", equalTo("/api/v1/pledges?page=2&size=50"));
    }

    @Test
    void should_send_pledge_3_3_4_with_its_printed_total_and_every_period() {
        api().queryParam("q", "병원동행").when().get(PLEDGES)
                .then().statusCode(200)
                .body("meta.total", equalTo(1))
                .body("data[0].id", equalTo("gwangju-seo:3-3-4"))
                .body("data[0].governmentId", equalTo("gwangju-seo"))
                .body("data[0].code", equalTo("3-3-4"))
                .body("data[0].area", equalTo(3))
                .body("data[0].depth", equalTo(2))
                .body("data[0].parentId", equalTo("gwangju-seo:3-3"))
                .body("data[0].title", equalTo("건강 약자를 위한‘병원동행’서비스 추진"))
                .body("data[0].total", equalTo(new BigDecimal("129.05")))
                .body("data[0].unit", equalTo("MILLION_KRW"))
                .body("data[0].unitLabel", equalTo("백만원"))
                .body("data[0].totalKrw", equalTo(129050000))
                .body("data[0].totalStatus", equalTo("AMOUNT"))
                .body("data[0].totalStatusLabel", equalTo("금액"))
                .body("data[0].budgetType", equalTo("BUDGET"))
                .body("data[0].budgetTypeLabel", equalTo("예산"))
                .body("data[0].investments.period", contains("2022-2023", "2024", "2025", "2026"))
                .body("data[0].investments.fromYear", contains(2022, 2024, 2025, 2026))
                .body("data[0].investments.toYear", contains(2023, 2024, 2025, 2026))
                .body("data[0].investments.amount", contains(new BigDecimal("19.2"), new BigDecimal("31.04"),
                        new BigDecimal("38.81"), 40))
                .body("data[0].investments.amountKrw", contains(19200000, 31040000, 38810000, 40000000))
                .body("data[0].investments.status", everyItem(equalTo("AMOUNT")))
                .body("data[0].provenance.datasetId", equalTo("gwangju-seo-pledge-plan"))
                .body("data[0].provenance.sourceDocument", equalTo("001_7fc74de1de420957.txt"))
                .body("data[0].provenance.sourceSection", equalTo("매니페스토(공약) > 공약투자계획 > 연차별 투자계획"))
                .body("data[0].provenance.asOf", nullValue());
    }

    @Test
    void should_keep_the_printed_decimals_of_3_3_in_the_json_text() {
        String body = given().queryParam("q", "어르신 맞춤형").when().get(PLEDGES)
                .then().statusCode(200).body("data.code", contains("3-3")).extract().asString();
        assertContains(body, "\"total\":2415.05,");
        assertContains(body, "\"totalKrw\":2415050000,");
        assertContains(body, "\"period\":\"2022-2023\",\"fromYear\":2022,\"toYear\":2023,\"amount\":873.20,"
                + "\"amountKrw\":873200000,\"status\":\"AMOUNT\"");
        assertContains(body, "\"amount\":711.04,");
        assertContains(body, "\"amount\":417.81,");
        assertContains(body, "\"amount\":413,");
    }

    private static void assertContains(String body, String expected) {
        if (!body.contains(expected)) {
            throw new AssertionError("expected the response text to contain " + expected + "\nbut it was " + body);
        }
    }

    @Test
    void should_send_a_dash_as_a_null_amount_with_status_none() {
        api().queryParam("parent", "3-2").when().get(PLEDGES)
                .then().statusCode(200)
                .body("data.code", contains("3-2-1", "3-2-2"))
                .body("data[1].total", equalTo(583))
                .body("data[1].investments.amount", contains(352, 137, 94, null))
                .body("data[1].investments.amountKrw", contains(352000000, 137000000, 94000000, null))
                .body("data[1].investments.status", contains("AMOUNT", "AMOUNT", "AMOUNT", "NONE"))
                .body("data[1].investments[3].statusLabel", equalTo("없음"));
    }

    @Test
    void should_send_a_non_budget_pledge_with_null_amounts_never_zero() {
        given().when().get(PLEDGES + "/gwangju-seo:4-5-1")
                .then().statusCode(200)
                .body("title", equalTo("주민 실생활 밀접시설 ‘서구안전대진단’실시"))
                .body("total", nullValue())
                .body("totalKrw", nullValue())
                .body("totalStatus", equalTo("NON_BUDGET"))
                .body("totalStatusLabel", equalTo("비예산"))
                .body("budgetType", equalTo("NON_BUDGET"))
                .body("budgetTypeLabel", equalTo("비예산"))
                .body("investments", hasSize(4))
                .body("investments.amount", everyItem(nullValue()))
                .body("investments.amountKrw", everyItem(nullValue()))
                .body("investments.status", everyItem(equalTo("NON_BUDGET")))
                .body("investments.statusLabel", everyItem(equalTo("비예산")));
    }

    @Test
    void should_filter_by_government() {
        given().queryParam("government", "gwangju-seo").when().get(PLEDGES)
                .then().statusCode(200).body("meta.total", equalTo(62));
        given().queryParam("government", "incheon-seo").when().get(PLEDGES)
                .then().statusCode(200).body("meta.total", equalTo(0));
    }

    @Test
    void should_give_an_empty_page_for_an_unknown_government() {
        given().queryParam("government", "busan").when().get(PLEDGES)
                .then().statusCode(200)
                .header("X-Total-Count", "0")
                .body("meta.total", equalTo(0)).body("data", empty())
                .body("links.next", nullValue());
    }

    @Test
    void should_filter_by_area() {
        given().queryParam("area", 1).when().get(PLEDGES)
                .then().statusCode(200).body("data.code", contains("1-1", "1-1-1", "1-1-2", "1-2", "1-3", "1-4"));
        given().queryParam("area", 3).when().get(PLEDGES)
                .then().statusCode(200).body("meta.total", equalTo(16)).body("data.area", everyItem(equalTo(3)));
    }

    @Test
    void should_filter_by_parent_code_or_id() {
        for (String parent : List.of("3-3", "gwangju-seo:3-3")) {
            given().queryParam("parent", parent).when().get(PLEDGES)
                    .then().statusCode(200)
                    .body("data.code", contains("3-3-1", "3-3-2", "3-3-3", "3-3-4"))
                    .body("data.parentId", everyItem(equalTo("gwangju-seo:3-3")));
        }
        given().queryParam("parent", "3-3-4").when().get(PLEDGES)
                .then().statusCode(200).body("meta.total", equalTo(0));
        given().queryParam("parent", "9-9").when().get(PLEDGES)
                .then().statusCode(200).body("meta.total", equalTo(0));
        given().queryParam("parent", "busan:3-3").when().get(PLEDGES)
                .then().statusCode(200).body("meta.total", equalTo(0));
    }

    @Test
    void should_filter_by_depth() {
        given().queryParam("depth", 1).when().get(PLEDGES)
                .then().statusCode(200).body("meta.total", equalTo(21))
                .body("data.depth", everyItem(equalTo(1))).body("data.parentId", everyItem(nullValue()));
        given().queryParam("depth", 2).when().get(PLEDGES)
                .then().statusCode(200).body("meta.total", equalTo(41)).body("data.depth", everyItem(equalTo(2)));
        given().queryParam("area", 4).queryParam("depth", 1).when().get(PLEDGES)
                .then().statusCode(200).body("data.code", contains("4-1", "4-2", "4-3", "4-4", "4-5"));
    }

    @Test
    void should_filter_by_budget_type() {
        given().queryParam("budgetType", "NON_BUDGET").when().get(PLEDGES)
                .then().statusCode(200).body("data.code", contains("4-5-1", "4-5-2", "4-5-3", "5-3-1"));
        given().queryParam("budgetType", "BUDGET").when().get(PLEDGES)
                .then().statusCode(200).body("meta.total", equalTo(58))
                .body("data.totalStatus", everyItem(equalTo("AMOUNT")));
    }

    @Test
    void should_search_titles_case_insensitively() {
        given().queryParam("q", "zone").when().get(PLEDGES)
                .then().statusCode(200).body("data.code", contains("5-3-2"))
                .body("data[0].title", equalTo("청년들의 다양한 교류와 소통 공간‘무한도ZONE’조성"));
        given().queryParam("q", "ai돌봄").when().get(PLEDGES)
                .then().statusCode(200).body("data.code", contains("3-3-1"));
        given().queryParam("q", "소상공인").when().get(PLEDGES)
                .then().statusCode(200)
                .body("data.code", contains("2-1", "2-2", "2-2-1", "2-2-2", "2-3", "2-3-1", "2-3-2", "2-3-4"));
        given().queryParam("q", "100%").when().get(PLEDGES)
                .then().statusCode(200).body("meta.total", equalTo(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"code", "-code", "title", "-title", "total", "-total", "area", "-area", "depth", "-depth"})
    void should_sort_by_each_field_in_both_directions_with_the_id_breaking_ties(String sort) {
        List<Map<String, Object>> rows = all(null);
        boolean descending = sort.startsWith("-");
        List<String> expected = switch (sort.replace("-", "")) {
            case "code" -> expectedOrder(rows, r -> (String) r.get("code"), NATURAL, descending);
            case "title" -> expectedOrder(rows, r -> (String) r.get("title"), descending);
            case "total" -> expectedOrder(rows, r -> decimal(r.get("total")), descending);
            case "area" -> expectedOrder(rows, r -> (Integer) r.get("area"), descending);
            default -> expectedOrder(rows, r -> (Integer) r.get("depth"), descending);
        };
        List<String> actual = all(sort).stream().map(r -> (String) r.get("id")).toList();
        assertEquals(expected, actual);
        assertFalse(expected.equals(all(descending ? sort.substring(1) : "-" + sort).stream()
                .map(r -> (String) r.get("id")).toList()), "both directions give the same order");
    }

    @Test
    void should_sort_by_total_descending_with_the_non_budget_pledges_last() {
        api().queryParam("sort", "-total").queryParam("size", 1000).when().get(PLEDGES)
                .then().statusCode(200)
                .body("data[0..2].code", contains("3-1", "4-2", "5-1"))
                .body("data[0..2].total", contains(36958, 20580, 13885))
                .body("data[58..61].code", contains("4-5-1", "4-5-2", "4-5-3", "5-3-1"));
        api().queryParam("sort", "total").queryParam("size", 1000).when().get(PLEDGES)
                .then().statusCode(200)
                .body("data[0..1].code", contains("1-4", "2-3-1"))
                .body("data[58..61].code", contains("4-5-1", "4-5-2", "4-5-3", "5-3-1"));
    }

    @Test
    void should_sort_by_several_fields() {
        given().queryParam("sort", "-area,depth,-total").queryParam("size", 5).when().get(PLEDGES)
                .then().statusCode(200).body("data.code", contains("5-1", "5-2", "5-3", "5-1-2", "5-1-1"));
    }

    @Test
    void should_page_to_the_last_page() {
        given().queryParam("page", 2).when().get(PLEDGES)
                .then().statusCode(200)
                .body("data", hasSize(12))
                .body("data[0].code", equalTo("4-5-1"))
                .body("data[11].code", equalTo("5-3-2"))
                .body("links.prev", equalTo("/api/v1/pledges?page=1&size=50"))
                .body("links.next", nullValue())
                .body("links.last", equalTo("/api/v1/pledges?page=2&size=50"))
                .header("Link", startsWith("</api/v1/pledges?page=2&size=50>; rel=\"self\""));
        given().queryParam("size", 1).queryParam("page", 62).queryParam("depth", 2).when().get(PLEDGES)
                .then().statusCode(400);
        given().queryParam("size", 1).queryParam("page", 41).queryParam("depth", 2).when().get(PLEDGES)
                .then().statusCode(200).body("data.code", contains("5-3-2"))
                .body("links.next", nullValue())
                .body("links.last", equalTo("/api/v1/pledges?depth=2&page=41&size=1"));
    }

    @Test
    void should_answer_400_for_a_page_past_the_end_and_an_oversized_page() {
        given().queryParam("page", 3).when().get(PLEDGES)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.parameter", hasItem("page"));
        given().queryParam("size", 1001).when().get(PLEDGES)
                .then().statusCode(400).body("errors.parameter", hasItem("size"));
        given().queryParam("size", 1000).when().get(PLEDGES)
                .then().statusCode(200).body("data", hasSize(62));
    }

    @Test
    void should_answer_400_for_malformed_filters() {
        for (String area : List.of("x", "9", "0", "1.5")) {
            given().queryParam("area", area).when().get(PLEDGES)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors.parameter", contains("area"));
        }
        given().queryParam("depth", 3).when().get(PLEDGES)
                .then().statusCode(400).body("errors.parameter", contains("depth"));
        given().queryParam("budgetType", "SOME").when().get(PLEDGES)
                .then().statusCode(400).body("errors.parameter", contains("budgetType"));
        given().queryParam("parent", "3").when().get(PLEDGES)
                .then().statusCode(400).body("errors.parameter", contains("parent"));
        given().queryParam("parent", "gwangju seo").when().get(PLEDGES)
                .then().statusCode(400).body("errors.parameter", contains("parent"));
        given().queryParam("sort", "amount").when().get(PLEDGES)
                .then().statusCode(400).body("errors.parameter", contains("sort"));
        given().queryParam("fiscalYear", 2023).when().get(PLEDGES)
                .then().statusCode(400).body("errors.parameter", contains("fiscalYear"));
    }

    @Test
    void should_return_a_pledge_with_its_children() {
        api().when().get(PLEDGES + "/gwangju-seo:3-3")
                .then().statusCode(200)
                .body("id", equalTo("gwangju-seo:3-3"))
                .body("code", equalTo("3-3"))
                .body("depth", equalTo(1))
                .body("title", equalTo("어르신 맞춤형 특화서비스 제공"))
                .body("total", equalTo(new BigDecimal("2415.05")))
                .body("totalKrw", equalTo(2415050000L))
                .body("investments.period", contains("2022-2023", "2024", "2025", "2026"))
                .body("investments.amount", contains(new BigDecimal("873.20"), new BigDecimal("711.04"),
                        new BigDecimal("417.81"), 413))
                .body("parent", nullValue())
                .body("children.id", contains("gwangju-seo:3-3-1", "gwangju-seo:3-3-2", "gwangju-seo:3-3-3",
                        "gwangju-seo:3-3-4"))
                .body("children.code", contains("3-3-1", "3-3-2", "3-3-3", "3-3-4"))
                .body("children[1].title", equalTo("치매감별검사비 지원을 통한 치매조기발견 및 관리 강화"))
                .body("children.total", contains(1970, 38, 278, new BigDecimal("129.05")))
                .body("children[3].totalKrw", equalTo(129050000))
                .body("provenance.datasetId", equalTo("gwangju-seo-pledge-plan"));
    }

    @Test
    void should_return_a_sub_pledge_with_its_parent() {
        given().when().get(PLEDGES + "/gwangju-seo:3-3-4")
                .then().statusCode(200)
                .body("depth", equalTo(2))
                .body("parent.id", equalTo("gwangju-seo:3-3"))
                .body("parent.code", equalTo("3-3"))
                .body("parent.title", equalTo("어르신 맞춤형 특화서비스 제공"))
                .body("children", empty())
                .body("investments.amountKrw", contains(19200000, 31040000, 38810000, 40000000));
    }

    @Test
    void should_answer_404_problem_for_an_unknown_id() {
        given().when().get(PLEDGES + "/gwangju-seo:9-9")
                .then().statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404)).body("instance", equalTo("/api/v1/pledges/gwangju-seo:9-9"));
        given().when().get(PLEDGES + "/3-3").then().statusCode(404);
    }

    @Test
    void should_send_csv_without_the_nested_investments() {
        String csv = given().queryParam("format", "csv").when().get(PLEDGES)
                .then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", "attachment; filename=\"pledges.csv\"")
                .extract().asString();
        assertEquals('\uFEFF', csv.charAt(0));
        String[] lines = csv.substring(1).split("\r\n");
        assertEquals(63, lines.length);
        assertEquals("id,governmentId,code,area,depth,parentId,title,total,unit,unitLabel,totalKrw,totalStatus,"
                + "totalStatusLabel,budgetType,budgetTypeLabel,provenance.datasetId,provenance.sourceDocument,"
                + "provenance.sourceSection,provenance.asOf", lines[0]);
        assertEquals("gwangju-seo:3-3,gwangju-seo,3-3,3,1,,어르신 맞춤형 특화서비스 제공,2415.05,MILLION_KRW,백만원,"
                + "2415050000,AMOUNT,금액,BUDGET,예산,gwangju-seo-pledge-plan,001_7fc74de1de420957.txt,"
                + "매니페스토(공약) > 공약투자계획 > 연차별 투자계획,", lines[25]);
        assertEquals("gwangju-seo:4-5-1,gwangju-seo,4-5-1,4,2,gwangju-seo:4-5,주민 실생활 밀접시설 ‘서구안전대진단’실시,,"
                + "MILLION_KRW,백만원,,NON_BUDGET,비예산,NON_BUDGET,비예산,gwangju-seo-pledge-plan,"
                + "001_7fc74de1de420957.txt,매니페스토(공약) > 공약투자계획 > 연차별 투자계획,", lines[51]);
    }

    @Test
    void should_return_304_when_etag_matches() {
        String etag = given().queryParam("area", 2).when().get(PLEDGES)
                .then().statusCode(200).header("ETag", not(nullValue())).extract().header("ETag");
        given().queryParam("area", 2).header("If-None-Match", etag).when().get(PLEDGES)
                .then().statusCode(304).body(equalTo(""));
        String itemEtag = given().when().get(PLEDGES + "/gwangju-seo:1-1").then().statusCode(200)
                .extract().header("ETag");
        given().header("If-None-Match", itemEtag).when().get(PLEDGES + "/gwangju-seo:1-1")
                .then().statusCode(304);
    }

    @Test
    void should_link_each_row_to_its_provenance() {
        given().queryParam("size", 1000).when().get(PLEDGES)
                .then().statusCode(200)
                .body("data.provenance.datasetId", everyItem(equalTo("gwangju-seo-pledge-plan")))
                .body("data.provenance.sourceDocument", everyItem(equalTo("001_7fc74de1de420957.txt")))
                .body("data.investments.flatten()", hasSize(248))
                .body("data.title", not(hasItem(containsString("  "))));
    }
}
