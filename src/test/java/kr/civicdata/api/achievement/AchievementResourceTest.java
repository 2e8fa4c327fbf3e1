package kr.civicdata.api.achievement;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

import kr.civicdata.api.catalog.BundledCsv;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class AchievementResourceTest {

    private static final String PATH = "/api/v1/achievements";
    private static final String CASES_2023H1 = "incheon-seo-proactive-2023h1";
    private static final String REPORT_2023 = "seoul-report-2023-achievements";

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    /**
     * The bundled rows (of one dataset, or all) whose date range overlaps [from, to], computed from the CSV: a row
     * without date_from is undated and never matches; a row without date_to runs on from date_from.
     */
    private static List<Map<String, String>> rowsOverlapping(String dataset, LocalDate from, LocalDate to) {
        return BundledCsv.rows("achievements.csv").stream()
                .filter(row -> dataset == null || dataset.equals(row.get("dataset_id")))
                .filter(row -> row.get("date_from") != null)
                .filter(row -> !LocalDate.parse(row.get("date_from")).isAfter(to))
                .filter(row -> row.get("date_to") == null || !LocalDate.parse(row.get("date_to")).isBefore(from))
                .toList();
    }

    private static Object[] ids(List<Map<String, String>> rows) {
        return rows.stream().map(row -> row.get("id")).toArray();
    }

    @Test
    void should_list_the_five_proactive_administration_cases_of_incheon_seo_with_their_titles() {
        given().queryParam("dataset", CASES_2023H1).queryParam("kind", "BEST_PRACTICE").when().get(PATH)
                .then().statusCode(200)
                .body("meta.total", equalTo(5))
                .body("data.id", contains("incheon-seo:case-1", "incheon-seo:case-2", "incheon-seo:case-3",
                        "incheon-seo:case-4", "incheon-seo:case-5"))
                .body("data.title", contains(
                        "환경부 생태보전부담금 반환사업 유치 추진",
                        "가좌3구역 주민공동이용시설 민·관 공동 운영준비위원회 운영",
                        "주민이 주도하는 '스마트 순환경제 커뮤니티' 구축",
                        "지방세 체납자 징수활동 영상 콘텐츠 제작",
                        "건강UP, 환경UP, 지역경제UP 모바일걷기 플랫폼과 지역화폐 연계한 3UP"))
                .body("data.kindLabel", everyItem(equalTo("적극행정 우수사례")))
                .body("data.printedLabel", everyItem(equalTo("적극행정 우수사례")))
                .body("data.governmentId", everyItem(equalTo("incheon-seo")))
                .body("data.provenance.sourceDocument", everyItem(equalTo("002_96416393681b9b60.txt")))
                .body("data[0].sections.heading", contains("현황 및 필요성", "결과 및 효과"))
                .body("data[4].sections.heading", contains("현황 및 필요성", "추진사항", "추진효과"))
                .body("data[4].sections[1].text", containsString("줍깅교실 운영(8회 215명 참여)"));
    }

    @Test
    void should_give_a_month_range_milestone_its_first_and_last_day_and_the_printed_text() {
        given().when().get(PATH + "/incheon-seo:case-3:m-2")
                .then().statusCode(200)
                .body("title", equalTo("공유용기 식기세척센터 구축 및 운영"))
                .body("kind", equalTo("MILESTONE"))
                .body("kindLabel", equalTo("추진사항"))
                .body("printedLabel", equalTo("추진사항"))
                .body("parentId", equalTo("incheon-seo:case-3"))
                .body("dateFrom", equalTo("2021-07-01"))
                .body("dateTo", equalTo("2022-02-28"))
                .body("datePrecision", equalTo("MONTH"))
                .body("dateText", equalTo("2021.7.~2022.2"))
                .body("sections", empty())
                .body("children", empty())
                .body("provenance.datasetId", equalTo(CASES_2023H1));
    }

    /** The fixed Korean label of every kind, as the API guide wants it: one label per code. */
    private static final Map<String, String> KIND_LABELS = Map.ofEntries(
            Map.entry("BEST_PRACTICE", "적극행정 우수사례"), Map.entry("MILESTONE", "추진사항"),
            Map.entry("AWARD", "수상"), Map.entry("EVENT", "행사"), Map.entry("POLICY_RESULT", "정책성과"),
            Map.entry("PLAN", "계획"), Map.entry("STRATEGY_PROJECT", "권역별 발전전략"), Map.entry("PROGRAM", "사업"),
            Map.entry("FIELD_VISIT", "현장방문"), Map.entry("MEETING", "회의"), Map.entry("AGREEMENT", "협약"),
            Map.entry("PRESS_BRIEFING", "기자설명회"), Map.entry("PRESS_CONFERENCE", "기자간담회"),
            Map.entry("POLICY_ANNOUNCEMENT", "대책 발표"));

    @Test
    void should_label_every_kind_with_one_fixed_label() {
        assertEquals(KIND_LABELS.keySet(),
                Arrays.stream(AchievementKind.values()).map(Enum::name).collect(Collectors.toSet()));
        for (AchievementKind kind : AchievementKind.values()) {
            assertEquals(KIND_LABELS.get(kind.name()), kind.label(), kind.name());
        }
    }

    @Test
    void should_send_the_fixed_label_of_its_kind_and_the_printed_word_of_every_row() {
        Map<String, String> printed = BundledCsv.rows("achievements.csv").stream()
                .collect(Collectors.toMap(row -> row.get("id"), row -> row.get("kind_label")));
        assertEquals(110, printed.size());
        List<Map<String, Object>> rows = given().queryParam("size", 1000).when().get(PATH)
                .then().statusCode(200)
                .body("meta.total", equalTo(110))
                .extract().jsonPath().getList("data");
        assertEquals(110, rows.size());
        Map<Object, Set<Object>> labelsByKind = new HashMap<>();
        for (Map<String, Object> row : rows) {
            assertEquals(KIND_LABELS.get(row.get("kind")), row.get("kindLabel"), String.valueOf(row.get("id")));
            assertEquals(printed.get(row.get("id")), row.get("printedLabel"), String.valueOf(row.get("id")));
            labelsByKind.computeIfAbsent(row.get("kind"), kind -> new HashSet<>()).add(row.get("kindLabel"));
        }
        labelsByKind.forEach((kind, labels) -> assertEquals(1, labels.size(), kind + ": " + labels));
        // the printed words differ within a kind; the label does not
        assertTrue(rows.stream().filter(row -> row.get("kind").equals("MEETING")).map(row -> row.get("printedLabel"))
                .collect(Collectors.toSet()).containsAll(Set.of("간담회", "현안회의")));
    }

    @Test
    void should_keep_the_printed_word_beside_the_label_of_the_kind_in_an_item_and_its_children() {
        given().when().get(PATH + "/seoul:report-2023:s1-2")
                .then().statusCode(200)
                .body("kind", equalTo("MEETING"))
                .body("kindLabel", equalTo("회의"))
                .body("printedLabel", equalTo("현안회의"))
                .body("title", equalTo("민방위 경보 관련 현안회의 및 기자회견"));
        given().when().get(PATH + "/seoul:report-2023:s2-6")
                .then().statusCode(200)
                .body("kind", equalTo("PRESS_BRIEFING"))
                .body("kindLabel", equalTo("기자설명회"))
                .body("printedLabel", equalTo("정책발표"))
                .body("children.id", contains("seoul:report-2023:s2-6:event"))
                .body("children[0].kindLabel", equalTo("기자설명회"))
                .body("children[0].printedLabel", equalTo("정책발표"));
        given().queryParam("kind", "EVENT").when().get(PATH)
                .then().statusCode(200)
                .body("data.kindLabel", everyItem(equalTo("행사")))
                .body("data.printedLabel", containsInAnyOrder("업무보고", "개막식", "개소식", "개소"));
    }

    @Test
    void should_return_a_case_with_its_printed_parts_and_its_milestones_in_order() {
        given().when().get(PATH + "/incheon-seo:case-3")
                .then().statusCode(200)
                .body("parentId", nullValue())
                .body("dateFrom", nullValue())
                .body("sections.heading", contains("현황 및 필요성", "추진사항"))
                .body("sections[1].text", startsWith("- 2020.12. : 환경부 '스마트그린도시 공모 사업' 선정\n"))
                .body("children.id", contains("incheon-seo:case-3:m-1", "incheon-seo:case-3:m-2",
                        "incheon-seo:case-3:m-3", "incheon-seo:case-3:m-4", "incheon-seo:case-3:m-5",
                        "incheon-seo:case-3:m-6", "incheon-seo:case-3:m-7"))
                .body("children[2].dateFrom", equalTo("2022-03-01"))
                .body("children[2].dateTo", nullValue())
                .body("children[2].dateText", equalTo("2022.3 ~"));
    }

    @Test
    void should_return_exactly_the_2023_report_items_whose_dates_overlap_may_2023() {
        LocalDate from = LocalDate.of(2023, 5, 1);
        LocalDate to = LocalDate.of(2023, 5, 31);
        List<Map<String, String>> expected = rowsOverlapping(REPORT_2023, from, to);
        assertFalse(expected.isEmpty());
        given().queryParam("dataset", REPORT_2023).queryParam("from", "2023-05-01").queryParam("to", "2023-05-31")
                .queryParam("size", 1000).when().get(PATH)
                .then().statusCode(200)
                .body("meta.total", equalTo(expected.size()))
                .body("data.id", containsInAnyOrder(ids(expected)))
                // a day in May, a range ending in May, a range starting in May
                .body("data.id", hasItems("seoul:report-2023:s1-1", "seoul:report-2023:s4-1",
                        "seoul:report-2023:s5-10"))
                .body("data.id", not(hasItem("seoul:report-2023:s1-3"))) // 2023-04-30
                .body("data.dateFrom", contains(expected.stream().map(row -> row.get("date_from")).sorted().toArray()));
    }

    @Test
    void should_match_open_ended_ranges_and_never_undated_items_in_a_date_filter() {
        LocalDate from = LocalDate.of(2023, 5, 1);
        LocalDate to = LocalDate.of(2023, 5, 31);
        List<Map<String, String>> expected = rowsOverlapping(null, from, to);
        given().queryParam("from", "2023-05-01").queryParam("to", "2023-05-31").queryParam("size", 1000)
                .when().get(PATH)
                .then().statusCode(200)
                .body("data.id", containsInAnyOrder(ids(expected)))
                // printed 2022.3 ~ : still running in May 2023
                .body("data.id", hasItem("incheon-seo:case-3:m-3"))
                .body("data.dateFrom", everyItem(not(nullValue())));
        given().queryParam("from", "2023-06-10").queryParam("dataset", CASES_2023H1).when().get(PATH)
                .then().statusCode(200)
                .body("data.id", contains("incheon-seo:case-3:m-3", "incheon-seo:case-3:m-6",
                        "incheon-seo:case-3:m-4", "incheon-seo:case-3:m-5", "incheon-seo:case-3:m-7"));
    }

    @Test
    void should_carry_the_2018_report_of_seodaemun_once_with_each_award_once() {
        given().queryParam("dataset", "seoul-seodaemun-report-2018").queryParam("kind", "AWARD").when().get(PATH)
                .then().statusCode(200)
                .body("meta.total", equalTo(5))
                .body("data.title", contains("서울시⋅구공동협력사업 전 분야(9개)", "지방공공부문 일자리 우수사례 대통령상",
                        "대한민국 서비스 만족대상", "2017년 지역복지사업 평가 최우수(5년연속)", "메니페스토 평가 최우수 등급"))
                .body("data.dateText", everyItem(equalTo("지난해")))
                .body("data.dateFrom", everyItem(equalTo("2017-01-01")))
                .body("data.datePrecision", everyItem(equalTo("YEAR")));
        given().queryParam("government", "seoul-seodaemun").queryParam("kind", "EVENT").when().get(PATH)
                .then().statusCode(200)
                .body("data.id", contains("seoul-seodaemun:report-2018"))
                .body("data[0].body", startsWith("서대문구는 지난 17일 북가좌2동을 시작으로"))
                .body("data[0].body", not(containsString("조충길")));
        given().queryParam("q", "대통령상").when().get(PATH)
                .then().statusCode(200)
                // the award is dated 지난해 (2017), the report 2018
                .body("data.id", contains("seoul-seodaemun:award-2017-2", "seoul-seodaemun:report-2018"));
    }

    @Test
    void should_filter_by_kind_and_parent() {
        long milestones = BundledCsv.rows("achievements.csv").stream()
                .filter(row -> row.get("kind").equals("MILESTONE")).count();
        given().queryParam("kind", "milestone").when().get(PATH)
                .then().statusCode(200)
                .body("meta.total", equalTo((int) milestones))
                .body("data.kind", everyItem(equalTo("MILESTONE")));
        given().queryParam("parent", "incheon-seo:case-4").when().get(PATH)
                .then().statusCode(200)
                .body("data.id", contains("incheon-seo:case-4:m-1", "incheon-seo:case-4:m-2",
                        "incheon-seo:case-4:award-1"))
                .body("data.kind", contains("MILESTONE", "MILESTONE", "AWARD"));
        given().queryParam("kind", "HOLIDAY").when().get(PATH)
                .then().statusCode(400).body("errors[0].parameter", equalTo("kind"))
                .body("errors[0].message", containsString("BEST_PRACTICE"));
    }

    @Test
    void should_search_title_and_body_case_insensitively() {
        given().queryParam("q", "ddp").when().get(PATH)
                .then().statusCode(200).body("data.id", contains("seoul:report-2023:s1-4"));
        given().queryParam("q", "3up").when().get(PATH)
                .then().statusCode(200).body("data.id", contains("incheon-seo:case-5"));
        given().queryParam("q", "100%").when().get(PATH)
                .then().statusCode(200).body("meta.total", equalTo(0));
    }

    @Test
    void should_sort_by_date_undated_last_in_both_directions_and_by_title() {
        given().queryParam("dataset", REPORT_2023).queryParam("sort", "-date").queryParam("size", 1000)
                .when().get(PATH)
                .then().statusCode(200)
                .body("data[0].id", equalTo("seoul:report-2023:s3-plan-3"))
                .body("data[-1].dateFrom", nullValue())
                .body("data[-1].id", equalTo("seoul:report-2023:s1-plan-1"));
        given().queryParam("dataset", REPORT_2023).queryParam("size", 2).when().get(PATH)
                .then().statusCode(200)
                .body("data.id", contains("seoul:report-2023:s5-8", "seoul:report-2023:s5-7"));
        given().queryParam("parent", "incheon-seo:case-3").queryParam("sort", "-title").queryParam("size", 2)
                .when().get(PATH)
                .then().statusCode(200)
                .body("data.title", contains("환경부 '스마트그린도시 공모 사업' 선정",
                        "환경교육 시설 '서구 환경배움터'준공 및 개소(서구최초)"));
        given().queryParam("sort", "ord").when().get(PATH)
                .then().statusCode(400).body("errors[0].parameter", equalTo("sort"));
    }

    @Test
    void should_give_an_empty_page_for_an_unknown_government() {
        given().queryParam("government", "busan").when().get(PATH)
                .then().statusCode(200)
                .header("X-Total-Count", "0")
                .body("meta.total", equalTo(0))
                .body("data", empty());
    }

    @Test
    void should_answer_400_for_a_malformed_date() {
        given().queryParam("from", "2023-5-1").when().get(PATH)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.parameter", contains("from"));
        given().queryParam("to", "2023-02-30").when().get(PATH)
                .then().statusCode(400).body("errors.parameter", contains("to"));
    }

    @Test
    void should_answer_400_naming_both_when_from_is_after_to() {
        given().queryParam("from", "2023-06-01").queryParam("to", "2023-05-01").when().get(PATH)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.parameter", contains("from", "to"))
                .body("errors[0].message", containsString("2023-06-01 is after 2023-05-01"));
    }

    @Test
    void should_answer_400_for_a_page_past_the_end_and_an_oversized_page() {
        given().queryParam("page", 4).queryParam("size", 50).when().get(PATH)
                .then().statusCode(400).body("errors.parameter", contains("page"));
        given().queryParam("size", 1001).when().get(PATH)
                .then().statusCode(400).body("errors.parameter", contains("size"));
    }

    @Test
    void should_answer_404_problem_for_an_unknown_id() {
        given().when().get(PATH + "/incheon-seo:case-6")
                .then().statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("detail", containsString("incheon-seo:case-6"));
    }

    @Test
    void should_send_every_row_as_csv_with_a_header_and_without_sections() {
        int expectedRows = BundledCsv.rows("achievements.csv").size();
        byte[] body = given().queryParam("format", "csv").when().get(PATH)
                .then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString("achievements"))
                .header("X-Total-Count", String.valueOf(expectedRows))
                .extract().asByteArray();
        assertEquals((byte) 0xEF, body[0]);
        List<List<String>> records = BundledCsv.parse(new String(body, 3, body.length - 3, StandardCharsets.UTF_8));
        assertEquals(List.of("id", "governmentId", "datasetId", "parentId", "kind", "kindLabel", "printedLabel",
                "title", "body", "dateFrom", "dateTo", "datePrecision", "dateFromPrecision", "dateToPrecision",
                "dateText",
                "section", "ord",
                "provenance.datasetId", "provenance.sourceDocument", "provenance.sourceSection", "provenance.asOf"),
                records.get(0));
        assertEquals(expectedRows, records.size() - 1);
        assertTrue(records.stream().allMatch(record -> record.size() == 21));
    }

    @Test
    void should_answer_304_when_the_etag_matches() {
        String etag = given().queryParam("kind", "AWARD").when().get(PATH)
                .then().statusCode(200).extract().header("ETag");
        given().queryParam("kind", "AWARD").header("If-None-Match", etag).when().get(PATH)
                .then().statusCode(304);
    }
}
