package kr.civicdata.api.web.representation;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import io.quarkus.test.junit.QuarkusTest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The CSV of a collection is the JSON of the same rows, cell by cell: parsed back with an RFC 4180 parser, every
 * cell equals the JSON value (text with commas, quotes ‘ ’ " and line breaks included), for every collection.
 */
@QuarkusTest
class CsvRoundTripTest {

    /** Decimals exactly as sent: 873.20 stays 873.20 (Jackson's tree would strip the zero by default). */
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    @ParameterizedTest
    @ValueSource(strings = {
            "/api/v1/governments",
            "/api/v1/pledges",
            "/api/v1/pledges?budgetType=NON_BUDGET",
            "/api/v1/investments",
            "/api/v1/investments?status=NONE",
            "/api/v1/achievements?q=서울가든",
            "/api/v1/achievements?kind=AWARD",
            "/api/v1/achievements?dataset=incheon-seo-proactive-2023h1",
            "/api/v1/datasets",
            "/api/v1/figures",
            "/api/v1/execution-results",
            "/api/v1/disaster-response-stages",
            "/api/v1/disaster-response-plans",
            "/api/v1/consistency",
            "/api/v1/investments/summary?groupBy=area"})
    void csv_cells_equal_the_json_values(String url) throws IOException {
        String separator = url.contains("?") ? "&" : "?";
        JsonNode rows = JSON.readTree(given().get(url + separator + "size=1000").then().statusCode(200).extract()
                .asByteArray()).get("data");
        byte[] csv = given().get(url + separator + "format=csv").then().statusCode(200).extract().asByteArray();
        assertTrue(csv.length > 3 && csv[0] == (byte) 0xEF && csv[1] == (byte) 0xBB && csv[2] == (byte) 0xBF,
                "UTF-8 byte-order mark");
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8))).getRecords();
        assertEquals(rows.size(), records.size(), "rows of " + url);
        assertTrue(rows.size() > 0, "the test needs rows: " + url);
        for (int i = 0; i < records.size(); i++) {
            CSVRecord record = records.get(i);
            for (String column : record.getParser().getHeaderNames()) {
                JsonNode value = rows.get(i);
                for (String part : column.split("\\.")) {
                    value = value == null ? null : value.get(part);
                }
                assertEquals(text(value), record.get(column), url + " row " + i + " column " + column);
            }
            List<String> header = record.getParser().getHeaderNames();
            for (String leaf : leaves(rows.get(i), "")) {
                assertTrue(header.contains(leaf) || header.stream().anyMatch(name -> name.startsWith(leaf + ".")),
                        "the JSON field " + leaf + " has its CSV column: " + url);
            }
        }
    }

    private static String text(JsonNode value) {
        if (value == null || value.isNull()) {
            return "";
        }
        if (value.isBigDecimal() || value.isFloatingPointNumber()) {
            return value.decimalValue().toPlainString();
        }
        return value.asText();
    }

    /** Paths of the JSON fields a CSV carries: every value but lists, nested objects by their fields. */
    private static List<String> leaves(JsonNode node, String prefix) {
        List<String> paths = new java.util.ArrayList<>();
        for (var fields = node.fields(); fields.hasNext();) {
            var field = fields.next();
            if (field.getValue().isObject()) {
                paths.addAll(leaves(field.getValue(), prefix + field.getKey() + "."));
            } else if (!field.getValue().isArray()) {
                paths.add(prefix + field.getKey());
            }
        }
        return paths;
    }

}
