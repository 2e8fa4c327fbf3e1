package kr.civicdata.api.disaster;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class DisasterResponseStageResourceTest {

    private static final String STAGES = "/api/v1/disaster-response-stages";
    private static final String NORMAL = "seoul:flood-2023:normal";
    private static final String REINFORCED = "seoul:flood-2023:reinforced";
    private static final String STAGE_1 = "seoul:flood-2023:stage-1";
    private static final String STAGE_2 = "seoul:flood-2023:stage-2";
    private static final String STAGE_3 = "seoul:flood-2023:stage-3";

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void should_list_the_five_flood_stages_in_order_with_alert_levels() {
        given().when().get(STAGES)
                .then().statusCode(200)
                .header("X-Total-Count", "5")
                .body("meta.total", equalTo(5))
                .body("data.id", contains(NORMAL, REINFORCED, STAGE_1, STAGE_2, STAGE_3))
                .body("data.stageOrder", contains(1, 2, 3, 4, 5))
                .body("data.code", contains("NORMAL", "REINFORCED", "STAGE_1", "STAGE_2", "STAGE_3"))
                .body("data.name", contains("평시", "보강", "1단계", "2단계", "3단계"))
                .body("data.alertLevel", contains("ATTENTION", "ATTENTION", "CAUTION", "ALERT", "SERIOUS"))
                .body("data.alertLevelLabel", contains("관심", "관심", "주의", "경계", "심각"))
                .body("data.alertLevelRank", contains(1, 1, 2, 3, 4))
                .body("data.trigger", equalTo(Arrays.asList(null, "30㎜/일", "호우주의보", "호우경보", "대규모 재난")));
    }

    @Test
    void should_carry_the_staffing_printed_under_each_stage() {
        given().when().get(STAGES)
                .then().statusCode(200)
                .body("data.staffing.text", contains("1명", "수방요원 3명", "7개 반  30명", "12개 반  42명", "13개 반  45명"))
                .body("data.staffing.role", equalTo(Arrays.asList(null, "수방요원", null, null, null)))
                .body("data.staffing.teams", equalTo(Arrays.asList(null, null, 7, 12, 13)))
                .body("data.staffing.persons", contains(1, 3, 30, 42, 45));
    }

    @Test
    void should_nest_the_plan_with_its_operating_and_standby_periods_and_the_provenance() {
        given().when().get(STAGES)
                .then().statusCode(200)
                .body("data[2].plan.id", equalTo("seoul:flood-2023"))
                .body("data[2].plan.governmentId", equalTo("seoul"))
                .body("data[2].plan.hazard", equalTo("FLOOD"))
                .body("data[2].plan.hazardLabel", equalTo("풍수해"))
                .body("data[2].plan.title", equalTo("여름철 풍수해 수방대책"))
                .body("data[2].plan.operatingFrom", equalTo("2023-05-15"))
                .body("data[2].plan.operatingTo", equalTo("2023-10-15"))
                .body("data[2].plan.operatingText", equalTo("'23. 5. 15. ~ 10. 15.(예비 4.15~5.14 / 10.16~11.15)"))
                .body("data[2].plan.standbyBefore.from", equalTo("2023-04-15"))
                .body("data[2].plan.standbyBefore.to", equalTo("2023-05-14"))
                .body("data[2].plan.standbyAfter.from", equalTo("2023-10-16"))
                .body("data[2].plan.standbyAfter.to", equalTo("2023-11-15"))
                .body("data[2].provenance.datasetId", equalTo("seoul-report-2023-summer-disaster"))
                .body("data[2].provenance.sourceDocument", equalTo("004_1750e1bd989d78d3.txt"))
                .body("data[2].provenance.sourceSection", equalTo("Ⅱ. 주 요 업 무 > 4  여름철 폭염피해 예방 및 풍수해 수방대책"))
                .body("data[2].provenance.asOf", nullValue());
    }

    @Test
    void should_return_a_stage_with_its_plans_flood_forecast_criteria_and_measures() {
        given().when().get(STAGES + "/{id}", STAGE_1)
                .then().statusCode(200)
                .body("id", equalTo(STAGE_1))
                .body("planId", equalTo("seoul:flood-2023"))
                .body("stageOrder", equalTo(3))
                .body("code", equalTo("STAGE_1"))
                .body("name", equalTo("1단계"))
                .body("alertLevel", equalTo("CAUTION"))
                .body("alertLevelLabel", equalTo("주의"))
                .body("alertLevelRank", equalTo(2))
                .body("trigger", equalTo("호우주의보"))
                .body("staffing.text", equalTo("7개 반  30명"))
                .body("staffing.teams", equalTo(7))
                .body("staffing.persons", equalTo(30))
                .body("plan.operatingFrom", equalTo("2023-05-15"))
                .body("provenance.datasetId", equalTo("seoul-report-2023-summer-disaster"))
                .body("criteria.category", contains("침수예보", "침수예보", "침수예보", "침수경보", "교통통제"))
                .body("criteria.measure", equalTo(Arrays.asList("1시간 강우량", "15분 강우량", "도로침수심", null, "침수심")))
                .body("criteria.thresholdValue", equalTo(Arrays.asList(55, 20, 15, null, 30)))
                .body("criteria.thresholdUnit", equalTo(Arrays.asList("mm", "mm", "cm", null, "cm")))
                .body("criteria.conditionText",
                        equalTo(Arrays.asList("중 1개 이상 해당시", "중 1개 이상 해당시", "중 1개 이상 해당시", null, "초과시")))
                .body("criteria[0].text", equalTo("(침수예보) 1시간 강우량 55mm, 15분 강우량 20mm, 도로침수심 15cm 중 1개 이상 해당시"))
                .body("criteria[4].text",
                        equalTo("(교통통제) 침수예보시 출동하여 통제인력·장비 현장 대기\n→ 시·구·경찰 협업하여 현장판단 통제(침수심 30cm 초과시)"))
                .body("measures.size()", equalTo(29))
                .body("measures[7].heading", equalTo("중점 추진사항"))
                .body("measures[7].text", equalTo("ㅇ 도심지 침수 예·경보제 마련 (전국 최초시행)"));
    }

    @Test
    void should_give_no_trigger_for_the_normal_stage() {
        given().when().get(STAGES + "/{id}", NORMAL)
                .then().statusCode(200)
                .body("name", equalTo("평시"))
                .body("alertLevelLabel", equalTo("관심"))
                .body("trigger", nullValue())
                .body("staffing.text", equalTo("1명"))
                .body("staffing.persons", equalTo(1));
    }

    @Test
    void should_filter_by_government() {
        given().queryParam("government", "seoul").when().get(STAGES)
                .then().statusCode(200).body("meta.total", equalTo(5));
        given().queryParam("government", "gwangju-seo").when().get(STAGES)
                .then().statusCode(200).body("meta.total", equalTo(0)).body("data.size()", equalTo(0));
    }

    @Test
    void should_give_an_empty_page_for_an_unknown_government() {
        given().queryParam("government", "busan").when().get(STAGES)
                .then().statusCode(200)
                .header("X-Total-Count", "0")
                .body("meta.total", equalTo(0))
                .body("data.size()", equalTo(0))
                .body("links.next", nullValue());
    }

    @Test
    void should_filter_by_hazard() {
        given().queryParam("hazard", "FLOOD").when().get(STAGES)
                .then().statusCode(200).body("data.id", contains(NORMAL, REINFORCED, STAGE_1, STAGE_2, STAGE_3));
        // The 폭염 plan prints no stages.
        given().queryParam("hazard", "HEATWAVE").when().get(STAGES)
                .then().statusCode(200).body("meta.total", equalTo(0));
    }

    @Test
    void should_filter_by_alert_level() {
        given().queryParam("alertLevel", "ATTENTION").when().get(STAGES)
                .then().statusCode(200).body("data.id", contains(NORMAL, REINFORCED));
        given().queryParam("alertLevel", "CAUTION").when().get(STAGES)
                .then().statusCode(200).body("data.id", contains(STAGE_1));
        given().queryParam("alertLevel", "ALERT").when().get(STAGES)
                .then().statusCode(200).body("data.id", contains(STAGE_2));
        given().queryParam("alertLevel", "SERIOUS").when().get(STAGES)
                .then().statusCode(200).body("data.id", contains(STAGE_3)).body("data[0].trigger", equalTo("대규모 재난"));
    }

    @Test
    void should_filter_by_plan() {
        given().queryParam("plan", "seoul:flood-2023").when().get(STAGES)
                .then().statusCode(200).body("meta.total", equalTo(5));
        given().queryParam("plan", "seoul:heatwave-2023").when().get(STAGES)
                .then().statusCode(200).body("meta.total", equalTo(0));
        given().queryParam("plan", "seoul:flood-2022").when().get(STAGES)
                .then().statusCode(200).body("meta.total", equalTo(0));
    }

    @Test
    void should_combine_filters() {
        given().queryParam("government", "seoul").queryParam("hazard", "FLOOD").queryParam("alertLevel", "ALERT")
                .queryParam("plan", "seoul:flood-2023")
                .when().get(STAGES)
                .then().statusCode(200).body("data.id", contains(STAGE_2))
                .body("data[0].staffing.persons", equalTo(42));
    }

    @Test
    void should_answer_400_for_a_malformed_alert_level_or_hazard() {
        given().queryParam("alertLevel", "RED").when().get(STAGES)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].parameter", equalTo("alertLevel"));
        given().queryParam("alertLevel", "주의").when().get(STAGES)
                .then().statusCode(400).body("errors[0].parameter", equalTo("alertLevel"));
        given().queryParam("hazard", "EARTHQUAKE").when().get(STAGES)
                .then().statusCode(400).body("errors[0].parameter", equalTo("hazard"));
        given().queryParam("plan", "seoul flood").when().get(STAGES)
                .then().statusCode(400).body("errors[0].parameter", equalTo("plan"));
    }

    @Test
    void should_sort_by_alert_level_in_crisis_order_not_alphabetically() {
        // Alphabetically ALERT < ATTENTION < CAUTION < SERIOUS; in crisis order 관심 < 주의 < 경계 < 심각.
        given().queryParam("sort", "alertLevel").when().get(STAGES)
                .then().statusCode(200)
                .body("data.alertLevel", contains("ATTENTION", "ATTENTION", "CAUTION", "ALERT", "SERIOUS"))
                .body("data.id", contains(NORMAL, REINFORCED, STAGE_1, STAGE_2, STAGE_3));
        // Descending; the two 관심 stages tie and the id breaks the tie, ascending.
        given().queryParam("sort", "-alertLevel").when().get(STAGES)
                .then().statusCode(200)
                .body("data.id", contains(STAGE_3, STAGE_2, STAGE_1, NORMAL, REINFORCED));
    }

    @Test
    void should_sort_by_staffing_persons_and_stage_order() {
        given().queryParam("sort", "-staffingPersons").when().get(STAGES)
                .then().statusCode(200)
                .body("data.staffing.persons", contains(45, 42, 30, 3, 1));
        given().queryParam("sort", "staffingPersons").when().get(STAGES)
                .then().statusCode(200)
                .body("data.staffing.persons", contains(1, 3, 30, 42, 45));
        given().queryParam("sort", "-stageOrder").when().get(STAGES)
                .then().statusCode(200)
                .body("data.id", contains(STAGE_3, STAGE_2, STAGE_1, REINFORCED, NORMAL));
        given().queryParam("sort", "alertLevel,-staffingPersons").when().get(STAGES)
                .then().statusCode(200)
                .body("data.id", contains(REINFORCED, NORMAL, STAGE_1, STAGE_2, STAGE_3));
    }

    @Test
    void should_answer_400_naming_an_unknown_sort_field() {
        given().queryParam("sort", "name").when().get(STAGES)
                .then().statusCode(400).body("errors[0].parameter", equalTo("sort"));
    }

    @Test
    void should_page_with_links() {
        given().queryParam("size", 2).queryParam("page", 3).when().get(STAGES)
                .then().statusCode(200)
                .body("data.id", contains(STAGE_3))
                .body("meta.page", equalTo(3))
                .body("meta.size", equalTo(2))
                .body("meta.total", equalTo(5))
                .body("links.prev", equalTo(STAGES + "?page=2&size=2"))
                .body("links.next", nullValue())
                .body("links.last", equalTo(STAGES + "?page=3&size=2"))
                .header("Link", startsWith("<" + STAGES + "?page=3&size=2>; rel=\"self\""));
        given().queryParam("size", 2).queryParam("alertLevel", "ATTENTION").when().get(STAGES)
                .then().statusCode(200)
                .body("links.self", equalTo(STAGES + "?alertLevel=ATTENTION&page=1&size=2"))
                .body("links.next", nullValue());
        given().queryParam("size", 1000).when().get(STAGES)
                .then().statusCode(200).body("meta.size", equalTo(1000)).body("data.size()", equalTo(5));
    }

    @Test
    void should_answer_400_for_a_page_past_the_end_and_an_oversized_page() {
        given().queryParam("page", 4).queryParam("size", 2).when().get(STAGES)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.parameter", hasItem("page"));
        given().queryParam("page", 2).when().get(STAGES)
                .then().statusCode(400).body("errors.parameter", hasItem("page"));
        given().queryParam("size", 1001).when().get(STAGES)
                .then().statusCode(400).body("errors.parameter", hasItem("size"));
        given().queryParam("page", 0).when().get(STAGES)
                .then().statusCode(400).body("errors.parameter", hasItem("page"));
    }

    @Test
    void should_answer_the_first_page_of_an_empty_result() {
        given().queryParam("government", "busan").queryParam("page", 1).when().get(STAGES)
                .then().statusCode(200).body("meta.total", equalTo(0));
    }

    @Test
    void should_send_every_stage_as_csv_with_the_nested_plan_as_columns() {
        byte[] body = given().queryParam("format", "csv").when().get(STAGES)
                .then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", "attachment; filename=\"disaster-response-stages.csv\"")
                .header("X-Total-Count", "5")
                .extract().asByteArray();
        assertEquals((byte) 0xEF, body[0]);
        String[] lines = new String(body, 3, body.length - 3, StandardCharsets.UTF_8).split("\r\n");
        assertEquals(6, lines.length);
        assertEquals("id,planId,stageOrder,code,name,alertLevel,alertLevelLabel,alertLevelRank,trigger,"
                + "staffing.text,staffing.role,staffing.teams,staffing.persons,"
                + "plan.id,plan.governmentId,plan.hazard,plan.hazardLabel,plan.title,plan.operatingFrom,"
                + "plan.operatingTo,plan.operatingText,plan.standbyBefore.from,plan.standbyBefore.to,"
                + "plan.standbyAfter.from,plan.standbyAfter.to,"
                + "provenance.datasetId,provenance.sourceDocument,provenance.sourceSection,provenance.asOf", lines[0]);
        assertEquals("seoul:flood-2023:normal,seoul:flood-2023,1,NORMAL,평시,ATTENTION,관심,1,,1명,,,1,"
                + "seoul:flood-2023,seoul,FLOOD,풍수해,여름철 풍수해 수방대책,2023-05-15,2023-10-15,"
                + "'23. 5. 15. ~ 10. 15.(예비 4.15~5.14 / 10.16~11.15),2023-04-15,2023-05-14,2023-10-16,2023-11-15,"
                + "seoul-report-2023-summer-disaster,004_1750e1bd989d78d3.txt,"
                + "Ⅱ. 주 요 업 무 > 4  여름철 폭염피해 예방 및 풍수해 수방대책,", lines[1]);
        assertEquals(true, lines[3].startsWith("seoul:flood-2023:stage-1,seoul:flood-2023,3,STAGE_1,1단계,CAUTION,주의,2,"
                + "호우주의보,7개 반  30명,,7,30,"));
    }

    @Test
    void should_send_csv_for_an_accept_header_with_filters_in_the_file_name() {
        byte[] body = given().accept("text/csv").queryParam("alertLevel", "ATTENTION").when().get(STAGES)
                .then().statusCode(200)
                .header("Content-Disposition",
                        "attachment; filename=\"disaster-response-stages_ATTENTION.csv\"")
                .extract().asByteArray();
        assertEquals(3, new String(body, StandardCharsets.UTF_8).split("\r\n").length);
    }

    @Test
    void should_return_304_when_etag_matches() {
        String etag = given().when().get(STAGES + "/{id}", STAGE_2)
                .then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).when().get(STAGES + "/{id}", STAGE_2)
                .then().statusCode(304);
    }

    @Test
    void should_answer_404_problem_for_an_unknown_id() {
        given().when().get(STAGES + "/{id}", "seoul:flood-2023:stage-4")
                .then().statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404));
    }

    @Test
    void should_refuse_csv_for_a_single_stage() {
        given().queryParam("format", "csv").when().get(STAGES + "/{id}", STAGE_1)
                .then().statusCode(400).body("errors[0].parameter", equalTo("format"));
    }
}
