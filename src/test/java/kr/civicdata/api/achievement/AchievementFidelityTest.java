package kr.civicdata.api.achievement;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

import kr.civicdata.api.catalog.SourceDocuments;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Source document 002 (a copy of the seed in the test resources) read on its own, without the bundled CSV, against
 * the achievements the API serves: every dated bullet of a case is a milestone, under the case it is printed in, with
 * its date and text as printed, and with the heading it is printed under (추진사항, 결과 및 효과 ...) as the word the
 * source prints for it. And every printed date of every achievement (002, 003, 004), read here from its printed text
 * alone: each end of a range has the precision it is printed with, the overall precision is the coarser one, and
 * the first and last day are those the printed ends allow, no narrower.
 */
@QuarkusTest
class AchievementFidelityTest {

    private static final List<String> CASES_SOURCE = SourceDocuments.lines("002_96416393681b9b60.txt");
    private static final String CASES = "incheon-seo-proactive-2023h1";
    /** The headings of the parts of a case, as DATA-NOTES names them. */
    private static final Set<String> PART_HEADINGS = Set.of("현황 및 필요성", "조치사항", "추진사항", "결과 및 효과", "추진효과");
    /** A bullet that opens with a date: {@code - 2020.12. : ...}, {@code - 2022.3 ~ : ...}, {@code - 2023.6.9 ...}. */
    private static final Pattern DATED_BULLET = Pattern.compile("^- \\d{4}\\.\\d{1,2}.*");
    /** The year of an end: {@code 2023.} or {@code ’23.} / {@code `23.} (an apostrophe, a backtick in one place). */
    private static final String YEAR = "(?:(?<yyyy>\\d{4})\\.|['’`](?<yy>\\d{2})\\.)?\\s*";
    /** {@code 2023.6.9}, {@code ’23. 5. 8.}, {@code 5.3}, {@code ’23. 4.18}: a day. */
    private static final Pattern DAY = Pattern.compile(YEAR + "(?<m>\\d{1,2})\\.\\s*(?<d>\\d{1,2})\\.?");
    /** {@code ’23. 10월 말}: a part of a month (말, the end) without a day. */
    private static final Pattern PART_OF_MONTH = Pattern.compile(YEAR + "(?<m>\\d{1,2})월\\s*말");
    /** {@code 2020.12.}, {@code 2022.3}, {@code ’23.3}, {@code ’23. 7월}, {@code 5월}: a month. */
    private static final Pattern MONTH = Pattern.compile(YEAR + "(?<m>\\d{1,2})(?<unit>\\.|월)?");
    /** {@code 2023}, {@code 2018년}: a year. */
    private static final Pattern WHOLE_YEAR = Pattern.compile("(?<yyyy>\\d{4})년?");
    private static final Map<String, String> SOURCES = Map.of(
            "002_96416393681b9b60.txt", String.join("\n", CASES_SOURCE),
            "003_95f37818b2a2e6d1.txt", SourceDocuments.text("003_95f37818b2a2e6d1.txt"),
            "004_1750e1bd989d78d3.txt", SourceDocuments.text("004_1750e1bd989d78d3.txt"));

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void should_carry_every_dated_bullet_of_002_as_a_milestone_labelled_with_the_heading_it_is_printed_under() {
        List<Integer> datedBullets = new ArrayList<>();
        for (int i = 0; i < CASES_SOURCE.size(); i++) {
            if (DATED_BULLET.matcher(CASES_SOURCE.get(i).strip()).matches()) {
                datedBullets.add(i);
            }
        }
        List<Map<String, Object>> milestones = served(CASES, "MILESTONE");
        Map<String, String> caseTitles = new HashMap<>();
        served(CASES, "BEST_PRACTICE").forEach(c -> caseTitles.put((String) c.get("id"), (String) c.get("title")));
        assertEquals(datedBullets.size(), milestones.size(), "one milestone per dated bullet, and no other");
        assertEquals(9, milestones.size(), "seven of case 3 (추진사항), two of case 4 (결과 및 효과)");

        for (Map<String, Object> milestone : milestones) {
            String id = (String) milestone.get("id");
            String dateText = (String) milestone.get("dateText");
            assertNotNull(dateText, id + ": a milestone is dated");
            int at = datedBullets.stream().filter(i -> CASES_SOURCE.get(i).strip().startsWith("- " + dateText))
                    .reduce((a, b) -> {
                        throw new AssertionError(id + ": " + dateText + " opens more than one bullet");
                    }).orElseThrow(() -> new AssertionError(id + ": no bullet opens with " + dateText));
            String bullet = bulletAt(at).substring(("- " + dateText).length());
            String text = bullet.startsWith(" : ") ? bullet.substring(3) : bullet.strip();
            assertEquals(text, milestone.get("title"), id + ": the bullet's text after its date");

            String heading = headingAbove(at);
            assertEquals(heading, milestone.get("printedLabel"), id + ": the word printed for it is its heading");
            assertEquals(heading, milestone.get("section"), id + ": printed under " + heading);
            assertEquals("추진사항", milestone.get("kindLabel"), id + ": the fixed label of MILESTONE");

            String caseTitle = caseTitles.get((String) milestone.get("parentId"));
            assertNotNull(caseTitle, id + ": belongs to a case");
            assertEquals(caseTitle, caseAbove(at, caseTitles.values()), id + ": printed in the case it belongs to");
        }
    }

    /** One end of a printed date, as read from the text: its year and month where printed, its day, its precision. */
    private record PrintedEnd(Integer year, Integer month, Integer day, DatePrecision precision) {

        static PrintedEnd read(String text) {
            String end = text.strip().replaceFirst("\\(.\\)$", ""); // the weekday of ’23. 5. 8.(월)
            if (end.equals("지난해")) {
                return new PrintedEnd(null, null, null, DatePrecision.YEAR); // last year: resolved from the report
            }
            Matcher matcher = WHOLE_YEAR.matcher(end);
            if (matcher.matches()) {
                return new PrintedEnd(Integer.valueOf(matcher.group("yyyy")), null, null, DatePrecision.YEAR);
            }
            matcher = DAY.matcher(end);
            if (matcher.matches()) {
                return new PrintedEnd(year(matcher), Integer.valueOf(matcher.group("m")),
                        Integer.valueOf(matcher.group("d")), DatePrecision.DAY);
            }
            matcher = PART_OF_MONTH.matcher(end);
            if (matcher.matches()) {
                return new PrintedEnd(year(matcher), Integer.valueOf(matcher.group("m")), null,
                        DatePrecision.PART_OF_MONTH);
            }
            matcher = MONTH.matcher(end);
            // A lone number is a month only beside a year (’23.3, 2022.3) or with 월; 6 in ’23. 6~8월 has its year.
            if (matcher.matches() && (year(matcher) != null || "월".equals(matcher.group("unit")))) {
                return new PrintedEnd(year(matcher), Integer.valueOf(matcher.group("m")), null, DatePrecision.MONTH);
            }
            throw new AssertionError("not a printed date: " + text);
        }

        private static Integer year(Matcher matcher) {
            if (matcher.group("yyyy") != null) {
                return Integer.valueOf(matcher.group("yyyy"));
            }
            return matcher.group("yy") == null ? null : 2000 + Integer.parseInt(matcher.group("yy"));
        }

        /** The first day this end allows, in the given year where it prints none. */
        LocalDate first(int defaultYear) {
            int y = year == null ? defaultYear : year;
            return switch (precision) {
                case DAY -> LocalDate.of(y, month, day);
                case PART_OF_MONTH, MONTH -> LocalDate.of(y, month, 1);
                case YEAR -> LocalDate.of(y, 1, 1);
            };
        }

        /** The last day this end allows, in the given year where it prints none. */
        LocalDate last(int defaultYear) {
            int y = year == null ? defaultYear : year;
            return switch (precision) {
                case DAY -> LocalDate.of(y, month, day);
                case PART_OF_MONTH, MONTH -> YearMonth.of(y, month).atEndOfMonth();
                case YEAR -> LocalDate.of(y, 12, 31);
            };
        }
    }

    @Test
    void should_give_each_end_of_every_printed_date_the_precision_it_is_printed_with() {
        List<Map<String, Object>> rows = given().queryParam("size", 1000).when().get("/api/v1/achievements")
                .then().statusCode(200).extract().jsonPath().getList("data");
        int dated = 0;
        for (Map<String, Object> row : rows) {
            String id = (String) row.get("id");
            String dateText = (String) row.get("dateText");
            if (dateText == null || !dateText.matches(".*\\d.*") && !dateText.equals("지난해")) {
                // no date printed, or words only (연중 계속): no range, no precision
                assertNull(row.get("dateFrom"), id);
                assertNull(row.get("dateTo"), id);
                assertNull(row.get("datePrecision"), id);
                assertNull(row.get("dateFromPrecision"), id);
                assertNull(row.get("dateToPrecision"), id);
                continue;
            }
            dated++;
            String source = SOURCES.get((String) ((Map<?, ?>) row.get("provenance")).get("sourceDocument"));
            assertTrue(source.contains(dateText), id + ": " + dateText + " is printed in its source");
            String[] ends = dateText.split("[~∼]", -1);
            assertTrue(ends.length <= 2, id + ": " + dateText);
            PrintedEnd start = PrintedEnd.read(ends[0]);
            boolean open = ends.length == 2 && ends[1].isBlank();
            PrintedEnd end = ends.length == 1 ? start : open ? null : PrintedEnd.read(ends[1]);

            LocalDate storedFrom = LocalDate.parse((String) row.get("dateFrom"));
            int startYear = start.year() == null ? storedFrom.getYear() : start.year();
            assertEquals(start.first(startYear), storedFrom, id + ": first day of " + dateText);
            assertEquals(start.precision().name(), row.get("dateFromPrecision"), id + ": start of " + dateText);
            if (end == null) {
                assertNull(row.get("dateTo"), id + ": " + dateText + " is open-ended");
                assertNull(row.get("dateToPrecision"), id + ": " + dateText + " is open-ended");
                assertEquals(start.precision().name(), row.get("datePrecision"), id + ": " + dateText);
                continue;
            }
            LocalDate storedTo = LocalDate.parse((String) row.get("dateTo"));
            int endYear = end.year() != null ? end.year() : start.year() != null ? start.year() : storedTo.getYear();
            assertEquals(end.last(endYear), storedTo, id + ": last day of " + dateText);
            assertEquals(end.precision().name(), row.get("dateToPrecision"), id + ": end of " + dateText);
            DatePrecision coarser = start.precision().compareTo(end.precision()) >= 0
                    ? start.precision()
                    : end.precision();
            assertEquals(coarser.name(), row.get("datePrecision"), id + ": the coarser end of " + dateText);
        }
        assertEquals(62, dated, "every dated achievement of 002, 003 and 004");
        // The two dates whose precision is not one month or day, spelled out.
        Map<String, Object> environmentCentre = row(rows, "incheon-seo:case-3:m-6");
        assertEquals(List.of("2022-04-01", "2023-12-31", "YEAR", "MONTH", "YEAR"), List.of(
                environmentCentre.get("dateFrom"), environmentCentre.get("dateTo"),
                environmentCentre.get("datePrecision"), environmentCentre.get("dateFromPrecision"),
                environmentCentre.get("dateToPrecision")));
        Map<String, Object> secondContest = row(rows, "seoul:report-2023:s5-plan-5");
        assertEquals(List.of("’23. 10월 말", "2023-10-01", "2023-10-31", "PART_OF_MONTH"), List.of(
                secondContest.get("dateText"), secondContest.get("dateFrom"), secondContest.get("dateTo"),
                secondContest.get("datePrecision")));
    }

    private static Map<String, Object> row(List<Map<String, Object>> rows, String id) {
        return rows.stream().filter(row -> id.equals(row.get("id"))).findFirst()
                .orElseThrow(() -> new AssertionError("no achievement " + id));
    }

    /** The bullet at a line, with the lines that continue it (no bullet of their own) joined with one space. */
    private static String bulletAt(int at) {
        StringBuilder bullet = new StringBuilder(CASES_SOURCE.get(at).strip());
        for (int i = at + 1; i < CASES_SOURCE.size(); i++) {
            String next = CASES_SOURCE.get(i).strip();
            if (next.isEmpty() || next.startsWith("- ")) {
                break;
            }
            bullet.append(' ').append(next);
        }
        return bullet.toString();
    }

    /** The nearest part heading above a line. */
    private static String headingAbove(int at) {
        for (int i = at - 1; i >= 0; i--) {
            if (PART_HEADINGS.contains(CASES_SOURCE.get(i).strip())) {
                return CASES_SOURCE.get(i).strip();
            }
        }
        throw new AssertionError("no part heading above line " + (at + 1));
    }

    /** The case whose title (or its first printed line) is the nearest above a line. */
    private static String caseAbove(int at, Collection<String> titles) {
        for (int i = at - 1; i >= 0; i--) {
            String line = CASES_SOURCE.get(i).strip();
            for (String title : titles) {
                if (line.length() >= 10 && title.startsWith(line)) {
                    return title;
                }
            }
        }
        throw new AssertionError("no case title above line " + (at + 1));
    }

    private static List<Map<String, Object>> served(String dataset, String kind) {
        return given().queryParam("dataset", dataset).queryParam("kind", kind).queryParam("size", 1000)
                .when().get("/api/v1/achievements")
                .then().statusCode(200).extract().jsonPath().getList("data");
    }
}
