package kr.civicdata.api.pledge;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

import kr.civicdata.api.catalog.BundledCsv;

import static io.restassured.RestAssured.given;
import static kr.civicdata.api.pledge.PledgeApi.DOCUMENT_ORDER;
import static kr.civicdata.api.pledge.PledgeApi.NATURAL;
import static kr.civicdata.api.pledge.PledgeApi.api;
import static kr.civicdata.api.pledge.PledgeApi.decimal;
import static kr.civicdata.api.pledge.PledgeApi.expectedOrder;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.oneOf;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class InvestmentResourceTest {

    private static final String INVESTMENTS = "/api/v1/investments";
    private static final List<String> PERIODS = List.of("2022-2023", "2024", "2025", "2026");

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static List<Map<String, Object>> all(String sort) {
        var request = api().queryParam("size", 1000);
        if (sort != null) {
            request.queryParam("sort", sort);
        }
        return request.when().get(INVESTMENTS).then().statusCode(200).extract().jsonPath().getList("data");
    }

    @Test
    void should_list_248_rows_by_pledge_in_natural_code_order_then_period() {
        List<Map<String, Object>> rows = all(null);
        assertEquals(248, rows.size());
        List<String> expected = DOCUMENT_ORDER.stream()
                .flatMap(code -> PERIODS.stream().map(period -> "gwangju-seo:" + code + ":" + period)).toList();
        assertEquals(expected, rows.stream().map(r -> (String) r.get("id")).toList());
        given().when().get(INVESTMENTS)
                .then().statusCode(200)
                .header("X-Total-Count", "248")
                .body("meta.total", equalTo(248))
                .body("data[0..4].id", contains("gwangju-seo:1-1:2022-2023", "gwangju-seo:1-1:2024",
                        "gwangju-seo:1-1:2025", "gwangju-seo:1-1:2026", "gwangju-seo:1-1-1:2022-2023"));
    }

    @Test
    void should_find_the_rows_of_the_pledges_whose_title_holds_a_substring_in_any_case() {
        Set<String> pledges = BundledCsv.rows("pledges.csv").stream()
                .filter(pledge -> pledge.get("title").toLowerCase(Locale.ROOT).contains("ai돌봄"))
                .map(pledge -> pledge.get("id")).collect(Collectors.toSet());
        List<String> expected = BundledCsv.rows("investments.csv").stream()
                .filter(row -> pledges.contains(row.get("pledge_id"))).map(row -> row.get("id")).sorted().toList();
        assertFalse(expected.isEmpty());
        List<String> ids = api().queryParam("q", "AI돌봄").queryParam("size", 1000).when().get(INVESTMENTS)
                .then().statusCode(200).extract().jsonPath().getList("data.id", String.class);
        assertEquals(expected, ids.stream().sorted().toList());
        api().queryParam("q", "돌봄").queryParam("area", 3).queryParam("fiscalYear", 2025).when().get(INVESTMENTS)
                .then().statusCode(200)
                .body("data.pledgeCode", contains("3-1", "3-3-1", "3-4-2"))
                .body("data.period", everyItem(equalTo("2025")));
        api().queryParam("q", "%").when().get(INVESTMENTS)
                .then().statusCode(200).body("meta.total", equalTo(0));
        api().queryParam("q", "").when().get(INVESTMENTS)
                .then().statusCode(400).body("errors.parameter", contains("q"));
    }

    @Test
    void should_send_every_period_of_3_3_4_with_its_pledge() {
        api().queryParam("pledge", "3-3-4").when().get(INVESTMENTS)
                .then().statusCode(200)
                .body("meta.total", equalTo(4))
                .body("data.id", contains("gwangju-seo:3-3-4:2022-2023", "gwangju-seo:3-3-4:2024",
                        "gwangju-seo:3-3-4:2025", "gwangju-seo:3-3-4:2026"))
                .body("data.pledgeId", everyItem(equalTo("gwangju-seo:3-3-4")))
                .body("data.pledgeCode", everyItem(equalTo("3-3-4")))
                .body("data.pledgeTitle", everyItem(equalTo("건강 약자를 위한‘병원동행’서비스 추진")))
                .body("data.governmentId", everyItem(equalTo("gwangju-seo")))
                .body("data.area", everyItem(equalTo(3)))
                .body("data.depth", everyItem(equalTo(2)))
                .body("data.period", contains(PERIODS.toArray()))
                .body("data.fromYear", contains(2022, 2024, 2025, 2026))
                .body("data.toYear", contains(2023, 2024, 2025, 2026))
                .body("data.amount", contains(new BigDecimal("19.2"), new BigDecimal("31.04"),
                        new BigDecimal("38.81"), 40))
                .body("data.unit", everyItem(equalTo("MILLION_KRW")))
                .body("data.unitLabel", everyItem(equalTo("백만원")))
                .body("data.amountKrw", contains(19200000, 31040000, 38810000, 40000000))
                .body("data.status", everyItem(equalTo("AMOUNT")))
                .body("data.statusLabel", everyItem(equalTo("금액")))
                .body("data.provenance.datasetId", everyItem(equalTo("gwangju-seo-pledge-plan")))
                .body("data.provenance.sourceSection", everyItem(equalTo("매니페스토(공약) > 공약투자계획 > 연차별 투자계획")));
    }

    @Test
    void should_keep_873_20_as_printed_in_the_json_text() {
        String body = given().queryParam("pledge", "gwangju-seo:3-3").queryParam("fiscalYear", 2022).when()
                .get(INVESTMENTS).then().statusCode(200).body("meta.total", equalTo(1)).extract().asString();
        assertTrue(body.contains("\"period\":\"2022-2023\",\"fromYear\":2022,\"toYear\":2023,\"amount\":873.20,"
                + "\"unit\":\"MILLION_KRW\",\"unitLabel\":\"백만원\",\"amountKrw\":873200000,"), body);
    }

    @Test
    void should_send_dashes_as_null_amounts_with_status_none() {
        given().queryParam("status", "NONE").when().get(INVESTMENTS)
                .then().statusCode(200)
                .body("data.id", contains("gwangju-seo:3-2-2:2026", "gwangju-seo:4-2:2026", "gwangju-seo:5-1-1:2026"))
                .body("data.amount", everyItem(nullValue()))
                .body("data.amountKrw", everyItem(nullValue()))
                .body("data.statusLabel", everyItem(equalTo("없음")));
    }

    @Test
    void should_send_non_budget_rows_with_null_amounts_never_zero() {
        given().queryParam("status", "NON_BUDGET").queryParam("size", 100).when().get(INVESTMENTS)
                .then().statusCode(200)
                .body("meta.total", equalTo(16))
                .body("data.pledgeCode", everyItem(oneOf("4-5-1", "4-5-2", "4-5-3", "5-3-1")))
                .body("data.amount", everyItem(nullValue()))
                .body("data.amountKrw", everyItem(nullValue()))
                .body("data.statusLabel", everyItem(equalTo("비예산")));
        given().queryParam("status", "AMOUNT").when().get(INVESTMENTS)
                .then().statusCode(200).body("meta.total", equalTo(229));
        given().queryParam("pledge", "4-5-1").when().get(INVESTMENTS)
                .then().statusCode(200).body("data.status", contains("NON_BUDGET", "NON_BUDGET", "NON_BUDGET",
                        "NON_BUDGET"));
    }

    @Test
    void should_match_a_fiscal_year_to_the_period_that_contains_it() {
        for (int year : List.of(2022, 2023)) {
            given().queryParam("fiscalYear", year).queryParam("size", 100).when().get(INVESTMENTS)
                    .then().statusCode(200)
                    .body("meta.total", equalTo(62))
                    .body("data.period", everyItem(equalTo("2022-2023")))
                    .body("data.fromYear", everyItem(equalTo(2022)))
                    .body("data.toYear", everyItem(equalTo(2023)));
        }
        for (int year : List.of(2024, 2025, 2026)) {
            given().queryParam("fiscalYear", year).queryParam("size", 100).when().get(INVESTMENTS)
                    .then().statusCode(200)
                    .body("meta.total", equalTo(62))
                    .body("data.period", everyItem(equalTo(Integer.toString(year))));
        }
        for (int year : List.of(2021, 2027)) {
            given().queryParam("fiscalYear", year).when().get(INVESTMENTS)
                    .then().statusCode(200).body("meta.total", equalTo(0)).body("data", empty());
        }
    }

    @Test
    void should_filter_by_pledge_code_or_id() {
        for (String pledge : List.of("3-3", "gwangju-seo:3-3")) {
            given().queryParam("pledge", pledge).when().get(INVESTMENTS)
                    .then().statusCode(200)
                    .body("data.id", contains("gwangju-seo:3-3:2022-2023", "gwangju-seo:3-3:2024",
                            "gwangju-seo:3-3:2025", "gwangju-seo:3-3:2026"));
        }
        for (String unknown : List.of("9-9", "gwangju-seo:9-9", "busan:3-3")) {
            given().queryParam("pledge", unknown).when().get(INVESTMENTS)
                    .then().statusCode(200).body("meta.total", equalTo(0));
        }
    }

    @Test
    void should_filter_by_government_area_and_depth() {
        given().queryParam("government", "gwangju-seo").when().get(INVESTMENTS)
                .then().statusCode(200).body("meta.total", equalTo(248));
        given().queryParam("government", "busan").when().get(INVESTMENTS)
                .then().statusCode(200).body("meta.total", equalTo(0)).body("data", empty());
        given().queryParam("area", 1).when().get(INVESTMENTS)
                .then().statusCode(200).body("meta.total", equalTo(24)).body("data.area", everyItem(equalTo(1)));
        given().queryParam("depth", 1).queryParam("size", 100).when().get(INVESTMENTS)
                .then().statusCode(200).body("meta.total", equalTo(84)).body("data.depth", everyItem(equalTo(1)));
        given().queryParam("area", 3).queryParam("depth", 2).queryParam("fiscalYear", 2026).queryParam("status",
                "NONE").when().get(INVESTMENTS)
                .then().statusCode(200).body("data.id", contains("gwangju-seo:3-2-2:2026"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"pledge", "-pledge", "period", "-period", "amount", "-amount"})
    void should_sort_by_each_field_in_both_directions_with_the_id_breaking_ties(String sort) {
        List<Map<String, Object>> rows = all(null);
        boolean descending = sort.startsWith("-");
        List<String> expected = switch (sort.replace("-", "")) {
            case "pledge" -> expectedOrder(rows, r -> (String) r.get("pledgeCode"), NATURAL, descending);
            case "period" -> expectedOrder(rows, r -> (Integer) r.get("fromYear"), descending);
            default -> expectedOrder(rows, r -> decimal(r.get("amount")), descending);
        };
        List<String> actual = all(sort).stream().map(r -> (String) r.get("id")).toList();
        assertEquals(expected, actual);
        assertFalse(expected.equals(all(descending ? sort.substring(1) : "-" + sort).stream()
                .map(r -> (String) r.get("id")).toList()), "both directions give the same order");
    }

    @Test
    void should_sort_by_amount_with_rows_without_amount_last() {
        api().queryParam("sort", "-amount").queryParam("size", 1000).when().get(INVESTMENTS)
                .then().statusCode(200)
                .body("data[0..1].id", contains("gwangju-seo:4-2:2022-2023", "gwangju-seo:3-1:2022-2023"))
                .body("data[0..1].amount", contains(16169, 12332))
                .body("data[229..247].amount", everyItem(nullValue()));
        given().queryParam("sort", "period,-amount").queryParam("size", 1).queryParam("page", 63).when()
                .get(INVESTMENTS)
                .then().statusCode(200).body("data[0].id", equalTo("gwangju-seo:3-1:2024"));
    }

    @Test
    void should_page_to_the_last_page() {
        given().queryParam("size", 100).queryParam("page", 3).when().get(INVESTMENTS)
                .then().statusCode(200)
                .body("data", hasSize(48))
                .body("data[47].id", equalTo("gwangju-seo:5-3-2:2026"))
                .body("links.next", nullValue())
                .body("links.prev", equalTo("/api/v1/investments?page=2&size=100"))
                .header("Link", startsWith("</api/v1/investments?page=3&size=100>; rel=\"self\""));
    }

    @Test
    void should_answer_400_for_a_page_past_the_end_and_an_oversized_page() {
        given().queryParam("size", 100).queryParam("page", 4).when().get(INVESTMENTS)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.parameter", hasItem("page"));
        given().queryParam("size", 1001).when().get(INVESTMENTS)
                .then().statusCode(400).body("errors.parameter", hasItem("size"));
    }

    @Test
    void should_answer_400_for_malformed_filters() {
        for (String area : List.of("x", "9")) {
            given().queryParam("area", area).when().get(INVESTMENTS)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors.parameter", contains("area"));
        }
        for (String year : List.of("x", "2023-2024", "-1", "10000")) {
            given().queryParam("fiscalYear", year).when().get(INVESTMENTS)
                    .then().statusCode(400).body("errors.parameter", contains("fiscalYear"));
        }
        given().queryParam("status", "ZERO").when().get(INVESTMENTS)
                .then().statusCode(400).body("errors.parameter", contains("status"));
        given().queryParam("pledge", "병원동행").when().get(INVESTMENTS)
                .then().statusCode(400).body("errors.parameter", contains("pledge"));
        given().queryParam("depth", 0).when().get(INVESTMENTS)
                .then().statusCode(400).body("errors.parameter", contains("depth"));
        given().queryParam("sort", "title").when().get(INVESTMENTS)
                .then().statusCode(400).body("errors.parameter", contains("sort"));
    }

    @Test
    void should_send_all_248_rows_as_csv() {
        String csv = given().header("Accept", "text/csv").when().get(INVESTMENTS)
                .then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", "attachment; filename=\"investments.csv\"")
                .header("X-Total-Count", "248")
                .extract().asString();
        assertEquals('\uFEFF', csv.charAt(0));
        List<String> lines = List.of(csv.substring(1).split("\r\n"));
        assertEquals(249, lines.size());
        assertEquals("id,pledgeId,pledgeCode,pledgeTitle,governmentId,area,depth,period,fromYear,toYear,amount,unit,"
                + "unitLabel,amountKrw,status,statusLabel,provenance.datasetId,provenance.sourceDocument,"
                + "provenance.sourceSection,provenance.asOf", lines.get(0));
        String provenance = ",gwangju-seo-pledge-plan,001_7fc74de1de420957.txt,매니페스토(공약) > 공약투자계획 > 연차별 투자계획,";
        assertEquals("gwangju-seo:3-3:2022-2023,gwangju-seo:3-3,3-3,어르신 맞춤형 특화서비스 제공,gwangju-seo,3,1,2022-2023,"
                + "2022,2023,873.20,MILLION_KRW,백만원,873200000,AMOUNT,금액" + provenance, lines.get(1 + 24 * 4));
        assertTrue(lines.contains("gwangju-seo:3-2-2:2026,gwangju-seo:3-2-2,3-2-2,모두가 안전하고 편리한 무장애 도시 조성 추진,"
                + "gwangju-seo,3,2,2026,2026,2026,,MILLION_KRW,백만원,,NONE,없음" + provenance));
        assertTrue(lines.contains("gwangju-seo:4-5-1:2024,gwangju-seo:4-5-1,4-5-1,주민 실생활 밀접시설 ‘서구안전대진단’실시,"
                + "gwangju-seo,4,2,2024,2024,2024,,MILLION_KRW,백만원,,NON_BUDGET,비예산" + provenance));
        String filtered = given().queryParam("format", "csv").queryParam("fiscalYear", 2023).when().get(INVESTMENTS)
                .then().statusCode(200)
                .header("Content-Disposition", "attachment; filename=\"investments_2023.csv\"")
                .extract().asString();
        assertEquals(63, filtered.split("\r\n").length);
    }
}
