package kr.civicdata.api.catalog;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class DatasetResourceTest {

    @jakarta.inject.Inject
    io.agroal.api.AgroalDataSource dataSource;

    private static final String PATH = "/api/v1/datasets";

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    /** Rows per dataset counted from the bundled files; child rows count for their parent's dataset. */
    private static Map<String, Long> expectedRowCounts() {
        Map<String, String> pledgeDataset = datasetOf("pledges.csv");
        Map<String, String> planDataset = datasetOf("response_plans.csv");
        Map<String, String> achievementDataset = datasetOf("achievements.csv");
        Map<String, Long> counts = new HashMap<>();
        for (String file : List.of("pledges.csv", "published_totals.csv", "response_plans.csv",
                "execution_lines.csv", "achievements.csv", "figures.csv")) {
            BundledCsv.rows(file).forEach(row -> counts.merge(row.get("dataset_id"), 1L, Long::sum));
        }
        BundledCsv.rows("investments.csv")
                .forEach(row -> counts.merge(pledgeDataset.get(row.get("pledge_id")), 1L, Long::sum));
        for (String file : List.of("response_stages.csv", "response_criteria.csv", "response_measures.csv")) {
            BundledCsv.rows(file).forEach(row -> counts.merge(planDataset.get(row.get("plan_id")), 1L, Long::sum));
        }
        BundledCsv.rows("achievement_sections.csv")
                .forEach(row -> counts.merge(achievementDataset.get(row.get("achievement_id")), 1L, Long::sum));
        return counts;
    }

    private static Map<String, String> datasetOf(String file) {
        return BundledCsv.rows(file).stream().collect(Collectors.toMap(row -> row.get("id"),
                row -> row.get("dataset_id")));
    }

    @Test
    void should_list_the_ten_datasets_with_their_source_documents_in_document_order() {
        given().when().get(PATH)
                .then().statusCode(200)
                .header("X-Total-Count", "10")
                .body("meta.total", equalTo(10))
                .body("data.id", contains("gwangju-seo-pledge-plan", "incheon-seo-proactive-2023h1",
                        "seoul-seodaemun-report-2018", "seoul-report-2023-achievements",
                        "seoul-report-2023-execution", "seoul-report-2023-settlement",
                        "seoul-report-2023-settlement-audit", "seoul-report-2023-settlement-statements",
                        "seoul-report-2023-staffing", "seoul-report-2023-summer-disaster"))
                .body("data.sourceDocument", contains("001_7fc74de1de420957.txt", "002_96416393681b9b60.txt",
                        "003_95f37818b2a2e6d1.txt", "004_1750e1bd989d78d3.txt", "004_1750e1bd989d78d3.txt",
                        "004_1750e1bd989d78d3.txt", "004_1750e1bd989d78d3.txt", "004_1750e1bd989d78d3.txt",
                        "004_1750e1bd989d78d3.txt", "004_1750e1bd989d78d3.txt"))
                .body("data.rowCount", everyItem(greaterThan(0)))
                .body("data.licenceNote", everyItem(nullValue()))
                .body("data.loadedAt", everyItem(notNullValue()))
                .body("data[0].unit", equalTo("MILLION_KRW"))
                .body("data[0].unitLabel", equalTo("백만원"))
                .body("data[0].periodText", equalTo("민선8기"));
    }

    @Test
    void should_count_the_rows_of_each_dataset_across_all_tables() {
        Map<String, Long> expected = expectedRowCounts();
        assertEquals(62L + 248L + 5L, expected.get("gwangju-seo-pledge-plan"));
        JsonPath json = given().when().get(PATH).then().statusCode(200).extract().jsonPath();
        Map<String, Long> actual = json.getList("data", Map.class).stream().collect(Collectors.toMap(
                row -> (String) row.get("id"), row -> ((Number) row.get("rowCount")).longValue()));
        assertEquals(expected, actual);
        given().when().get(PATH + "/gwangju-seo-pledge-plan")
                .then().statusCode(200).body("rowCount", equalTo(62 + 248 + 5));
    }

    @Test
    void should_return_a_dataset_with_its_field_dictionary() {
        given().when().get(PATH + "/gwangju-seo-pledge-plan")
                .then().statusCode(200)
                .body("title", equalTo("연차별 투자계획"))
                .body("sourceSection", equalTo("매니페스토(공약) > 공약투자계획 > 연차별 투자계획"))
                .body("publisher", equalTo("광주광역시 서구"))
                .body("asOf", nullValue())
                .body("licenceNote", nullValue())
                .body("fields.resource", hasItems("pledges", "investments"))
                .body("fields.find { it.resource == 'investments' && it.field == 'amountKrw' }.unit",
                        equalTo("KRW"))
                .body("fields.find { it.resource == 'investments' && it.field == 'amount' }.type",
                        equalTo("decimal"));
        given().when().get(PATH + "/seoul-report-2023-execution")
                .then().statusCode(200)
                .body("asOf", equalTo("2023-06-12"))
                .body("asOfText", equalTo("′23.6.12."))
                .body("unit", equalTo("THOUSAND_KRW"))
                .body("fields.resource", everyItem(equalTo("execution-results")));
    }

    @Test
    void should_give_every_dataset_a_field_dictionary_naming_its_resources() {
        Map<String, List<String>> resources = Map.of(
                "gwangju-seo-pledge-plan", List.of("pledges", "investments"),
                "incheon-seo-proactive-2023h1", List.of("achievements"),
                "seoul-seodaemun-report-2018", List.of("achievements", "figures"),
                "seoul-report-2023-staffing", List.of("figures"),
                "seoul-report-2023-execution", List.of("execution-results"),
                "seoul-report-2023-settlement", List.of("execution-results"),
                "seoul-report-2023-settlement-audit", List.of("execution-results"),
                "seoul-report-2023-settlement-statements", List.of("execution-results"),
                "seoul-report-2023-summer-disaster",
                List.of("disaster-response-stages", "disaster-response-plans", "figures"),
                "seoul-report-2023-achievements", List.of("achievements", "figures"));
        resources.forEach((id, expected) -> given().when().get(PATH + "/" + id)
                .then().statusCode(200)
                .body("fields", not(empty()))
                .body("fields.resource.unique()", equalTo(expected))
                .body("fields.description", everyItem(not(equalTo("")))));
    }

    @Test
    void should_number_each_dictionary_from_one_without_gaps_or_repeats() {
        // The dictionary is served in ord order: a repeated ord leaves two fields' order to chance.
        Map<String, List<Integer>> ords = new java.util.HashMap<>();
        try (var connection = dataSource.getConnection();
                var rows = connection.createStatement().executeQuery("SELECT dataset_id, ord FROM dataset_field")) {
            while (rows.next()) {
                ords.computeIfAbsent(rows.getString(1), d -> new java.util.ArrayList<>()).add(rows.getInt(2));
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        assertEquals(10, ords.size());
        ords.forEach((dataset, numbers) -> assertEquals(
                IntStream.rangeClosed(1, numbers.size()).boxed().toList(),
                numbers.stream().sorted().toList(), dataset));
    }

    @Test
    void should_document_every_field_the_achievements_resource_sends() {
        JsonPath dataset = given().when().get(PATH + "/incheon-seo-proactive-2023h1")
                .then().statusCode(200).extract().jsonPath();
        List<String> documented = dataset.getList("fields.field", String.class);
        Map<String, Object> achievement = given().queryParam("dataset", "incheon-seo-proactive-2023h1")
                .queryParam("kind", "BEST_PRACTICE").queryParam("size", 1).when().get("/api/v1/achievements")
                .then().statusCode(200).extract().jsonPath().getMap("data[0]");
        List<String> sent = flatten("", achievement);
        assertEquals(sent.stream().sorted().toList(), documented.stream().sorted().toList());
    }

    /** Field names as the dictionary writes them: outer.inner for an object, list[].inner for a list's items. */
    @SuppressWarnings("unchecked")
    private static List<String> flatten(String prefix, Map<String, Object> object) {
        return object.entrySet().stream().flatMap(entry -> {
            String name = prefix + entry.getKey();
            if (entry.getValue() instanceof Map<?, ?> nested) {
                return flatten(name + ".", (Map<String, Object>) nested).stream();
            }
            if (entry.getValue() instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Map<?, ?>) {
                return Stream.concat(Stream.of(name),
                        flatten(name + "[].", (Map<String, Object>) list.get(0)).stream());
            }
            return Stream.of(name);
        }).toList();
    }

    @Test
    void should_filter_by_government_and_give_an_empty_page_for_an_unknown_one() {
        given().queryParam("government", "seoul").when().get(PATH)
                .then().statusCode(200).body("meta.total", equalTo(7))
                .body("data.governmentId", everyItem(equalTo("seoul")));
        given().queryParam("government", "busan").when().get(PATH)
                .then().statusCode(200).body("meta.total", equalTo(0)).body("data", empty());
        given().queryParam("q", "현황").queryParam("sort", "-title").when().get(PATH)
                .then().statusCode(200)
                .body("data.title", contains("인력 현황", "예산 집행현황", "2022회계연도 세입·세출 결산현황",
                        "2022회계연도 세입·세출 결산현황"))
                .body("data.id[2..3]",
                        contains("seoul-report-2023-settlement", "seoul-report-2023-settlement-statements"));
    }

    @Test
    void should_answer_404_for_an_unknown_dataset_and_400_for_a_page_past_the_end() {
        given().when().get(PATH + "/busan-budget")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("busan-budget"));
        given().queryParam("page", 2).when().get(PATH)
                .then().statusCode(400).body("errors.parameter", contains("page"));
        given().queryParam("size", 1001).when().get(PATH)
                .then().statusCode(400).body("errors.parameter", contains("size"));
    }

    @Test
    void should_send_the_catalog_as_csv() {
        byte[] body = given().queryParam("format", "csv").when().get(PATH)
                .then().statusCode(200).contentType(startsWith("text/csv"))
                .extract().asByteArray();
        List<List<String>> records = BundledCsv.parse(new String(body, 3, body.length - 3, StandardCharsets.UTF_8));
        assertEquals(List.of("id", "governmentId", "title", "sourceDocument", "sourceSection", "publisher", "asOf",
                "asOfText", "periodText", "unit", "unitLabel", "licenceNote", "description", "rowCount",
                "loadedAt"), records.get(0));
        assertEquals(11, records.size());
        Map<String, List<String>> byId = records.stream().skip(1)
                .collect(Collectors.toMap(record -> record.get(0), Function.identity()));
        assertEquals("315", byId.get("gwangju-seo-pledge-plan").get(13));
        assertTrue(byId.values().stream().allMatch(record -> record.get(11).isEmpty()));
    }
}
