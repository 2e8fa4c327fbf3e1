package kr.civicdata.api.disaster;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.junit.jupiter.api.Test;

import io.quarkus.panache.common.Sort;
import io.quarkus.test.junit.QuarkusTest;

import kr.civicdata.api.catalog.SourceDocuments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Reads section 4 of source document 004 (a copy of the seed text is in the test resources) on its own, without the
 * bundled CSV, and checks every value of the response tables against what it reads: the stage names, alert levels
 * and triggers, the staffing line printed under them, the operating periods and the flood-forecast thresholds.
 * The PDF text spaces out every letter of the stage table ({@code 1단 계 (주 의 )}, {@code (대 규 모 재 난 )}), so a
 * word gap cannot be told from layout there: stage names and triggers are compared without spaces. The staffing
 * cells are compared exactly, spacing included: the source prints two spaces before the persons of a team count
 * ({@code 7개 반  30명}), and the data README promises that spacing inside a line is kept.
 */
@QuarkusTest
class DisasterResponseSourceFidelityTest {

    private static final List<String> SOURCE = SourceDocuments.lines("004_1750e1bd989d78d3.txt");
    private static final Map<String, AlertLevel> ALERT_LEVELS = Map.of("관심", AlertLevel.ATTENTION, "주의",
            AlertLevel.CAUTION, "경계", AlertLevel.ALERT, "심각", AlertLevel.SERIOUS);
    private static final Pattern STAGE = Pattern.compile("(.+)\\((관심|주의|경계|심각)\\)");
    private static final Pattern TRIGGER = Pattern.compile("\\((.+)\\)");
    private static final Pattern STAFFING_CELL = Pattern.compile("(?:(\\d+)개\\s*반\\s+)?(?:([^\\s\\d]+)\\s+)?(\\d+)명");
    private static final Pattern THRESHOLD = Pattern.compile("(.+?)\\s+(\\d+(?:\\.\\d+)?)(mm|cm)(?:\\s+(.+))?");
    private static final Pattern FLOOD_PERIOD = Pattern.compile(
            "'(\\d{2})\\. (\\d+)\\. (\\d+)\\. ~ (\\d+)\\. (\\d+)\\.\\(예비 (\\d+)\\.(\\d+)~(\\d+)\\.(\\d+) / (\\d+)\\.(\\d+)~(\\d+)\\.(\\d+)\\)");
    private static final Pattern HEATWAVE_PERIOD = Pattern.compile(
            "'(\\d{2})\\. (\\d+)\\. (\\d+)\\. ~ (\\d+)\\. (\\d+)\\.\\(\\d+개월\\)");

    @Inject
    ResponsePlanRepository plans;

    @Inject
    ResponseStageRepository stages;

    @Inject
    ResponseCriterionRepository criteria;

    @Inject
    ResponseMeasureRepository measures;

    /** A stage as the source prints it. */
    private record PrintedStage(String name, String level, String trigger) {
    }

    /** A staffing cell of the line under the stages. */
    private record PrintedStaffing(String text, String role, Integer teams, int persons) {
    }

    @Test
    @Transactional
    void should_hold_the_stages_and_the_staffing_line_exactly_as_printed() {
        List<String> flood = floodSection();
        int from = indexStartingWith(flood, "ㅇ 운영단계", 0) + 1;
        int staffingLine = from;
        while (!flood.get(staffingLine).strip().matches("\\d+명.*")) {
            staffingLine++;
        }
        List<PrintedStage> printed = new ArrayList<>();
        for (String line : flood.subList(from, staffingLine)) {
            String compact = line.replaceAll("\\s+", "");
            Matcher stage = STAGE.matcher(compact);
            Matcher trigger = TRIGGER.matcher(compact);
            if (stage.matches()) {
                printed.add(new PrintedStage(stage.group(1), stage.group(2), null));
            } else if (trigger.matches()) {
                PrintedStage last = printed.remove(printed.size() - 1);
                printed.add(new PrintedStage(last.name(), last.level(), trigger.group(1)));
            } else if (!compact.isEmpty()) {
                fail("Unexpected line in the stage table: " + line);
            }
        }
        List<PrintedStaffing> staffing = new ArrayList<>();
        Matcher cell = STAFFING_CELL.matcher(flood.get(staffingLine));
        while (cell.find()) {
            staffing.add(new PrintedStaffing(cell.group(), cell.group(2),
                    cell.group(1) == null ? null : Integer.valueOf(cell.group(1)), Integer.parseInt(cell.group(3))));
        }

        List<ResponseStage> stored = stages.list("planId", Sort.by("stageOrder"), "seoul:flood-2023");
        assertEquals(5, printed.size());
        assertEquals(printed.size(), staffing.size(), "one staffing cell per stage");
        assertEquals(printed.size(), stored.size());
        for (int i = 0; i < printed.size(); i++) {
            PrintedStage source = printed.get(i);
            PrintedStaffing cellOf = staffing.get(i);
            ResponseStage row = stored.get(i);
            String where = "stage " + (i + 1) + " (" + source.name() + ")";
            assertEquals(i + 1, row.stageOrder, where);
            assertEquals(source.name(), withoutSpaces(row.name), where);
            assertEquals(codeOf(source.name()), row.code, where);
            assertEquals(source.level(), row.alertLevelLabel, where);
            assertEquals(ALERT_LEVELS.get(source.level()), row.alertLevel, where);
            assertEquals(ALERT_LEVELS.get(source.level()).rank(), row.alertLevelRank, where);
            assertEquals(source.trigger(), withoutSpaces(row.triggerText), where);
            assertEquals(cellOf.text(), row.staffingText, where);
            assertEquals(cellOf.role(), row.staffingRole, where);
            assertEquals(cellOf.teams(), row.staffingTeams, where);
            assertEquals(cellOf.persons(), row.staffingPersons, where);
        }
        // The values the source reads as, spelled out, so that a parser error cannot hide a data error.
        assertEquals(List.of("평시", "보강", "1단계", "2단계", "3단계"), printed.stream().map(PrintedStage::name).toList());
        assertEquals(List.of(1, 3, 30, 42, 45), staffing.stream().map(PrintedStaffing::persons).toList());
        assertEquals(List.of("1명", "수방요원 3명", "7개 반  30명", "12개 반  42명", "13개 반  45명"),
                staffing.stream().map(PrintedStaffing::text).toList());
    }

    @Test
    @Transactional
    void should_hold_the_flood_forecast_thresholds_exactly_as_printed() {
        String line = bulletText(lineContaining(floodSection(), "(침수예보)"));
        Matcher opening = Pattern.compile("\\((.+?)\\) (.+)").matcher(line);
        assertTrue(opening.matches(), line);
        String category = opening.group(1);
        String[] parts = opening.group(2).split(", ");
        Matcher last = THRESHOLD.matcher(parts[parts.length - 1]);
        assertTrue(last.matches(), parts[parts.length - 1]);
        String condition = last.group(4);

        List<ResponseCriterion> stored = criteria.list("planId = ?1 and category = ?2", Sort.by("ord"),
                "seoul:flood-2023", category);
        assertEquals(parts.length, stored.size());
        for (int i = 0; i < parts.length; i++) {
            Matcher threshold = THRESHOLD
                    .matcher(i == parts.length - 1 ? parts[i].replace(" " + condition, "") : parts[i]);
            assertTrue(threshold.matches(), parts[i]);
            ResponseCriterion row = stored.get(i);
            assertEquals(threshold.group(1), row.measure, parts[i]);
            assertEquals(0, new BigDecimal(threshold.group(2)).compareTo(row.thresholdValue), parts[i]);
            assertEquals(threshold.group(3), row.thresholdUnit, parts[i]);
            assertEquals(condition, row.conditionText, parts[i]);
            assertEquals(line, row.text, parts[i]);
        }
        assertEquals("침수예보", category);
        assertEquals(List.of("1시간 강우량 55mm", "15분 강우량 20mm", "도로침수심 15cm 중 1개 이상 해당시"), List.of(parts));
    }

    @Test
    @Transactional
    void should_hold_the_road_control_depth_exactly_as_printed() {
        List<String> flood = floodSection();
        int at = flood.indexOf(lineContaining(flood, "(교통통제)"));
        String first = bulletText(flood.get(at));
        String second = flood.get(at + 1).isBlank() ? flood.get(at + 2).strip() : flood.get(at + 1).strip();
        Matcher depth = Pattern.compile(".*\\((\\S+) (\\d+)(cm) (\\S+)\\)").matcher(second);
        assertTrue(depth.matches(), second);

        ResponseCriterion row = criteria.find("planId = ?1 and category = ?2", "seoul:flood-2023", "교통통제")
                .singleResult();
        assertEquals(first + "\n" + second, row.text);
        assertEquals(depth.group(1), row.measure);
        assertEquals(0, new BigDecimal(depth.group(2)).compareTo(row.thresholdValue));
        assertEquals(depth.group(3), row.thresholdUnit);
        assertEquals(depth.group(4), row.conditionText);
        assertEquals("30", depth.group(2));
    }

    @Test
    @Transactional
    void should_hold_the_operating_periods_exactly_as_printed() {
        String floodText = afterColon(lineStartingWith(floodSection(), "ㅇ 기 간"));
        Matcher period = FLOOD_PERIOD.matcher(floodText);
        assertTrue(period.matches(), floodText);
        int year = 2000 + Integer.parseInt(period.group(1));
        ResponsePlan flood = plans.findById("seoul:flood-2023");
        assertEquals(floodText, flood.operatingText);
        assertEquals(date(year, period, 2), flood.operatingFrom);
        assertEquals(date(year, period, 4), flood.operatingTo);
        assertEquals(date(year, period, 6), flood.standbyBeforeFrom);
        assertEquals(date(year, period, 8), flood.standbyBeforeTo);
        assertEquals(date(year, period, 10), flood.standbyAfterFrom);
        assertEquals(date(year, period, 12), flood.standbyAfterTo);
        assertEquals(afterColon(lineStartingWith(floodSection(), "ㅇ 운영단계")), flood.basisText);
        assertEquals(LocalDate.of(2023, 5, 15), flood.operatingFrom);

        String heatText = afterColon(lineStartingWith(heatwaveSection(), "ㅇ 기간"));
        Matcher heat = HEATWAVE_PERIOD.matcher(heatText);
        assertTrue(heat.matches(), heatText);
        ResponsePlan heatwave = plans.findById("seoul:heatwave-2023");
        assertEquals(heatText, heatwave.operatingText);
        assertEquals(date(2000 + Integer.parseInt(heat.group(1)), heat, 2), heatwave.operatingFrom);
        assertEquals(date(2000 + Integer.parseInt(heat.group(1)), heat, 4), heatwave.operatingTo);
        assertNull(heatwave.standbyBeforeFrom);
        assertNull(heatwave.standbyAfterTo);
        assertEquals(LocalDate.of(2023, 9, 30), heatwave.operatingTo);
    }

    @Test
    @Transactional
    void should_hold_every_measure_as_a_printed_line_in_printed_order() {
        checkMeasures("seoul:flood-2023", floodSection());
        checkMeasures("seoul:heatwave-2023", heatwaveSection());
    }

    private void checkMeasures(String planId, List<String> section) {
        List<ResponseMeasure> stored = measures.list("planId", Sort.by("ord"), planId);
        assertTrue(stored.size() > 0, planId);
        int previous = 0;
        for (ResponseMeasure measure : stored) {
            int at = previous;
            while (at < section.size() && !section.get(at).strip().contains(measure.text)) {
                at++;
            }
            assertTrue(at < section.size(), measure.id + " not printed after line " + previous + ": " + measure.text);
            previous = at;
        }
    }

    private static String withoutSpaces(String text) {
        return text == null ? null : text.replaceAll("\\s+", "");
    }

    private static StageCode codeOf(String printedName) {
        return switch (printedName) {
            case "평시" -> StageCode.NORMAL;
            case "보강" -> StageCode.REINFORCED;
            default -> StageCode.valueOf("STAGE_" + printedName.replace("단계", ""));
        };
    }

    private static LocalDate date(int year, Matcher matcher, int monthGroup) {
        return LocalDate.of(year, Integer.parseInt(matcher.group(monthGroup)),
                Integer.parseInt(matcher.group(monthGroup + 1)));
    }

    /** Part ②② (여름철 풍수해 수방대책) of section 4: up to section 5. */
    private static List<String> floodSection() {
        int from = indexStartingWith(SOURCE, "②②  여름철 풍수해 수방대책", 0);
        return SOURCE.subList(from, indexStartingWith(SOURCE, "5 ", from));
    }

    /** Part ①① (여름철 폭염피해 예방) of section 4: up to part ②②. */
    private static List<String> heatwaveSection() {
        int from = indexStartingWith(SOURCE, "①①  여름철 폭염피해 예방", 0);
        return SOURCE.subList(from, indexStartingWith(SOURCE, "②②", from));
    }

    private static int indexStartingWith(List<String> lines, String prefix, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i;
            }
        }
        throw new AssertionError("No line starts with " + prefix);
    }

    private static String lineStartingWith(List<String> lines, String prefix) {
        return lines.get(indexStartingWith(lines, prefix, 0));
    }

    private static String lineContaining(List<String> lines, String text) {
        return lines.stream().filter(line -> line.contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("No line contains " + text));
    }

    /** A line without its indent and bullet (‣ or -). */
    private static String bulletText(String line) {
        return line.strip().replaceFirst("^[‣-] ", "");
    }

    private static String afterColon(String line) {
        return line.substring(line.indexOf(" : ") + 3);
    }
}
