package kr.civicdata.api.figure;

import java.nio.charset.StandardCharsets;
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
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasToString;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class FigureResourceTest {

    private static final String PATH = "/api/v1/figures";
    private static final String STAFFING_SECTION = "2 인 력 현 황 (기준 / 단위 : ′23.6.12. / 명)";

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    /** Numbers read as BigDecimal, so that 11.9 is compared as printed, never through a float. */
    private static RequestSpecification api() {
        return given().config(RestAssuredConfig.config()
                .jsonConfig(JsonConfig.jsonConfig().numberReturnType(NumberReturnType.BIG_DECIMAL)));
    }

    @Test
    void should_carry_the_authorised_staff_total() {
        api().when().get(PATH + "/seoul:staffing-2023:authorized:total")
                .then().statusCode(200)
                .body("governmentId", equalTo("seoul"))
                .body("datasetId", equalTo("seoul-report-2023-staffing"))
                .body("section", equalTo(STAFFING_SECTION))
                .body("label", equalTo("총계"))
                .body("qualifier", equalTo("정원"))
                .body("value", hasToString("34"))
                .body("valueText", equalTo("34"))
                .body("unit", equalTo("PERSON"))
                .body("unitLabel", equalTo("명"))
                .body("valueKrw", nullValue())
                .body("asOf", equalTo("2023-06-12"))
                .body("dateText", equalTo("′23.6.12."))
                .body("ord", hasToString("1"))
                .body("provenance.datasetId", equalTo("seoul-report-2023-staffing"))
                .body("provenance.sourceDocument", equalTo("004_1750e1bd989d78d3.txt"))
                .body("provenance.sourceSection", equalTo("Ⅰ. 일 반 현 황 > 2 인 력 현 황"))
                .body("provenance.asOf", equalTo("2023-06-12"));
    }

    @Test
    void should_keep_the_printed_remark_beside_the_number() {
        api().when().get(PATH + "/seoul:staffing-2023:current:general-grade-2-3")
                .then().statusCode(200)
                .body("label", equalTo("2․3급"))
                .body("qualifier", equalTo("현원"))
                .body("value", hasToString("1"))
                .body("valueText", equalTo("1(2급)"));
    }

    @Test
    void should_give_a_dash_as_null_with_its_text_never_zero() {
        for (String id : List.of("seoul:staffing-2023:authorized:special-grade-7-9-equiv",
                "seoul:staffing-2023:current:general-grade-8-9")) {
            given().when().get(PATH + "/" + id)
                    .then().statusCode(200)
                    .body("value", nullValue())
                    .body("valueText", equalTo("-"))
                    .body("valueKrw", nullValue())
                    .body("unit", equalTo("PERSON"));
        }
    }

    @Test
    void should_convert_the_2018_budget_in_hundred_million_won_to_won() {
        api().when().get(PATH + "/seoul-seodaemun:budget:2018")
                .then().statusCode(200)
                .body("governmentId", equalTo("seoul-seodaemun"))
                .body("label", equalTo("예산"))
                .body("qualifier", equalTo("2018"))
                .body("value", hasToString("4772"))
                .body("valueText", equalTo("4천772억원"))
                .body("unit", equalTo("HUNDRED_MILLION_KRW"))
                .body("unitLabel", equalTo("억원"))
                .body("valueKrw", hasToString("477200000000"))
                .body("asOf", nullValue())
                .body("dateText", equalTo("올들어"))
                .body("provenance.sourceDocument", equalTo("003_95f37818b2a2e6d1.txt"));
        api().when().get(PATH + "/seoul-seodaemun:budget:2017")
                .then().statusCode(200)
                .body("value", hasToString("4204"))
                .body("valueText", equalTo("4,204억"))
                .body("valueKrw", hasToString("420400000000"));
        api().when().get(PATH + "/seoul-seodaemun:budget:increase-rate")
                .then().statusCode(200)
                .body("value", hasToString("11.9"))
                .body("valueText", equalTo("11.9%"))
                .body("unit", equalTo("PERCENT"))
                .body("unitLabel", equalTo("%"))
                .body("valueKrw", nullValue());
    }

    @Test
    void should_carry_the_population_and_the_amounts_of_004() {
        api().when().get(PATH + "/seoul-seodaemun:population:before")
                .then().statusCode(200)
                .body("value", hasToString("326359")).body("valueText", equalTo("32만6,359명"));
        api().when().get(PATH + "/seoul:report-2023:mealkit:provided")
                .then().statusCode(200)
                .body("value", hasToString("266400")).body("unit", equalTo("THOUSAND_KRW"))
                .body("valueKrw", hasToString("266400000"));
        api().when().get(PATH + "/seoul:report-2023:alley-startup:budget")
                .then().statusCode(200)
                .body("value", hasToString("1318")).body("unit", equalTo("MILLION_KRW"))
                .body("valueKrw", hasToString("1318000000"));
        api().when().get(PATH + "/seoul:report-2023:infertility:egg-freezing-max")
                .then().statusCode(200)
                .body("value", hasToString("2000000")).body("unit", equalTo("KRW"))
                .body("valueKrw", hasToString("2000000"));
        api().when().get(PATH + "/seoul:report-2023:alley-startup:area")
                .then().statusCode(200)
                .body("value", hasToString("706.56")).body("unit", equalTo("SQUARE_METRE"))
                .body("valueKrw", nullValue());
    }

    @Test
    void should_list_every_figure_in_document_order_dataset_by_dataset() {
        given().queryParam("size", 1000).when().get(PATH)
                .then().statusCode(200)
                .header("X-Total-Count", "92")
                .body("data.size()", equalTo(92))
                .body("data[0].id", equalTo("seoul:report-2023:tourists-target"))
                .body("data[44].id", equalTo("seoul:staffing-2023:authorized:total"))
                .body("data[69].id", equalTo("seoul:report-2023:flood:river-patrol"))
                .body("data[80].id", equalTo("seoul-seodaemun:population:before"))
                .body("data[91].id", equalTo("seoul-seodaemun:jobs:senior-increase"));
    }

    @Test
    void should_filter_by_government_dataset_and_unit() {
        given().queryParam("government", "seoul-seodaemun").when().get(PATH)
                .then().statusCode(200).body("meta.total", equalTo(12))
                .body("data.governmentId", everyItem(equalTo("seoul-seodaemun")));
        given().queryParam("government", "seoul").when().get(PATH)
                .then().statusCode(200).body("meta.total", equalTo(80));
        given().queryParam("dataset", "seoul-report-2023-staffing").when().get(PATH)
                .then().statusCode(200).body("meta.total", equalTo(25))
                .body("data.ord", equalTo(java.util.stream.IntStream.rangeClosed(1, 25).boxed().toList()));
        given().queryParam("unit", "HUNDRED_MILLION_KRW").when().get(PATH)
                .then().statusCode(200)
                .body("data.id", contains("seoul-seodaemun:budget:2018", "seoul-seodaemun:budget:2017"));
        given().queryParam("unit", "percent").queryParam("government", "seoul").when().get(PATH)
                .then().statusCode(200)
                .body("data.id", contains("seoul:report-2023:infertility:egg-freezing-rate",
                        "seoul:report-2023:mealkit:royalty"));
    }

    @Test
    void should_search_labels_by_substring() {
        given().queryParam("q", "소계").when().get(PATH)
                .then().statusCode(200)
                .body("data.id", contains("seoul:staffing-2023:authorized:general-subtotal",
                        "seoul:staffing-2023:authorized:special-subtotal",
                        "seoul:staffing-2023:current:general-subtotal",
                        "seoul:staffing-2023:current:special-subtotal"));
        given().queryParam("q", "급").queryParam("dataset", "seoul-report-2023-staffing").when().get(PATH)
                .then().statusCode(200).body("meta.total", equalTo(18));
        given().queryParam("q", "100가정").when().get(PATH)
                .then().statusCode(200).body("data.label", contains("100가정 보듬기", "100가정 보듬기 결연"));
        // LIKE wildcards are taken literally.
        given().queryParam("q", "%").when().get(PATH)
                .then().statusCode(200).body("meta.total", equalTo(0));
    }

    @Test
    void should_give_an_empty_page_for_unknown_filter_values() {
        for (String[] filter : new String[][]{{"government", "busan"}, {"government", "gwangju-seo"},
                {"dataset", "seoul-report-2024-staffing"}, {"q", "없는 항목"}}) {
            given().queryParam(filter[0], filter[1]).when().get(PATH)
                    .then().statusCode(200)
                    .header("X-Total-Count", "0")
                    .body("meta.total", equalTo(0))
                    .body("data", empty());
        }
    }

    @Test
    void should_answer_400_for_malformed_filter_values() {
        given().queryParam("unit", "LITRE").when().get(PATH)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.parameter", contains("unit"));
        given().queryParam("dataset", "인력 현황").when().get(PATH)
                .then().statusCode(400).body("errors.parameter", contains("dataset"));
        given().queryParam("government", "seoul/x").when().get(PATH)
                .then().statusCode(400).body("errors.parameter", contains("government"));
        given().queryParam("q", "").when().get(PATH)
                .then().statusCode(400).body("errors.parameter", contains("q"));
        given().queryParam("label", "총계").when().get(PATH)
                .then().statusCode(400).body("errors.parameter", contains("label"));
    }

    @Test
    void should_sort_by_value_with_dashes_last_and_by_label() {
        given().queryParam("sort", "-value").queryParam("size", 3).when().get(PATH)
                .then().statusCode(200)
                .body("data.id", contains("seoul:report-2023:tourists-target",
                        "seoul:report-2023:infertility:egg-freezing-max",
                        "seoul:report-2023:infertility:tubal-reversal-max"));
        for (String sort : List.of("value", "-value")) {
            given().queryParam("sort", sort).queryParam("dataset", "seoul-report-2023-staffing").when().get(PATH)
                    .then().statusCode(200)
                    .body("data.valueText[23]", equalTo("-"))
                    .body("data.valueText[24]", equalTo("-"));
        }
        given().queryParam("sort", "value").queryParam("dataset", "seoul-report-2023-staffing")
                .queryParam("size", 2).when().get(PATH)
                .then().statusCode(200)
                .body("data.id", contains("seoul:staffing-2023:authorized:general-grade-2-3",
                        "seoul:staffing-2023:authorized:general-grade-8-9"));
        given().queryParam("sort", "label,-ord").queryParam("q", "2․3급").when().get(PATH)
                .then().statusCode(200)
                .body("data.id", contains("seoul:staffing-2023:current:general-grade-2-3",
                        "seoul:staffing-2023:authorized:general-grade-2-3"));
        given().queryParam("sort", "-ord").queryParam("government", "seoul-seodaemun").queryParam("size", 1)
                .when().get(PATH)
                .then().statusCode(200).body("data.id", contains("seoul-seodaemun:jobs:senior-increase"));
        given().queryParam("sort", "amount").when().get(PATH)
                .then().statusCode(400).body("errors[0].parameter", equalTo("sort"));
    }

    @Test
    void should_page_and_answer_400_past_the_last_page_and_above_the_maximum_size() {
        given().queryParam("size", 25).queryParam("page", 4).when().get(PATH)
                .then().statusCode(200)
                .body("data.size()", equalTo(17))
                .body("links.next", nullValue())
                .body("links.prev", equalTo(PATH + "?page=3&size=25"));
        given().queryParam("size", 25).queryParam("page", 5).when().get(PATH)
                .then().statusCode(400).body("errors.parameter", hasItem("page"));
        given().queryParam("size", 1001).when().get(PATH)
                .then().statusCode(400).body("errors.parameter", hasItem("size"));
    }

    @Test
    void should_answer_404_problem_for_an_unknown_id() {
        given().when().get(PATH + "/seoul:staffing-2023:authorized:grade-1")
                .then().statusCode(404).contentType("application/problem+json")
                .body("instance", equalTo(PATH + "/seoul:staffing-2023:authorized:grade-1"));
    }

    @Test
    void should_send_csv_with_provenance_columns_and_every_row() {
        byte[] body = given().queryParam("format", "csv").when().get(PATH)
                .then().statusCode(200)
                .contentType("text/csv")
                .header("Content-Disposition", "attachment; filename=\"figures.csv\"")
                .extract().asByteArray();
        List<String> lines = csvLines(body);
        assertEquals(93, lines.size(), "header and 92 figures");
        assertEquals("id,governmentId,datasetId,section,label,qualifier,value,valueText,unit,unitLabel,valueKrw,asOf,"
                + "dateText,ord,provenance.datasetId,provenance.sourceDocument,provenance.sourceSection,"
                + "provenance.asOf", lines.get(0));

        List<String> staffing = csvLines(given().queryParam("format", "csv")
                .queryParam("dataset", "seoul-report-2023-staffing").when().get(PATH)
                .then().statusCode(200)
                .header("Content-Disposition", "attachment; filename=\"figures_seoul-report-2023-staffing.csv\"")
                .extract().asByteArray());
        assertEquals(26, staffing.size(), "header and 25 staffing figures");
        assertEquals("seoul:staffing-2023:authorized:special-grade-7-9-equiv,seoul,seoul-report-2023-staffing,"
                + STAFFING_SECTION + ",7~9급상당,정원,,-,PERSON,명,,2023-06-12,′23.6.12.,12,"
                + "seoul-report-2023-staffing,004_1750e1bd989d78d3.txt,Ⅰ. 일 반 현 황 > 2 인 력 현 황,2023-06-12",
                staffing.get(12));
    }

    @Test
    void should_be_described_field_by_field_in_the_dictionary_of_every_dataset_it_serves() {
        List<String> columns = List.of(csvLines(given().queryParam("format", "csv").when().get(PATH)
                .then().statusCode(200).extract().asByteArray()).get(0).split(","));
        for (String dataset : List.of("seoul-seodaemun-report-2018", "seoul-report-2023-staffing",
                "seoul-report-2023-summer-disaster", "seoul-report-2023-achievements")) {
            List<String> documented = given().when().get("/api/v1/datasets/" + dataset)
                    .then().statusCode(200).extract().jsonPath()
                    .getList("fields.findAll { it.resource == 'figures' }.field", String.class);
            assertEquals(columns.stream().sorted().toList(), documented.stream().sorted().toList(), dataset);
        }
    }

    private static List<String> csvLines(byte[] body) {
        String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        return List.of(text.split("\r\n"));
    }
}
