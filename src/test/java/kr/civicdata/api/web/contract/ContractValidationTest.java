package kr.civicdata.api.web.contract;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The contract validation that every API test goes through can fail: it reports each kind of answer the contract
 * forbids, and passes those it describes (declared nulls included).
 */
class ContractValidationTest {

    private static final String JSON = "application/json";
    private static final String SEOUL = """
            {"id":"seoul","name":"서울특별시","level":"METROPOLITAN","levelLabel":"광역","adminCode":"11","parentId":null}""";
    private static final String SETTLEMENT_LINE = """
            {"id":"seoul:settlement-2022:total","governmentId":"seoul","kind":"SETTLEMENT","kindLabel":"결산",
             "fiscalYear":2022,"asOf":null,"parentId":null,"depth":0,"lineOrder":1,"itemName":"합 계","isTotal":true,
             "unit":"THOUSAND_KRW","unitLabel":"천원","execution":null,
             "settlement":{"currentBudget":358900,"currentBudgetKrw":358900000,"commitment":339800,
                           "commitmentKrw":339800000,"expenditure":339800,"expenditureKrw":339800000,
                           "carriedOver":null,"carriedOverKrw":null,"carriedOverStatus":"NONE",
                           "carriedOverStatusLabel":"없음","unspent":19100,"unspentKrw":19100000,"unspentRate":5.3},
             "statement":null,"childIds":["seoul:settlement-2022:1","seoul:settlement-2022:2"],
             "provenance":{"datasetId":"seoul-report-2023-settlement","sourceDocument":"004_1750e1bd989d78d3.txt",
                           "sourceSection":"Ⅳ. 2022회계연도 세입·세출 결산현황 > 세출내역","asOf":null}}""";

    private final ResponseContract contract = ContractValidation.CONTRACT;

    private List<String> government(String body) {
        return contract.violations("GET", "/api/v1/governments/seoul", 200, JSON, body);
    }

    private List<String> executionLine(ResponseContract contract, String body) {
        return contract.violations("GET", "/api/v1/execution-results/seoul:settlement-2022:total", 200,
                "application/json;charset=UTF-8", body);
    }

    @Test
    void should_accept_answers_as_the_service_sends_them_declared_nulls_included() {
        assertEquals(List.of(), government(SEOUL));
        assertEquals(List.of(), executionLine(contract, SETTLEMENT_LINE));
    }

    @Test
    void should_report_an_undeclared_null() {
        assertReported(government(SEOUL.replace("\"adminCode\":\"11\"", "\"adminCode\":null")), "adminCode");
        assertReported(executionLine(contract, SETTLEMENT_LINE.replace("\"datasetId\":\"seoul-report-2023-settlement\"",
                "\"datasetId\":null")), "datasetId");
    }

    @Test
    void should_report_a_null_the_contract_forgot_to_declare() {
        // The kind of lie this contract told in OpenAPI 3.0.3: provenance.asOf sent as null, declared as a date only.
        ObjectNode lying = document();
        ((ObjectNode) lying.at("/components/schemas/Provenance/properties")).putObject("asOf")
                .put("$ref", "#/components/schemas/LocalDate");
        assertReported(executionLine(ResponseContract.of(lying), SETTLEMENT_LINE), "asOf");
    }

    @Test
    void should_report_an_unknown_enum_value() {
        assertReported(government(SEOUL.replace("METROPOLITAN", "CITY")), "level");
        assertReported(executionLine(contract, SETTLEMENT_LINE.replace("\"SETTLEMENT\"", "\"FORECAST\"")), "kind");
    }

    @Test
    void should_report_a_missing_required_field() {
        assertReported(government(SEOUL.replace(",\"parentId\":null", "")), "parentId");
        assertReported(executionLine(contract, SETTLEMENT_LINE.replace("\"expenditure\":339800,", "")), "expenditure");
    }

    @Test
    void should_report_a_wrong_type_and_a_field_the_contract_does_not_list() {
        assertReported(government(SEOUL.replace("\"서울특별시\"", "7")), "name");
        assertReported(government(SEOUL.replace("}", ",\"population\":9386034}")), "population");
    }

    @Test
    void should_report_an_undeclared_status_or_media_type_and_check_problems() {
        assertReported(contract.violations("GET", "/api/v1/governments/seoul", 201, JSON, SEOUL), "201");
        assertReported(contract.violations("GET", "/api/v1/governments/seoul", 200, "text/csv", "id\nseoul"),
                "text/csv");
        assertReported(contract.violations("GET", "/api/v1/governments/x", 404, "application/problem+json",
                "{\"status\":404}"), "title");
        assertEquals(List.of(), contract.violations("GET", "/api/v1/governments/x", 404, "application/problem+json",
                """
                        {"type":"https://localgov-data.kr/problems/not-found","title":"Not found","status":404,
                         "detail":"No government has the id 'x'.","instance":"/api/v1/governments/x"}"""));
        assertReported(contract.violations("GET", "/api/v1/nothing-here", 200, JSON, "{}"), "no operation");
    }

    @Test
    void should_check_every_line_of_an_ndjson_stream_as_a_row_of_the_collection() {
        String ndjson = "application/x-ndjson";
        String rows = SEOUL + "\n" + SEOUL + "\n";
        assertEquals(List.of(), contract.violations("GET", "/api/v1/governments", 200, ndjson, rows));
        assertEquals(List.of(), contract.violations("GET", "/api/v1/governments", 200, ndjson, ""));
        assertReported(contract.violations("GET", "/api/v1/governments", 200, ndjson,
                SEOUL + "\n" + SEOUL.replace("METROPOLITAN", "CITY") + "\n"), "level");
        assertReported(contract.violations("GET", "/api/v1/governments", 200, ndjson, SEOUL), "newline");
        assertReported(contract.violations("GET", "/api/v1/governments", 200, ndjson, "[" + SEOUL + "]\n"),
                "Government");
    }

    @Test
    void should_check_a_sparse_answer_against_the_schema_of_its_type_and_never_as_a_full_one() {
        String sparse = ResponseContract.SPARSE_JSON;
        String cut = "{\"id\":\"seoul\",\"parentId\":null}";
        assertEquals(List.of(), contract.violations("GET", "/api/v1/governments/seoul", 200, sparse, cut));
        assertReported(government(cut), "level");
        assertReported(contract.violations("GET", "/api/v1/governments/seoul", 200, sparse,
                "{\"id\":\"seoul\",\"name\":null}"), "name");
        assertReported(contract.violations("GET", "/api/v1/governments/seoul", 200, sparse,
                "{\"id\":\"seoul\",\"population\":9386034}"), "population");
        String page = "{\"data\":[" + cut + "],\"meta\":{\"page\":1,\"size\":50,\"total\":1},\"links\":{"
                + "\"self\":\"/api/v1/governments?fields=id%2CparentId&page=1&size=50\",\"first\":\"f\","
                + "\"prev\":null,\"next\":null,\"last\":\"l\"}}";
        assertEquals(List.of(), contract.violations("GET", "/api/v1/governments", 200, sparse, page));
        assertReported(contract.violations("GET", "/api/v1/governments", 200, sparse, page.replace(",\"meta\":{"
                + "\"page\":1,\"size\":50,\"total\":1}", "")), "meta");
        // NDJSON keeps its type: its lines are rows of the sparse page when the request named its fields.
        String ndjson = "application/x-ndjson";
        assertEquals(List.of(), contract.violations("GET", "/api/v1/governments", 200, ndjson, cut + "\n", true));
        assertReported(contract.violations("GET", "/api/v1/governments", 200, ndjson, cut + "\n", false), "level");
        assertReported(contract.violations("GET", "/api/v1/governments", 200, ndjson,
                "{\"id\":\"seoul\",\"level\":\"CITY\"}\n", true), "level");
    }

    private static void assertReported(List<String> violations, String expected) {
        assertTrue(violations.stream().anyMatch(violation -> violation.contains(expected)),
                "expected a violation naming '" + expected + "', got " + violations);
    }

    private static ObjectNode document() {
        try {
            return (ObjectNode) new ObjectMapper().readTree(Path.of("openapi/openapi.json").toFile());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
