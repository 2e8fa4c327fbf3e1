package kr.civicdata.api.disaster;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class DisasterResponsePlanResourceTest {

    private static final String PLANS = "/api/v1/disaster-response-plans";
    private static final String FLOOD = "seoul:flood-2023";
    private static final String HEATWAVE = "seoul:heatwave-2023";

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void should_list_the_two_plans_by_operating_period() {
        given().when().get(PLANS)
                .then().statusCode(200)
                .header("X-Total-Count", "2")
                .body("data.id", contains(FLOOD, HEATWAVE))
                .body("data.hazard", contains("FLOOD", "HEATWAVE"))
                .body("data.hazardLabel", contains("풍수해", "폭염"))
                .body("data.title", contains("여름철 풍수해 수방대책", "여름철 폭염피해 예방"))
                .body("data.operatingFrom", contains("2023-05-15", "2023-05-20"))
                .body("data.operatingTo", contains("2023-10-15", "2023-09-30"))
                .body("data.provenance.datasetId",
                        contains("seoul-report-2023-summer-disaster", "seoul-report-2023-summer-disaster"));
    }

    @Test
    void should_return_the_flood_plan_with_its_periods_stages_and_criteria() {
        given().when().get(PLANS + "/{id}", FLOOD)
                .then().statusCode(200)
                .body("governmentId", equalTo("seoul"))
                .body("section", equalTo("4  여름철 폭염피해 예방 및 풍수해 수방대책"))
                .body("operatingFrom", equalTo("2023-05-15"))
                .body("operatingTo", equalTo("2023-10-15"))
                .body("operatingText", equalTo("'23. 5. 15. ~ 10. 15.(예비 4.15~5.14 / 10.16~11.15)"))
                .body("standbyBefore.from", equalTo("2023-04-15"))
                .body("standbyBefore.to", equalTo("2023-05-14"))
                .body("standbyAfter.from", equalTo("2023-10-16"))
                .body("standbyAfter.to", equalTo("2023-11-15"))
                .body("basisText", equalTo("강수량에 따라 단계별 대응 ·운영"))
                .body("stages.name", contains("평시", "보강", "1단계", "2단계", "3단계"))
                .body("stages.alertLevelLabel", contains("관심", "관심", "주의", "경계", "심각"))
                .body("stages.trigger", equalTo(Arrays.asList(null, "30㎜/일", "호우주의보", "호우경보", "대규모 재난")))
                .body("stages.staffing.persons", contains(1, 3, 30, 42, 45))
                .body("stages.staffing.teams", equalTo(Arrays.asList(null, null, 7, 12, 13)))
                .body("criteria.measure", equalTo(Arrays.asList("1시간 강우량", "15분 강우량", "도로침수심", null, "침수심")))
                .body("criteria.thresholdValue", equalTo(Arrays.asList(55, 20, 15, null, 30)))
                .body("criteria.thresholdUnit", equalTo(Arrays.asList("mm", "mm", "cm", null, "cm")))
                .body("criteria[4].category", equalTo("교통통제"))
                .body("criteria[4].conditionText", equalTo("초과시"))
                .body("measures.size()", equalTo(29))
                .body("measures[0].heading", equalTo("주요내용"))
                .body("measures[0].text", equalTo("- 국지성 돌발강우 대비 실시간 대응체계 강화"))
                .body("measures[28].heading", equalTo("향후계획"))
                .body("provenance.sourceDocument", equalTo("004_1750e1bd989d78d3.txt"));
    }

    @Test
    void should_reach_the_heat_wave_measures_and_criteria_although_it_has_no_stages() {
        given().when().get(PLANS + "/{id}", HEATWAVE)
                .then().statusCode(200)
                .body("hazard", equalTo("HEATWAVE"))
                .body("hazardLabel", equalTo("폭염"))
                .body("operatingFrom", equalTo("2023-05-20"))
                .body("operatingTo", equalTo("2023-09-30"))
                .body("operatingText", equalTo("'23. 5. 20. ~ 9. 30.(4개월)"))
                .body("standbyBefore", nullValue())
                .body("standbyAfter", nullValue())
                .body("basisText", equalTo("폭염특보 시, 위기 단계별 종합지원상황실 및 재난안전대책본부 운영"))
                .body("stages", empty())
                .body("criteria.category", contains("폭염특보"))
                .body("criteria[0].conditionText", equalTo("폭염특보 시"))
                .body("criteria[0].thresholdValue", nullValue())
                .body("measures.size()", equalTo(14))
                .body("measures[0].heading", equalTo("추진개요"))
                .body("measures[0].text", equalTo("방법 : 市‧區‧유관기관 협력을 통한 폭염 피해 예방"))
                .body("measures[13].heading", equalTo("향후계획"))
                .body("measures[13].text", equalTo("ㅇ 폭염 취약계층 사전예찰 및 폭염 취약시설 관리 철저 : 5월 ~ 9월"));
    }

    @Test
    void should_filter_by_hazard() {
        given().queryParam("hazard", "HEATWAVE").when().get(PLANS)
                .then().statusCode(200).body("data.id", contains(HEATWAVE))
                .body("data[0].measures.size()", equalTo(14));
        given().queryParam("hazard", "flood").when().get(PLANS)
                .then().statusCode(200).body("data.id", contains(FLOOD))
                .body("links.self", equalTo(PLANS + "?hazard=FLOOD&page=1&size=50"));
    }

    @Test
    void should_filter_by_government_and_give_an_empty_page_for_an_unknown_one() {
        given().queryParam("government", "seoul").when().get(PLANS)
                .then().statusCode(200).body("data.id", contains(FLOOD, HEATWAVE));
        given().queryParam("government", "incheon-seo").when().get(PLANS)
                .then().statusCode(200).body("meta.total", equalTo(0));
        given().queryParam("government", "busan").when().get(PLANS)
                .then().statusCode(200).body("meta.total", equalTo(0)).body("data.size()", equalTo(0));
    }

    @Test
    void should_answer_400_for_a_malformed_hazard() {
        given().queryParam("hazard", "EARTHQUAKE").when().get(PLANS)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].parameter", equalTo("hazard"));
        given().queryParam("alertLevel", "CAUTION").when().get(PLANS)
                .then().statusCode(400).body("errors[0].parameter", equalTo("alertLevel"));
    }

    @Test
    void should_sort_by_operating_period_and_hazard() {
        given().queryParam("sort", "-operatingFrom").when().get(PLANS)
                .then().statusCode(200).body("data.id", contains(HEATWAVE, FLOOD));
        given().queryParam("sort", "-hazard").when().get(PLANS)
                .then().statusCode(200).body("data.id", contains(HEATWAVE, FLOOD));
        given().queryParam("sort", "id").when().get(PLANS)
                .then().statusCode(200).body("data.id", contains(FLOOD, HEATWAVE));
        given().queryParam("sort", "stageOrder").when().get(PLANS)
                .then().statusCode(400).body("errors[0].parameter", equalTo("sort"));
    }

    @Test
    void should_page_and_answer_400_past_the_end_or_above_1000() {
        given().queryParam("size", 1).queryParam("page", 2).when().get(PLANS)
                .then().statusCode(200)
                .body("data.id", contains(HEATWAVE))
                .body("links.prev", equalTo(PLANS + "?page=1&size=1"))
                .body("links.next", nullValue());
        given().queryParam("size", 1).queryParam("page", 3).when().get(PLANS)
                .then().statusCode(400).body("errors.parameter", hasItem("page"));
        given().queryParam("size", 1001).when().get(PLANS)
                .then().statusCode(400).body("errors.parameter", hasItem("size"));
    }

    @Test
    void should_send_one_csv_row_per_plan_without_the_lists() {
        byte[] body = given().queryParam("format", "csv").when().get(PLANS)
                .then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", "attachment; filename=\"disaster-response-plans.csv\"")
                .extract().asByteArray();
        String[] lines = new String(body, 3, body.length - 3, StandardCharsets.UTF_8).split("\r\n");
        assertEquals(3, lines.length);
        assertEquals("id,governmentId,hazard,hazardLabel,title,section,operatingFrom,operatingTo,operatingText,"
                + "standbyBefore.from,standbyBefore.to,standbyAfter.from,standbyAfter.to,basisText,"
                + "provenance.datasetId,provenance.sourceDocument,provenance.sourceSection,provenance.asOf", lines[0]);
        assertEquals("seoul:heatwave-2023,seoul,HEATWAVE,폭염,여름철 폭염피해 예방,4  여름철 폭염피해 예방 및 풍수해 수방대책,"
                + "2023-05-20,2023-09-30,'23. 5. 20. ~ 9. 30.(4개월),,,,,"
                + "\"폭염특보 시, 위기 단계별 종합지원상황실 및 재난안전대책본부 운영\","
                + "seoul-report-2023-summer-disaster,004_1750e1bd989d78d3.txt,"
                + "Ⅱ. 주 요 업 무 > 4  여름철 폭염피해 예방 및 풍수해 수방대책,", lines[2]);
    }

    @Test
    void should_return_304_when_etag_matches() {
        String etag = given().when().get(PLANS).then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).when().get(PLANS).then().statusCode(304);
    }

    @Test
    void should_answer_404_problem_for_an_unknown_id() {
        given().when().get(PLANS + "/{id}", "seoul:earthquake-2023")
                .then().statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
    }
}
