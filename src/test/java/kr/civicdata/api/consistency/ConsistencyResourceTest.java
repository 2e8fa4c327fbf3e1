package kr.civicdata.api.consistency;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class ConsistencyResourceTest {

    private static final String PATH = "/api/v1/consistency";

    /** Decimals are read as BigDecimal, so that a test compares them exactly, scale included (873.20 ≠ 873.2). */
    static final RestAssuredConfig EXACT_DECIMALS = RestAssuredConfig.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    static RequestSpecification given() {
        return RestAssured.given().config(EXACT_DECIMALS);
    }

    private static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    /** The one check with this id, read from the list filtered to its dataset. */
    private static ValidatableResponse check(String dataset, String id) {
        return given().queryParam("dataset", dataset).queryParam("size", 1000).when().get(PATH)
                .then().statusCode(200)
                .rootPath("data.find { it.id == '" + id + "' }");
    }

    @Test
    void should_list_exactly_the_four_real_mismatches() {
        given().queryParam("status", "MISMATCH").when().get(PATH)
                .then().statusCode(200)
                .header("X-Total-Count", "4")
                .body("data.id", contains(
                        "gwangju-seo:total:2022-2023:sum-of-pledges",
                        "gwangju-seo:total:2025:sum-of-pledges",
                        "gwangju-seo:total:sum-of-periods",
                        "seoul-seodaemun:budget:increase-rate:growth-rate"))
                .body("data.status", everyItem(equalTo("MISMATCH")))
                .body("data.statusLabel", everyItem(equalTo("불일치")));
    }

    @Test
    void should_put_mismatches_first_by_default() {
        given().queryParam("size", 5).when().get(PATH)
                .then().statusCode(200)
                .body("data.status", contains("MISMATCH", "MISMATCH", "MISMATCH", "MISMATCH", "MATCH"))
                .body("data[4].id", equalTo("gwangju-seo:1-1-1:sum-of-periods"));
    }

    @Test
    void should_pin_the_grand_total_of_2022_2023_printed_57421_4_against_57421_35() {
        check("gwangju-seo-pledge-plan", "gwangju-seo:total:2022-2023:sum-of-pledges")
                .body("status", equalTo("MISMATCH"))
                .body("kind", equalTo("GRAND_TOTAL"))
                .body("kindLabel", equalTo("총계 = 공약 합계"))
                .body("governmentId", equalTo("gwangju-seo"))
                .body("where.table", equalTo("published_total"))
                .body("where.rowId", equalTo("gwangju-seo:total:2022-2023"))
                .body("where.rowLabel", equalTo("총 계"))
                .body("where.column", equalTo("amount"))
                .body("where.columnLabel", equalTo("2022~2023"))
                .body("publishedValue", equalTo(dec("57421.4")))
                .body("computedValue", equalTo(dec("57421.35")))
                .body("difference", equalTo(dec("0.05")))
                .body("unit", equalTo("MILLION_KRW"))
                .body("unitLabel", equalTo("백만원"))
                .body("publishedValueKrw", equalTo(57421400000L))
                .body("computedValueKrw", equalTo(57421350000L))
                .body("differenceKrw", equalTo(50000))
                .body("precision", nullValue())
                .body("parts", hasSize(21))
                .body("parts[0].rowId", equalTo("gwangju-seo:1-1:2022-2023"))
                .body("parts[0].label", equalTo("1-1 우리동네 마을정부 기능 강화"))
                .body("parts[0].value", equalTo(565))
                .body("formula", endsWith(" = 57,421.35"))
                .body("description", startsWith("총 계 (2022~2023) as printed against the sum of the 21 top-level"))
                .body("provenance.datasetId", equalTo("gwangju-seo-pledge-plan"))
                .body("provenance.sourceDocument", equalTo("001_7fc74de1de420957.txt"));
    }

    @Test
    void should_pin_the_grand_total_of_2025_printed_24348_against_24348_31() {
        check("gwangju-seo-pledge-plan", "gwangju-seo:total:2025:sum-of-pledges")
                .body("status", equalTo("MISMATCH"))
                .body("publishedValue", equalTo(24348))
                .body("computedValue", equalTo(dec("24348.31")))
                .body("difference", equalTo(dec("-0.31")))
                .body("differenceKrw", equalTo(-310000));
    }

    @Test
    void should_pin_the_row_total_of_the_printed_grand_total_124667_42_against_its_periods_124667_16() {
        check("gwangju-seo-pledge-plan", "gwangju-seo:total:sum-of-periods")
                .body("status", equalTo("MISMATCH"))
                .body("kind", equalTo("ROW_TOTAL"))
                .body("where.rowId", equalTo("gwangju-seo:total"))
                .body("where.columnLabel", equalTo("총계"))
                .body("publishedValue", equalTo(dec("124667.42")))
                .body("computedValue", equalTo(dec("124667.16")))
                .body("difference", equalTo(dec("0.26")))
                .body("parts.label", contains("2022~2023", "2024", "2025", "2026"))
                .body("formula", equalTo("57,421.4 + 22,434.76 + 24,348 + 20,463 = 124,667.16"));
    }

    @Test
    void should_pin_the_growth_rate_printed_11_9_against_13_5() {
        check("seoul-seodaemun-report-2018", "seoul-seodaemun:budget:increase-rate:growth-rate")
                .body("status", equalTo("MISMATCH"))
                .body("kind", equalTo("FIGURE_GROWTH_RATE"))
                .body("where.table", equalTo("figure"))
                .body("where.rowId", equalTo("seoul-seodaemun:budget:increase-rate"))
                .body("where.rowLabel", equalTo("예산 (증가)"))
                .body("publishedValue", equalTo(dec("11.9")))
                .body("computedValue", equalTo(dec("13.5")))
                .body("difference", equalTo(dec("-1.6")))
                .body("precision", equalTo(1))
                .body("unit", equalTo("PERCENT"))
                .body("publishedValueKrw", nullValue())
                .body("parts.rowId", contains("seoul-seodaemun:budget:2018", "seoul-seodaemun:budget:2017"))
                .body("formula", equalTo("(4,772 − 4,204) ÷ 4,204 × 100 = 13.51094… → 13.5"));
    }

    @Test
    void should_match_the_grand_total_of_the_total_column() {
        check("gwangju-seo-pledge-plan", "gwangju-seo:total:sum-of-pledges")
                .body("status", equalTo("MATCH"))
                .body("where.columnLabel", equalTo("총계"))
                .body("publishedValue", equalTo(dec("124667.42")))
                .body("computedValue", equalTo(dec("124667.42")))
                .body("difference", equalTo(0))
                .body("differenceKrw", equalTo(0));
    }

    @Test
    void should_match_a_row_total_with_decimals() {
        check("gwangju-seo-pledge-plan", "gwangju-seo:3-3:sum-of-periods")
                .body("status", equalTo("MATCH"))
                .body("kind", equalTo("ROW_TOTAL"))
                .body("where.table", equalTo("pledge"))
                .body("where.column", equalTo("total_amount"))
                .body("where.rowLabel", equalTo("3-3 어르신 맞춤형 특화서비스 제공"))
                .body("publishedValue", equalTo(dec("2415.05")))
                .body("computedValue", equalTo(dec("2415.05")))
                .body("parts.value", contains(dec("873.20"), dec("711.04"), dec("417.81"), 413))
                .body("formula", equalTo("873.20 + 711.04 + 417.81 + 413 = 2,415.05"));
    }

    @Test
    void should_compare_marks_when_no_part_holds_a_number() {
        check("gwangju-seo-pledge-plan", "gwangju-seo:4-5-1:sum-of-periods")
                .body("status", equalTo("MATCH"))
                .body("publishedValue", nullValue())
                .body("computedValue", nullValue())
                .body("difference", nullValue())
                .body("publishedValueStatus", equalTo("NON_BUDGET"))
                .body("publishedValueStatusLabel", equalTo("비예산"))
                .body("computedValueStatus", equalTo("NON_BUDGET"))
                .body("formula", equalTo("비예산 + 비예산 + 비예산 + 비예산 = 비예산"))
                .body("description", containsString("A - or 비예산 cell adds nothing"));
    }

    @Test
    void should_add_nothing_for_a_dash_in_a_parent_sum() {
        check("gwangju-seo-pledge-plan", "gwangju-seo:5-1:2026:sum-of-children")
                .body("status", equalTo("MATCH"))
                .body("kind", equalTo("PARENT_SUM"))
                .body("where.table", equalTo("investment"))
                .body("where.rowId", equalTo("gwangju-seo:5-1:2026"))
                .body("where.columnLabel", equalTo("2026"))
                .body("publishedValue", equalTo(760))
                .body("computedValue", equalTo(760))
                .body("parts.status", contains("NONE", "AMOUNT", "AMOUNT"))
                .body("formula", equalTo("- + 480 + 280 = 760"));
        check("gwangju-seo-pledge-plan", "gwangju-seo:4-1:sum-of-children")
                .body("status", equalTo("MATCH"))
                .body("publishedValue", equalTo(dec("13468.37")))
                .body("computedValue", equalTo(dec("13468.37")))
                .body("parts", hasSize(6));
    }

    @Test
    void should_check_the_execution_table() {
        String dataset = "seoul-report-2023-execution";
        check(dataset, "seoul:execution-2023:total:remaining-amount:budget-minus-executed")
                .body("status", equalTo("MATCH"))
                .body("kind", equalTo("REMAINDER"))
                .body("where.rowLabel", equalTo("계"))
                .body("where.columnLabel", equalTo("잔액"))
                .body("publishedValue", equalTo(235269))
                .body("computedValue", equalTo(235269))
                .body("publishedValueKrw", equalTo(235269000))
                .body("unitLabel", equalTo("천원"))
                .body("formula", equalTo("357,200 − 121,931 = 235,269"));
        check(dataset, "seoul:execution-2023:total:execution-rate:executed-over-budget")
                .body("status", equalTo("MATCH"))
                .body("kind", equalTo("RATE"))
                .body("publishedValue", equalTo(dec("34.1")))
                .body("computedValue", equalTo(dec("34.1")))
                .body("precision", equalTo(1))
                .body("unit", equalTo("PERCENT"))
                .body("formula", equalTo("121,931 ÷ 357,200 × 100 = 34.13522… → 34.1"));
        check(dataset, "seoul:execution-2023:2:execution-rate:executed-over-budget")
                .body("publishedValue", equalTo(dec("43.2")))
                .body("computedValue", equalTo(dec("43.2")));
        check(dataset, "seoul:execution-2023:total:executed-amount:sum-of-children")
                .body("status", equalTo("MATCH"))
                .body("kind", equalTo("PARENT_SUM"))
                .body("publishedValue", equalTo(121931))
                .body("formula", equalTo("87,334 + 34,597 = 121,931"));
    }

    @Test
    void should_check_the_settlement_table() {
        String dataset = "seoul-report-2023-settlement";
        check(dataset, "seoul:settlement-2022:total:unspent-rate:e-over-a")
                .body("status", equalTo("MATCH"))
                .body("publishedValue", equalTo(dec("5.3")))
                .body("computedValue", equalTo(dec("5.3")))
                .body("formula", equalTo("19,100 ÷ 358,900 × 100 = 5.32182… → 5.3"));
        check(dataset, "seoul:settlement-2022:1-1:unspent-rate:e-over-a")
                .body("publishedValue", equalTo(dec("3.1")))
                .body("formula", equalTo("2,010 ÷ 64,000 × 100 = 3.140625 → 3.1"));
        check(dataset, "seoul:settlement-2022:2-2:unspent-rate:e-over-a")
                .body("publishedValue", equalTo(dec("0.3")))
                .body("computedValue", equalTo(dec("0.3")));
        check(dataset, "seoul:settlement-2022:total:unspent-amount:a-minus-c-minus-d")
                .body("status", equalTo("MATCH"))
                .body("kind", equalTo("REMAINDER"))
                .body("publishedValue", equalTo(19100))
                .body("computedValue", equalTo(19100))
                .body("parts.status", contains("AMOUNT", "AMOUNT", "NONE"))
                .body("formula", equalTo("358,900 − 339,800 − 0 (-) = 19,100"))
                .body("description", containsString("A printed - counts as 0."));
        check(dataset, "seoul:settlement-2022:total:carried-over-amount:sum-of-children")
                .body("status", equalTo("MATCH"))
                .body("publishedValue", nullValue())
                .body("publishedValueStatus", equalTo("NONE"))
                .body("computedValueStatus", equalTo("NONE"))
                .body("formula", equalTo("- + - = -"));
        check(dataset, "seoul:settlement-2022:2:current-budget-amount:sum-of-children")
                .body("publishedValue", equalTo(294900))
                .body("computedValue", equalTo(294900))
                .body("where.columnLabel", equalTo("예산현액(A)"));
    }

    @Test
    void should_check_the_relations_between_figures() {
        String dataset = "seoul-report-2023-achievements";
        check(dataset, "seoul:report-2023:press-briefings:sum")
                .body("status", equalTo("MATCH"))
                .body("kind", equalTo("FIGURE_SUM"))
                .body("publishedValue", equalTo(8))
                .body("computedValue", equalTo(8))
                .body("unitLabel", equalTo("회"))
                .body("formula", equalTo("3 + 1 + 2 + 2 = 8"));
        check(dataset, "seoul:report-2023:mealkit:provided:product")
                .body("status", equalTo("MATCH"))
                .body("kind", equalTo("FIGURE_PRODUCT"))
                .body("publishedValue", equalTo(266400))
                .body("computedValue", equalTo(266400))
                .body("publishedValueKrw", equalTo(266400000))
                .body("formula", equalTo("29,600 × 9 = 266,400"));
        check(dataset, "seoul:report-2023:alley-startup:budget:sum")
                .body("publishedValue", equalTo(1318))
                .body("computedValueKrw", equalTo(1318000000));
        check("seoul-seodaemun-report-2018", "seoul-seodaemun:population:increase:difference")
                .body("status", equalTo("MATCH"))
                .body("kind", equalTo("FIGURE_DIFFERENCE"))
                .body("publishedValue", equalTo(120))
                .body("formula", equalTo("326,479 − 326,359 = 120"));
        check("seoul-report-2023-staffing", "seoul:staffing-2023:authorized:special-subtotal:sum")
                .body("status", equalTo("MATCH"))
                .body("publishedValue", equalTo(25))
                .body("formula", equalTo("3 + 18 + 4 + - = 25"));
    }

    @Test
    void should_filter_by_government_dataset_kind_and_status() {
        given().queryParam("government", "seoul-seodaemun").when().get(PATH)
                .then().statusCode(200).body("meta.total", equalTo(2));
        given().queryParam("dataset", "seoul-report-2023-execution").when().get(PATH)
                .then().statusCode(200).body("meta.total", equalTo(9));
        given().queryParam("kind", "RATE").when().get(PATH)
                .then().statusCode(200).body("meta.total", equalTo(9)).body("data.kind", everyItem(equalTo("RATE")));
        given().queryParam("kind", "grand_total").queryParam("status", "MATCH").when().get(PATH)
                .then().statusCode(200)
                .body("data.id", contains("gwangju-seo:total:2024:sum-of-pledges",
                        "gwangju-seo:total:2026:sum-of-pledges", "gwangju-seo:total:sum-of-pledges"));
        given().queryParam("government", "gwangju-seo").queryParam("status", "MISMATCH").when().get(PATH)
                .then().statusCode(200).body("meta.total", equalTo(3));
    }

    @Test
    void should_give_an_empty_page_for_an_unknown_government() {
        given().queryParam("government", "busan").when().get(PATH)
                .then().statusCode(200).body("meta.total", equalTo(0)).body("data", hasSize(0));
    }

    @Test
    void should_answer_400_for_bad_filter_values_and_sorts() {
        given().queryParam("status", "WRONG").when().get(PATH)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.parameter", hasItem("status"));
        given().queryParam("kind", "TOTAL").when().get(PATH)
                .then().statusCode(400).body("errors.parameter", hasItem("kind"));
        given().queryParam("sort", "publishedValue").when().get(PATH)
                .then().statusCode(400).body("errors[0].parameter", equalTo("sort"));
        given().queryParam("government", "광주").when().get(PATH)
                .then().statusCode(400).body("errors[0].parameter", equalTo("government"));
    }

    @Test
    void should_sort_by_difference_descending_with_nulls_last() {
        given().queryParam("sort", "-difference").queryParam("size", 2).when().get(PATH)
                .then().statusCode(200)
                .body("data.id", contains("gwangju-seo:total:sum-of-periods",
                        "gwangju-seo:total:2022-2023:sum-of-pledges"));
        given().queryParam("sort", "difference").queryParam("size", 2).when().get(PATH)
                .then().statusCode(200)
                .body("data.id", contains("seoul-seodaemun:budget:increase-rate:growth-rate",
                        "gwangju-seo:total:2025:sum-of-pledges"));
    }

    @Test
    void should_send_every_mismatch_as_csv() {
        byte[] body = given().queryParam("status", "MISMATCH").queryParam("format", "csv").when().get(PATH)
                .then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", "attachment; filename=\"consistency_MISMATCH.csv\"")
                .extract().asByteArray();
        assertArrayEquals(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(body, 3));
        String[] lines = new String(body, 3, body.length - 3, StandardCharsets.UTF_8).split("\r\n");
        assertEquals(5, lines.length);
        assertEquals("id,status,statusLabel,kind,kindLabel,governmentId,datasetId,where.table,where.rowId,"
                + "where.rowLabel,where.column,where.columnLabel,publishedValue,computedValue,difference,unit,unitLabel,"
                + "precision,publishedValueStatus,publishedValueStatusLabel,computedValueStatus,"
                + "computedValueStatusLabel,publishedValueKrw,computedValueKrw,differenceKrw,description,formula,"
                + "provenance.datasetId,provenance.sourceDocument,provenance.sourceSection,provenance.asOf",
                lines[0]);
        assertTrue(lines[1].startsWith("gwangju-seo:total:2022-2023:sum-of-pledges,MISMATCH,불일치,GRAND_TOTAL,"
                + "총계 = 공약 합계,gwangju-seo,gwangju-seo-pledge-plan,published_total,gwangju-seo:total:2022-2023,"
                + "총 계,amount,2022~2023,57421.4,57421.35,0.05,MILLION_KRW,백만원,,AMOUNT,금액,AMOUNT,금액,"
                + "57421400000,57421350000,50000,\"총 계 (2022~2023) as printed"), lines[1]);
        assertTrue(lines[4].startsWith("seoul-seodaemun:budget:increase-rate:growth-rate,MISMATCH,"), lines[4]);
    }

    @Test
    void should_summarise_the_checks() {
        given().when().get(PATH + "/summary")
                .then().statusCode(200)
                .body("total", equalTo(184))
                .body("match", equalTo(180))
                .body("mismatch", equalTo(4))
                .body("mismatchIds", contains("gwangju-seo:total:2022-2023:sum-of-pledges",
                        "gwangju-seo:total:2025:sum-of-pledges", "gwangju-seo:total:sum-of-periods",
                        "seoul-seodaemun:budget:increase-rate:growth-rate"))
                .body("byStatus.status", contains("MISMATCH", "MATCH"))
                .body("byStatus.count", contains(4, 180))
                .body("byGovernment.id", contains("gwangju-seo", "seoul", "seoul-seodaemun"))
                .body("byGovernment.total", contains(133, 49, 2))
                .body("byGovernment.mismatch", contains(3, 0, 1))
                .body("byDataset.id", contains("gwangju-seo-pledge-plan", "seoul-report-2023-achievements",
                        "seoul-report-2023-execution", "seoul-report-2023-settlement", "seoul-report-2023-staffing",
                        "seoul-seodaemun-report-2018"))
                .body("byDataset.total", contains(133, 7, 9, 27, 6, 2))
                .body("byKind.kind", contains("GRAND_TOTAL", "PARENT_SUM", "ROW_TOTAL", "REMAINDER", "RATE",
                        "FIGURE_SUM", "FIGURE_DIFFERENCE", "FIGURE_PRODUCT", "FIGURE_GROWTH_RATE"))
                .body("byKind.total", contains(5, 83, 63, 9, 9, 12, 1, 1, 1))
                .body("byKind.mismatch", contains(2, 0, 1, 0, 0, 0, 0, 0, 1));
    }

    @Test
    void should_return_304_when_etag_matches() {
        String etag = given().when().get(PATH + "/summary").then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).when().get(PATH + "/summary").then().statusCode(304);
        String listEtag = given().queryParam("status", "MISMATCH").when().get(PATH)
                .then().statusCode(200).extract().header("ETag");
        given().queryParam("status", "MISMATCH").header("If-None-Match", listEtag).when().get(PATH)
                .then().statusCode(304);
    }

    @Test
    void should_refuse_csv_for_the_summary() {
        given().queryParam("format", "csv").when().get(PATH + "/summary")
                .then().statusCode(400).body("errors[0].parameter", equalTo("format"));
    }
}
