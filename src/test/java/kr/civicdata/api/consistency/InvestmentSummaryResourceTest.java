package kr.civicdata.api.consistency;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

import static kr.civicdata.api.consistency.ConsistencyResourceTest.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class InvestmentSummaryResourceTest {

    private static final String PATH = "/api/v1/investments/summary";

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    @Test
    void should_sum_the_top_level_pledges_per_period_beside_the_printed_totals() {
        given().when().get(PATH)
                .then().statusCode(200)
                .header("X-Total-Count", "4")
                .body("data.id", contains("gwangju-seo:2022-2023", "gwangju-seo:2024", "gwangju-seo:2025",
                        "gwangju-seo:2026"))
                .body("data.period", contains("2022-2023", "2024", "2025", "2026"))
                .body("data.fromYear", contains(2022, 2024, 2025, 2026))
                .body("data.toYear", contains(2023, 2024, 2025, 2026))
                .body("data.amount", contains(dec("57421.35"), dec("22434.76"), dec("24348.31"), 20463))
                .body("data.publishedTotal", contains(dec("57421.4"), dec("22434.76"), 24348, 20463))
                .body("data.difference", contains(dec("0.05"), 0, dec("-0.31"), 0))
                .body("data.publishedTotalId", contains("gwangju-seo:total:2022-2023", "gwangju-seo:total:2024",
                        "gwangju-seo:total:2025", "gwangju-seo:total:2026"))
                .body("data[0].amountKrw", equalTo(57421350000L))
                .body("data[0].publishedTotalKrw", equalTo(57421400000L))
                .body("data[0].differenceKrw", equalTo(50000))
                .body("data[0].unit", equalTo("MILLION_KRW"))
                .body("data[0].unitLabel", equalTo("백만원"))
                .body("data.area", everyItem(nullValue()))
                .body("data[0].provenance.datasetId", equalTo("gwangju-seo-pledge-plan"));
    }

    @Test
    void should_count_pledges_by_what_they_show_in_the_period() {
        given().queryParam("fiscalYear", 2026).when().get(PATH)
                .then().statusCode(200)
                .body("data", hasSize(1))
                .body("data[0].pledges.total", equalTo(62))
                .body("data[0].pledges.topLevel", equalTo(21))
                .body("data[0].pledges.amount", equalTo(55))
                .body("data[0].pledges.none", equalTo(3))
                .body("data[0].pledges.nonBudget", equalTo(4));
        given().queryParam("fiscalYear", 2023).when().get(PATH)
                .then().statusCode(200)
                .body("data.id", contains("gwangju-seo:2022-2023"))
                .body("data[0].pledges.amount", equalTo(58))
                .body("data[0].pledges.none", equalTo(0))
                .body("data[0].pledges.nonBudget", equalTo(4));
    }

    @Test
    void should_sum_per_area_without_a_printed_total() {
        given().queryParam("groupBy", "area").when().get(PATH)
                .then().statusCode(200)
                .body("data.id", contains("gwangju-seo:area-1", "gwangju-seo:area-2", "gwangju-seo:area-3",
                        "gwangju-seo:area-4", "gwangju-seo:area-5"))
                .body("data.area", contains(1, 2, 3, 4, 5))
                .body("data.amount", contains(5451, 8900, dec("54055.05"), dec("39450.37"), 16811))
                .body("data.publishedTotal", everyItem(nullValue()))
                .body("data.difference", everyItem(nullValue()))
                .body("data.period", everyItem(nullValue()))
                .body("data.fromYear", everyItem(equalTo(2022)))
                .body("data.toYear", everyItem(equalTo(2026)))
                .body("data.pledges.total", contains(6, 14, 16, 18, 8))
                .body("data.pledges.topLevel", contains(4, 4, 5, 5, 3))
                .body("data.pledges.nonBudget", contains(0, 0, 0, 3, 1));
    }

    @Test
    void should_sum_per_government_against_the_printed_total_column() {
        given().queryParam("groupBy", "GOVERNMENT").when().get(PATH)
                .then().statusCode(200)
                .body("data.id", contains("gwangju-seo"))
                .body("data[0].period", nullValue())
                .body("data[0].fromYear", equalTo(2022))
                .body("data[0].toYear", equalTo(2026))
                .body("data[0].amount", equalTo(dec("124667.42")))
                .body("data[0].publishedTotal", equalTo(dec("124667.42")))
                .body("data[0].publishedTotalId", equalTo("gwangju-seo:total"))
                .body("data[0].difference", equalTo(0))
                .body("data[0].amountKrw", equalTo(124667420000L));
        given().queryParam("groupBy", "government").queryParam("fiscalYear", 2025).when().get(PATH)
                .then().statusCode(200)
                .body("data[0].period", equalTo("2025"))
                .body("data[0].amount", equalTo(dec("24348.31")))
                .body("data[0].publishedTotal", equalTo(24348))
                .body("data[0].difference", equalTo(dec("-0.31")));
    }

    @Test
    void should_give_an_empty_page_for_an_unknown_government_or_a_year_without_a_period() {
        given().queryParam("government", "busan").when().get(PATH)
                .then().statusCode(200).body("meta.total", equalTo(0)).body("data", hasSize(0));
        given().queryParam("fiscalYear", 2030).when().get(PATH)
                .then().statusCode(200).body("meta.total", equalTo(0));
        given().queryParam("government", "gwangju-seo").queryParam("groupBy", "area").when().get(PATH)
                .then().statusCode(200).body("meta.total", equalTo(5));
    }

    @Test
    void should_answer_400_for_a_bad_group_year_or_sort() {
        given().queryParam("groupBy", "year").when().get(PATH)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.parameter", hasItem("groupBy"));
        given().queryParam("fiscalYear", "2024년").when().get(PATH)
                .then().statusCode(400).body("errors.parameter", hasItem("fiscalYear"));
        given().queryParam("sort", "title").when().get(PATH)
                .then().statusCode(400).body("errors.parameter", hasItem("sort"));
    }

    @Test
    void should_sort_by_amount_descending() {
        given().queryParam("groupBy", "area").queryParam("sort", "-amount").when().get(PATH)
                .then().statusCode(200).body("data.area", contains(3, 4, 5, 2, 1));
    }

    @Test
    void should_send_csv_with_nested_counts() {
        byte[] body = given().queryParam("format", "csv").when().get(PATH)
                .then().statusCode(200).contentType(startsWith("text/csv"))
                .header("Content-Disposition", "attachment; filename=\"investment-summary.csv\"")
                .extract().asByteArray();
        String[] lines = new String(body, 3, body.length - 3, StandardCharsets.UTF_8).split("\r\n");
        assertEquals(5, lines.length);
        assertEquals("id,governmentId,period,fromYear,toYear,area,amount,unit,unitLabel,amountKrw,publishedTotal,"
                + "publishedTotalKrw,publishedTotalId,difference,differenceKrw,pledges.total,pledges.topLevel,"
                + "pledges.amount,pledges.none,pledges.nonBudget,provenance.datasetId,provenance.sourceDocument,"
                + "provenance.sourceSection,provenance.asOf", lines[0]);
        assertEquals("gwangju-seo:2022-2023,gwangju-seo,2022-2023,2022,2023,,57421.35,MILLION_KRW,백만원,57421350000,"
                + "57421.4,57421400000,gwangju-seo:total:2022-2023,0.05,50000,62,21,58,0,4,gwangju-seo-pledge-plan,"
                + "001_7fc74de1de420957.txt,매니페스토(공약) > 공약투자계획 > 연차별 투자계획,", lines[1]);
    }
}
