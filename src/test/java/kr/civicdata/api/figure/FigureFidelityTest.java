package kr.civicdata.api.figure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.config.JsonPathConfig.NumberReturnType;

import kr.civicdata.api.catalog.SourceDocuments;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The overviews (사업개요, 추진개요) of the 2023 work report, document 004 (a copy of the seed in the test resources),
 * read on their own without the bundled CSV: every number printed with a unit in their bullets is a figure of the
 * section, in printed order, with its value, its text as printed, its unit and a label whose words are printed on
 * the same line. The 12세 of 004 L292 and the three figures of L505 (만 19~39세, 3년) were missing once.
 */
@QuarkusTest
class FigureFidelityTest {

    private static final List<String> SOURCE = SourceDocuments.lines("004_1750e1bd989d78d3.txt");
    private static final String DATASET = "seoul-report-2023-achievements";
    private static final String LOW_BIRTH_RATE = "3 저출생 위기 극복 대책 추진 > 사업개요 > ";
    private static final String ALLEY_STARTUP = "5 전통시장 및 청년 창업 지원을 통한 지역경제 활성화 > 청년 골목창업 지원 > 추진개요";
    /** A range of ages printed as one figure; each end is a figure. */
    private static final Pattern AGE_RANGE = Pattern.compile("만 (\\d+)~(\\d+)세");
    /** A number with its printed unit; 백만원 before 만원, and 개 팀 with or without its space. */
    private static final Pattern NUMBER = Pattern.compile("(\\d[\\d,]*)(백만원|만원|개 ?팀|회|%|명|세|년)");
    private static final Map<String, String> UNITS = Map.of("백만원", "MILLION_KRW", "만원", "KRW", "회", "COUNT",
            "%", "PERCENT", "명", "PERSON", "세", "YEAR", "년", "YEAR", "개팀", "TEAM", "개 팀", "TEAM");

    private static final RestAssuredConfig EXACT_NUMBERS = RestAssuredConfig.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(NumberReturnType.BIG_DECIMAL));

    /** A number printed on a line: its value in the figure's unit, its text and unit as printed, its qualifier. */
    private record Printed(String line, BigDecimal value, String text, String unit, String qualifier) {
    }

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void should_carry_every_number_of_the_low_birth_rate_overview_as_a_figure() {
        int infertility = indexOf("① 난임부부 지원", 0);
        int maternity = indexOf("② 임산부 지원", infertility);
        int end = indexOf("추진실적", maternity);
        List<Printed> infertilityFigures = printedIn(infertility + 1, maternity);
        List<Printed> maternityFigures = printedIn(maternity + 1, end);
        check(LOW_BIRTH_RATE + "난임부부 지원", infertilityFigures);
        check(LOW_BIRTH_RATE + "임산부 지원", maternityFigures);
        // Spelled out, so that a parser error cannot hide a data error.
        assertEquals(List.of("22회", "50%", "200만원", "100만원"), infertilityFigures.stream().map(Printed::text).toList());
        assertEquals(List.of("12세", "100만원"), maternityFigures.stream().map(Printed::text).toList());
    }

    @Test
    void should_carry_every_number_of_the_alley_startup_overview_as_a_figure() {
        int from = indexOf("○ 지원대상", indexOf("②②  청년 골목창업 지원", 0));
        List<Printed> printed = printedIn(from, indexOf("추진실적", from));
        check(ALLEY_STARTUP, printed);
        assertEquals(List.of("19", "39", "3", "120", "40", "80", "30", "15", "15", "1318", "720", "598"),
                printed.stream().map(p -> p.value().toPlainString()).toList());
        assertEquals(List.of("이상", "이하", "이하"), printed.subList(0, 3).stream().map(Printed::qualifier).toList());
    }

    /** The served figures of a section, in order, against the numbers printed in it. */
    private static void check(String section, List<Printed> printed) {
        List<Map<String, Object>> served = new ArrayList<>();
        for (Map<String, Object> figure : given().config(EXACT_NUMBERS).queryParam("dataset", DATASET)
                .queryParam("size", 1000).when().get("/api/v1/figures")
                .then().statusCode(200).extract().jsonPath().<Map<String, Object>>getList("data")) {
            if (section.equals(figure.get("section"))) {
                served.add(figure);
            }
        }
        assertEquals(printed.stream().map(Printed::text).toList(),
                served.stream().map(figure -> figure.get("valueText")).toList(),
                section + ": every number printed, and no other, in printed order");
        for (int i = 0; i < printed.size(); i++) {
            Printed number = printed.get(i);
            Map<String, Object> figure = served.get(i);
            String where = figure.get("id") + " (" + number.text() + ")";
            assertEquals(number.value(), new BigDecimal(figure.get("value").toString()), where);
            assertEquals(UNITS.get(number.unit()), figure.get("unit"), where);
            for (String word : ((String) figure.get("label")).split(" ")) {
                assertTrue(number.line().contains(word), where + ": label word " + word + " is printed on its line");
            }
            if (number.qualifier() != null) {
                assertEquals(number.qualifier(), figure.get("qualifier"), where);
            } else if (figure.get("qualifier") != null) {
                assertTrue(number.line().contains((String) figure.get("qualifier")),
                        where + ": qualifier " + figure.get("qualifier") + " is printed on its line");
            }
        }
    }

    /** The numbers printed with a unit on the lines [from, to), in order; a range of ages gives its two ends. */
    private static List<Printed> printedIn(int from, int to) {
        List<Printed> printed = new ArrayList<>();
        for (String line : SOURCE.subList(from, to)) {
            String rest = line;
            Matcher range = AGE_RANGE.matcher(line);
            if (range.find()) {
                printed.add(new Printed(line, new BigDecimal(range.group(1)), range.group(), "세", "이상"));
                printed.add(new Printed(line, new BigDecimal(range.group(2)), range.group(), "세", "이하"));
                rest = line.replace(range.group(), "");
            }
            Matcher number = NUMBER.matcher(rest);
            while (number.find()) {
                BigDecimal value = new BigDecimal(number.group(1).replace(",", ""));
                if (number.group(2).equals("만원")) {
                    value = value.multiply(BigDecimal.valueOf(10_000)); // carried in won: 200만원 is 2000000
                }
                String after = rest.substring(number.end());
                String qualifier = after.startsWith(" 이하") ? "이하" : null;
                printed.add(new Printed(line, value, number.group(), number.group(2), qualifier));
            }
        }
        return printed;
    }

    /** The first line from {@code from} that starts with the text, the document's private-use bullet () ignored. */
    private static int indexOf(String start, int from) {
        for (int i = from; i < SOURCE.size(); i++) {
            if (SOURCE.get(i).replaceAll("\\p{Co}", "").strip().startsWith(start)) {
                return i;
            }
        }
        throw new AssertionError("not in the source after line " + from + ": " + start);
    }
}
