package kr.civicdata.api.execution;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.config.JsonPathConfig.NumberReturnType;
import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasToString;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class ExecutionResultResourceTest {

    private static final String PATH = "/api/v1/execution-results";
    private static final String EXECUTION_TOTAL = "seoul:execution-2023:total";
    private static final String SETTLEMENT_TOTAL = "seoul:settlement-2022:total";
    private static final List<String> DOCUMENT_ORDER = List.of(EXECUTION_TOTAL, "seoul:execution-2023:1",
            "seoul:execution-2023:2", SETTLEMENT_TOTAL, "seoul:settlement-2022:1", "seoul:settlement-2022:1-1",
            "seoul:settlement-2022:2", "seoul:settlement-2022:2-1", "seoul:settlement-2022:2-2",
            "seoul:settlement-2022:audit-recommendations", "seoul:settlement-2022:revenue",
            "seoul:settlement-2022:budget-transfers", "seoul:settlement-2022:reserve-fund",
            "seoul:settlement-2022:carry-overs");
    /** The statements printed 해당 없음 (Ⅲ, then Ⅳ), last in document order. */
    private static final List<String> STATEMENTS = DOCUMENT_ORDER.subList(9, 14);

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    /** Numbers read as BigDecimal, so that 34.1 is compared as printed, never through a float. */
    private static RequestSpecification api() {
        return given().config(RestAssuredConfig.config()
                .jsonConfig(JsonConfig.jsonConfig().numberReturnType(NumberReturnType.BIG_DECIMAL)));
    }

    @Test
    void should_list_every_line_in_document_order() {
        given().when().get(PATH)
                .then().statusCode(200)
                .header("X-Total-Count", "14")
                .body("meta.total", equalTo(14))
                .body("data.id", equalTo(DOCUMENT_ORDER))
                .body("data.kind", equalTo(List.of("EXECUTION", "EXECUTION", "EXECUTION", "SETTLEMENT",
                        "SETTLEMENT", "SETTLEMENT", "SETTLEMENT", "SETTLEMENT", "SETTLEMENT", "STATEMENT",
                        "STATEMENT", "STATEMENT", "STATEMENT", "STATEMENT")));
    }

    @Test
    void should_carry_the_printed_execution_total() {
        api().when().get(PATH + "/" + EXECUTION_TOTAL)
                .then().statusCode(200)
                .body("governmentId", equalTo("seoul"))
                .body("kind", equalTo("EXECUTION"))
                .body("kindLabel", equalTo("집행현황"))
                .body("fiscalYear", hasToString("2023"))
                .body("asOf", equalTo("2023-06-12"))
                .body("parentId", nullValue())
                .body("depth", hasToString("0"))
                .body("lineOrder", hasToString("1"))
                .body("itemName", equalTo("계"))
                .body("isTotal", equalTo(true))
                .body("unit", equalTo("THOUSAND_KRW"))
                .body("unitLabel", equalTo("천원"))
                .body("execution.budget", hasToString("357200"))
                .body("execution.budgetKrw", hasToString("357200000"))
                .body("execution.executed", hasToString("121931"))
                .body("execution.executedKrw", hasToString("121931000"))
                .body("execution.executionRate", hasToString("34.1"))
                .body("execution.remaining", hasToString("235269"))
                .body("execution.remainingKrw", hasToString("235269000"))
                .body("execution.note", nullValue())
                .body("settlement", nullValue())
                .body("childIds", contains("seoul:execution-2023:1", "seoul:execution-2023:2"))
                .body("provenance.datasetId", equalTo("seoul-report-2023-execution"))
                .body("provenance.sourceDocument", equalTo("004_1750e1bd989d78d3.txt"))
                .body("provenance.sourceSection", equalTo("Ⅰ. 일 반 현 황 > 3 예산 집행현황 > 과목별 집행현황"))
                .body("provenance.asOf", equalTo("2023-06-12"));
    }

    @Test
    void should_carry_the_execution_items_with_their_notes() {
        api().when().get(PATH + "/seoul:execution-2023:1")
                .then().statusCode(200)
                .body("itemName", equalTo("기관운영업무추진비"))
                .body("parentId", equalTo(EXECUTION_TOTAL))
                .body("isTotal", equalTo(false))
                .body("execution.budget", hasToString("277200"))
                .body("execution.budgetKrw", hasToString("277200000"))
                .body("execution.executed", hasToString("87334"))
                .body("execution.executedKrw", hasToString("87334000"))
                .body("execution.executionRate", hasToString("31.5"))
                .body("execution.remaining", hasToString("189866"))
                .body("execution.remainingKrw", hasToString("189866000"))
                .body("execution.note", equalTo("조직운영, 대민활동, 유관기관 협조, 직책수행 등 제반 경비"))
                .body("childIds", empty());
        api().when().get(PATH + "/seoul:execution-2023:2")
                .then().statusCode(200)
                .body("itemName", equalTo("시책추진업무추진비"))
                .body("execution.budget", hasToString("80000"))
                .body("execution.budgetKrw", hasToString("80000000"))
                .body("execution.executed", hasToString("34597"))
                .body("execution.executedKrw", hasToString("34597000"))
                .body("execution.executionRate", hasToString("43.2"))
                .body("execution.remaining", hasToString("45403"))
                .body("execution.remainingKrw", hasToString("45403000"))
                .body("execution.note", equalTo("주요행사, 시책사업, 투자사업 등의 원활한 추진을 위한 경비"))
                .body("settlement", nullValue());
    }

    @Test
    void should_carry_every_settlement_line_with_dash_as_none_not_zero() {
        // id, item, A, B, C, E, E/A as printed; D is `-` on every line.
        String[][] printed = {
                {SETTLEMENT_TOTAL, "합 계", "358900", "339800", "339800", "19100", "5.3"},
                {"seoul:settlement-2022:1", "주요시책사업추진", "64000", "61990", "61990", "2010", "3.1"},
                {"seoul:settlement-2022:1-1", "시책추진업무추진비", "64000", "61990", "61990", "2010", "3.1"},
                {"seoul:settlement-2022:2", "기본경비", "294900", "277810", "277810", "17090", "5.8"},
                {"seoul:settlement-2022:2-1", "기관운영업무추진비", "287100", "270036", "270036", "17064", "5.9"},
                {"seoul:settlement-2022:2-2", "부서운영업무추진비", "7800", "7774", "7774", "26", "0.3"}};
        for (String[] line : printed) {
            api().when().get(PATH + "/" + line[0])
                    .then().statusCode(200)
                    .body("kind", equalTo("SETTLEMENT"))
                    .body("kindLabel", equalTo("결산"))
                    .body("fiscalYear", hasToString("2022"))
                    .body("asOf", nullValue())
                    .body("itemName", equalTo(line[1]))
                    .body("execution", nullValue())
                    .body("settlement.currentBudget", hasToString(line[2]))
                    .body("settlement.currentBudgetKrw", hasToString(line[2] + "000"))
                    .body("settlement.commitment", hasToString(line[3]))
                    .body("settlement.commitmentKrw", hasToString(line[3] + "000"))
                    .body("settlement.expenditure", hasToString(line[4]))
                    .body("settlement.expenditureKrw", hasToString(line[4] + "000"))
                    .body("settlement.carriedOver", nullValue())
                    .body("settlement.carriedOverKrw", nullValue())
                    .body("settlement.carriedOverStatus", equalTo("NONE"))
                    .body("settlement.carriedOverStatusLabel", equalTo("없음"))
                    .body("settlement.unspent", hasToString(line[5]))
                    .body("settlement.unspentKrw", hasToString(line[5] + "000"))
                    .body("settlement.unspentRate", hasToString(line[6]))
                    .body("provenance.datasetId", equalTo("seoul-report-2023-settlement"));
        }
    }

    @Test
    void should_answer_was_anything_carried_over_with_the_printed_statement_not_a_zero() {
        given().when().get(PATH + "/seoul:settlement-2022:carry-overs")
                .then().statusCode(200)
                .body("kind", equalTo("STATEMENT"))
                .body("kindLabel", equalTo("기재사항"))
                .body("fiscalYear", equalTo(2022))
                .body("itemName", equalTo("명시·사고이월"))
                .body("statement.status", equalTo("NOT_APPLICABLE"))
                .body("statement.statusLabel", equalTo("해당 없음"))
                .body("statement.text", equalTo("해당 없음"))
                .body("execution", nullValue())
                .body("settlement", nullValue())
                .body("parentId", nullValue())
                .body("childIds", empty())
                .body("provenance.datasetId", equalTo("seoul-report-2023-settlement-statements"))
                .body("provenance.sourceSection", equalTo("Ⅳ. 2022회계연도 세입·세출 결산현황"));
        given().when().get(PATH + "/seoul:settlement-2022:audit-recommendations")
                .then().statusCode(200)
                .body("itemName", equalTo("2022회계연도 결산검사 시정권고사항"))
                .body("statement.status", equalTo("NOT_APPLICABLE"))
                .body("statement.text", equalTo("< 해 당 없 음 >"))
                .body("provenance.sourceSection", equalTo("Ⅲ. 2022회계연도 결산검사 시정권고사항"));
        // The table lines are not statements.
        given().when().get(PATH + "/" + SETTLEMENT_TOTAL)
                .then().statusCode(200).body("statement", nullValue());
    }

    @Test
    void should_give_each_line_its_children_in_printed_order() {
        given().when().get(PATH + "/" + SETTLEMENT_TOTAL)
                .then().statusCode(200).body("isTotal", equalTo(true)).body("depth", equalTo(0))
                .body("childIds", contains("seoul:settlement-2022:1", "seoul:settlement-2022:2"));
        given().when().get(PATH + "/seoul:settlement-2022:2")
                .then().statusCode(200).body("parentId", equalTo(SETTLEMENT_TOTAL)).body("depth", equalTo(1))
                .body("childIds", contains("seoul:settlement-2022:2-1", "seoul:settlement-2022:2-2"));
        given().when().get(PATH + "/seoul:settlement-2022:2-2")
                .then().statusCode(200).body("depth", equalTo(2)).body("childIds", empty());
        given().queryParam("kind", "SETTLEMENT").when().get(PATH)
                .then().statusCode(200)
                .body("data.find { it.id == 'seoul:settlement-2022:1' }.childIds",
                        contains("seoul:settlement-2022:1-1"));
    }

    @Test
    void should_filter_by_government_kind_and_fiscal_year() {
        given().queryParam("government", "seoul").when().get(PATH)
                .then().statusCode(200).body("meta.total", equalTo(14));
        given().queryParam("kind", "EXECUTION").when().get(PATH)
                .then().statusCode(200).body("data.id", equalTo(DOCUMENT_ORDER.subList(0, 3)));
        given().queryParam("kind", "settlement").when().get(PATH)
                .then().statusCode(200).body("data.id", equalTo(DOCUMENT_ORDER.subList(3, 9)))
                .body("links.self", equalTo(PATH + "?kind=SETTLEMENT&page=1&size=50"));
        given().queryParam("fiscalYear", 2022).when().get(PATH)
                .then().statusCode(200).body("data.id", equalTo(DOCUMENT_ORDER.subList(3, 14)));
        given().queryParam("kind", "statement").when().get(PATH)
                .then().statusCode(200).body("data.id", equalTo(STATEMENTS));
        given().queryParam("fiscalYear", 2023).queryParam("kind", "EXECUTION").when().get(PATH)
                .then().statusCode(200).body("meta.total", equalTo(3));
    }

    @Test
    void should_filter_by_parent_and_depth() {
        given().queryParam("parent", "seoul:settlement-2022:2").when().get(PATH)
                .then().statusCode(200)
                .body("data.id", contains("seoul:settlement-2022:2-1", "seoul:settlement-2022:2-2"));
        given().queryParam("parent", EXECUTION_TOTAL).when().get(PATH)
                .then().statusCode(200).body("data.id", contains("seoul:execution-2023:1", "seoul:execution-2023:2"));
        given().queryParam("depth", 0).queryParam("kind", "SETTLEMENT").when().get(PATH)
                .then().statusCode(200).body("data.id", contains(SETTLEMENT_TOTAL))
                .body("data.isTotal", contains(true));
        // A statement stands alone: depth 0, no parent, not a total.
        given().queryParam("depth", 0).when().get(PATH)
                .then().statusCode(200)
                .body("data.id", equalTo(List.of(EXECUTION_TOTAL, SETTLEMENT_TOTAL, STATEMENTS.get(0),
                        STATEMENTS.get(1), STATEMENTS.get(2), STATEMENTS.get(3), STATEMENTS.get(4))))
                .body("data.isTotal", contains(true, true, false, false, false, false, false));
        given().queryParam("depth", 2).when().get(PATH)
                .then().statusCode(200).body("data.id", contains("seoul:settlement-2022:1-1",
                        "seoul:settlement-2022:2-1", "seoul:settlement-2022:2-2"));
        given().queryParam("depth", 1).queryParam("kind", "SETTLEMENT").when().get(PATH)
                .then().statusCode(200)
                .body("data.itemName", contains("주요시책사업추진", "기본경비"));
    }

    @Test
    void should_give_an_empty_page_for_unknown_filter_values() {
        for (String[] filter : new String[][]{{"government", "busan"}, {"government", "gwangju-seo"},
                {"parent", "seoul:settlement-2022:9"}, {"fiscalYear", "2021"}, {"depth", "5"}}) {
            given().queryParam(filter[0], filter[1]).when().get(PATH)
                    .then().statusCode(200)
                    .header("X-Total-Count", "0")
                    .body("meta.total", equalTo(0))
                    .body("data", empty())
                    .body("links.last", equalTo(PATH + "?" + filter[0] + "=" + filter[1].replace(":", "%3A")
                            + "&page=1&size=50"));
        }
    }

    @Test
    void should_answer_400_for_malformed_filter_values() {
        given().queryParam("kind", "BUDGET").when().get(PATH)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.parameter", contains("kind"));
        given().queryParam("fiscalYear", "2022년").when().get(PATH)
                .then().statusCode(400).body("errors.parameter", contains("fiscalYear"));
        given().queryParam("fiscalYear", "22").when().get(PATH)
                .then().statusCode(400).body("errors.parameter", contains("fiscalYear"));
        given().queryParam("depth", "-1").when().get(PATH)
                .then().statusCode(400).body("errors.parameter", contains("depth"));
        given().queryParam("parent", "합 계").when().get(PATH)
                .then().statusCode(400).body("errors.parameter", contains("parent"));
        given().queryParam("government", "").when().get(PATH)
                .then().statusCode(400).body("errors.parameter", contains("government"));
        given().queryParam("year", "2022").when().get(PATH)
                .then().statusCode(400).body("errors.parameter", contains("year"));
        given().queryParam("kind", "EXECUTION").queryParam("kind", "SETTLEMENT").when().get(PATH)
                .then().statusCode(400).body("errors.parameter", contains("kind"));
        given().queryParam("kind", "X").queryParam("fiscalYear", "X").when().get(PATH)
                .then().statusCode(400).body("errors.parameter", hasItems("kind", "fiscalYear"));
    }

    @Test
    void should_sort_by_item_name_and_budget() {
        given().queryParam("sort", "itemName").queryParam("kind", "EXECUTION").when().get(PATH)
                .then().statusCode(200)
                .body("data.itemName", contains("계", "기관운영업무추진비", "시책추진업무추진비"));
        // budget is 예산액 for an execution line and 예산현액 for a settlement line.
        given().queryParam("sort", "budget").when().get(PATH)
                .then().statusCode(200)
                .body("data.id", contains("seoul:settlement-2022:2-2", "seoul:settlement-2022:1",
                        "seoul:settlement-2022:1-1", "seoul:execution-2023:2", "seoul:execution-2023:1",
                        "seoul:settlement-2022:2-1", "seoul:settlement-2022:2", EXECUTION_TOTAL, SETTLEMENT_TOTAL,
                        // no amount: last, by id
                        "seoul:settlement-2022:audit-recommendations", "seoul:settlement-2022:budget-transfers",
                        "seoul:settlement-2022:carry-overs", "seoul:settlement-2022:reserve-fund",
                        "seoul:settlement-2022:revenue"));
        given().queryParam("sort", "-budget").queryParam("kind", "SETTLEMENT").when().get(PATH)
                .then().statusCode(200)
                .body("data.settlement.currentBudget", contains(358900, 294900, 287100, 64000, 64000, 7800))
                .body("data.id[3]", equalTo("seoul:settlement-2022:1"));
        given().queryParam("sort", "-itemName,lineOrder").queryParam("depth", 2).when().get(PATH)
                .then().statusCode(200)
                .body("data.itemName", contains("시책추진업무추진비", "부서운영업무추진비", "기관운영업무추진비"));
    }

    @Test
    void should_sort_by_line_order_table_by_table() {
        given().queryParam("sort", "lineOrder").when().get(PATH)
                .then().statusCode(200).body("data.id", equalTo(DOCUMENT_ORDER));
        given().queryParam("sort", "-lineOrder").when().get(PATH)
                .then().statusCode(200).body("data.id", equalTo(reversed(DOCUMENT_ORDER)));
    }

    @Test
    void should_answer_400_for_an_unknown_sort_field() {
        given().queryParam("sort", "amount").when().get(PATH)
                .then().statusCode(400).body("errors[0].parameter", equalTo("sort"));
        given().queryParam("sort", "budget,-budget").when().get(PATH)
                .then().statusCode(400).body("errors[0].parameter", equalTo("sort"));
    }

    @Test
    void should_page_with_links_up_to_the_last_page() {
        given().queryParam("size", 4).queryParam("page", 4).when().get(PATH)
                .then().statusCode(200)
                .body("data.id", contains("seoul:settlement-2022:reserve-fund", "seoul:settlement-2022:carry-overs"))
                .body("meta.page", equalTo(4))
                .body("meta.size", equalTo(4))
                .body("links.prev", equalTo(PATH + "?page=3&size=4"))
                .body("links.next", nullValue())
                .body("links.last", equalTo(PATH + "?page=4&size=4"))
                .header("Link", startsWith("<" + PATH + "?page=4&size=4>; rel=\"self\""));
        given().queryParam("size", 1).queryParam("page", 9).when().get(PATH)
                .then().statusCode(200).body("data.id", contains("seoul:settlement-2022:2-2"));
        given().queryParam("size", 1000).when().get(PATH)
                .then().statusCode(200).body("data.size()", equalTo(14));
    }

    @Test
    void should_answer_400_past_the_last_page_and_above_the_maximum_size() {
        given().queryParam("size", 4).queryParam("page", 5).when().get(PATH)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.parameter", hasItem("page"));
        given().queryParam("size", 1).queryParam("page", 15).when().get(PATH)
                .then().statusCode(400).body("errors.parameter", hasItem("page"));
        given().queryParam("size", 1001).when().get(PATH)
                .then().statusCode(400).body("errors.parameter", hasItem("size"));
        given().queryParam("size", 0).when().get(PATH)
                .then().statusCode(400).body("errors.parameter", hasItem("size"));
        given().queryParam("page", 0).when().get(PATH)
                .then().statusCode(400).body("errors.parameter", hasItem("page"));
    }

    @Test
    void should_answer_404_problem_for_an_unknown_id() {
        given().when().get(PATH + "/seoul:settlement-2022:3")
                .then().statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("instance", equalTo(PATH + "/seoul:settlement-2022:3"));
    }

    @Test
    void should_send_csv_with_nested_columns_and_every_row() {
        byte[] body = given().queryParam("format", "csv").when().get(PATH)
                .then().statusCode(200)
                .contentType("text/csv")
                .header("Content-Disposition", "attachment; filename=\"execution-results.csv\"")
                .header("X-Total-Count", "14")
                .extract().asByteArray();
        assertArrayEquals(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(body, 3));
        List<String> lines = csvLines(body);
        assertEquals(15, lines.size(), "header and fourteen lines");
        assertEquals("id,governmentId,kind,kindLabel,fiscalYear,asOf,parentId,depth,lineOrder,itemName,isTotal,unit,"
                + "unitLabel,execution.budget,execution.budgetKrw,execution.executed,execution.executedKrw,"
                + "execution.executionRate,execution.remaining,execution.remainingKrw,execution.note,"
                + "settlement.currentBudget,settlement.currentBudgetKrw,settlement.commitment,"
                + "settlement.commitmentKrw,settlement.expenditure,settlement.expenditureKrw,"
                + "settlement.carriedOver,settlement.carriedOverKrw,settlement.carriedOverStatus,"
                + "settlement.carriedOverStatusLabel,settlement.unspent,settlement.unspentKrw,"
                + "settlement.unspentRate,statement.status,statement.statusLabel,statement.text,"
                + "provenance.datasetId,provenance.sourceDocument,provenance.sourceSection,provenance.asOf",
                lines.get(0));
        assertEquals("seoul:execution-2023:2,seoul,EXECUTION,집행현황,2023,2023-06-12,seoul:execution-2023:total,1,3,"
                + "시책추진업무추진비,false,THOUSAND_KRW,천원,80000,80000000,34597,34597000,43.2,45403,45403000,"
                + "\"주요행사, 시책사업, 투자사업 등의 원활한 추진을 위한 경비\",,,,,,,,,,,,,,,,,"
                + "seoul-report-2023-execution,004_1750e1bd989d78d3.txt,Ⅰ. 일 반 현 황 > 3 예산 집행현황 > 과목별 집행현황,"
                + "2023-06-12", lines.get(3));
        // 이월액 `-`: empty amount cells and status NONE, never 0.
        assertEquals("seoul:settlement-2022:total,seoul,SETTLEMENT,결산,2022,,,0,1,합 계,true,THOUSAND_KRW,천원,"
                + ",,,,,,,,358900,358900000,339800,339800000,339800,339800000,,,NONE,없음,19100,19100000,5.3,,,,"
                + "seoul-report-2023-settlement,004_1750e1bd989d78d3.txt,Ⅳ. 2022회계연도 세입·세출 결산현황 > 세출내역,",
                lines.get(4));
        // 해당 없음: a statement, every amount cell empty, never 0.
        assertEquals("seoul:settlement-2022:carry-overs,seoul,STATEMENT,기재사항,2022,,,0,4,명시·사고이월,false,"
                + "THOUSAND_KRW,천원,,,,,,,,,,,,,,,,,,,,,,NOT_APPLICABLE,해당 없음,해당 없음,"
                + "seoul-report-2023-settlement-statements,004_1750e1bd989d78d3.txt,Ⅳ. 2022회계연도 세입·세출 결산현황,",
                lines.get(14));
    }

    @Test
    void should_send_csv_of_the_filtered_rows_only() {
        byte[] body = given().accept("text/csv").queryParam("kind", "SETTLEMENT").queryParam("size", 2)
                .when().get(PATH)
                .then().statusCode(200)
                .header("Content-Disposition", "attachment; filename=\"execution-results_SETTLEMENT.csv\"")
                .extract().asByteArray();
        List<String> lines = csvLines(body);
        assertEquals(7, lines.size(), "header and all six settlement lines, not one page");
        assertTrue(lines.stream().skip(1).allMatch(line -> line.contains(",SETTLEMENT,결산,2022,")));
    }

    @Test
    void should_answer_304_when_the_etag_matches() {
        String etag = given().queryParam("kind", "EXECUTION").when().get(PATH)
                .then().statusCode(200).extract().header("ETag");
        given().queryParam("kind", "EXECUTION").header("If-None-Match", etag).when().get(PATH)
                .then().statusCode(304).header("ETag", etag);
    }

    @Test
    void should_be_described_field_by_field_in_the_dictionary_of_every_dataset() {
        List<String> columns = new ArrayList<>(List.of(csvLines(given().queryParam("format", "csv").when().get(PATH)
                .then().statusCode(200).extract().asByteArray()).get(0).split(",")));
        columns.add("childIds");
        for (String dataset : List.of("seoul-report-2023-execution", "seoul-report-2023-settlement",
                "seoul-report-2023-settlement-audit", "seoul-report-2023-settlement-statements")) {
            List<String> documented = given().when().get("/api/v1/datasets/" + dataset)
                    .then().statusCode(200).extract().jsonPath()
                    .getList("fields.findAll { it.resource == 'execution-results' }.field", String.class);
            assertEquals(columns.stream().sorted().toList(), documented.stream().sorted().toList(), dataset);
        }
    }

    @Test
    void should_refuse_csv_for_a_single_line() {
        given().queryParam("format", "csv").when().get(PATH + "/" + EXECUTION_TOTAL)
                .then().statusCode(400).body("errors.parameter", contains("format"));
    }

    private static List<String> reversed(List<String> list) {
        List<String> copy = new ArrayList<>(list);
        Collections.reverse(copy);
        return copy;
    }

    private static List<String> csvLines(byte[] body) {
        String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        return List.of(text.split("\r\n"));
    }
}
