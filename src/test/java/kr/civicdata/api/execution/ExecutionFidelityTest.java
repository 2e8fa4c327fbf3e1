package kr.civicdata.api.execution;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.config.JsonPathConfig.NumberReturnType;

import kr.civicdata.api.catalog.SourceDocuments;
import kr.civicdata.api.figure.Figure;
import kr.civicdata.api.figure.FigureRepository;
import kr.civicdata.api.figure.FigureUnit;
import kr.civicdata.api.money.AmountStatus;
import kr.civicdata.api.money.MoneyUnit;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Issue 3, fidelity: the 예산 집행현황, 세출 결산 and 인력 현황 tables of source document 004 are parsed here from the
 * document's own text, independently of the bundled CSV, and EVERY amount, rate and headcount is compared with what
 * the database holds and what the API sends. Amounts are compared as BigDecimal with their scale, so a rounded
 * figure (5.3 stored as 5, or as 5.30) fails, and a printed {@code -} must be null with status NONE, never 0. Every
 * {@code 해당 없음} the document prints (Ⅲ and Ⅳ) must be served as a statement line with status NOT_APPLICABLE and no
 * amount at all.
 */
@QuarkusTest
class ExecutionFidelityTest {

    private static final String SOURCE = "004_1750e1bd989d78d3.txt";
    /** One printed table cell: an amount with thousands commas, a decimal rate, or {@code -} (none). */
    private static final String CELL = "([0-9][0-9,]*(?:\\.[0-9]+)?|-)";
    /** {@code (?U)}: {@code \s} also matches the ideographic space U+3000 the document prints after one {@code -}. */
    private static final Pattern SETTLEMENT_ROW = Pattern
            .compile("(?U)^(.*?)\\s+" + CELL + "\\s+" + CELL + "\\s+" + CELL + "\\s+" + CELL + "\\s+" + CELL
                    + "\\s+" + CELL + "\\s*$");
    private static final Pattern SETTLEMENT_CELLS = Pattern
            .compile("(?U)^\\s*" + CELL + "\\s+" + CELL + "\\s+" + CELL + "\\s+" + CELL + "\\s+" + CELL + "\\s+"
                    + CELL + "\\s*$");
    private static final Pattern EXECUTION_ROW = Pattern.compile("^(.+?) ([0-9][0-9,]*) ([0-9][0-9,]*)$");
    private static final Pattern RATE = Pattern.compile("^\\(([0-9]+(?:\\.[0-9]+)?)%\\)$");
    private static final Pattern AMOUNT = Pattern.compile("^[0-9][0-9,]*$");
    private static final Pattern AS_OF = Pattern
            .compile("기준 / 단위 : (′(\\d{2})\\.(\\d{1,2})\\.(\\d{1,2})\\.) / (\\S+)\\)");
    private static final Pattern HEADCOUNT = Pattern.compile("^([0-9]+)(\\(.+\\))?$");
    private static final Pattern GROUP = Pattern.compile("(?:\\S )*?직");
    private static final Pattern FIXED_TERM = Pattern.compile("^※ (.+?) ([0-9]+)명(\\(.+\\)) (\\S+)$");
    /** {@code 해당 없음}, letter-spaced or not ({@code < 해 당 없 음 >} in the table of Ⅲ). */
    private static final Pattern NOT_APPLICABLE = Pattern.compile("해\\s*당\\s*없\\s*음");
    /** A statement line of Ⅳ: {@code 세입내역 : 해당 없음}, {@code ○ 명시·사고이월 : 해당 없음}. */
    private static final Pattern STATEMENT = Pattern.compile("^(?:○ )?(.+?) : (해당 없음)$");
    /** The one row of the table of Ⅲ: its cells are {@code -} but one, the statement. */
    private static final Pattern STATEMENT_ROW = Pattern.compile("^[-\\s]*(<\\s*해\\s*당\\s*없\\s*음\\s*>)[-\\s]*$");
    private static final Pattern SECTION = Pattern.compile("^(?:Ⅲ|Ⅳ)\\. (\\d{4})회계연도 .+$");

    private static final RestAssuredConfig EXACT_NUMBERS = RestAssuredConfig.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(NumberReturnType.BIG_DECIMAL));

    record PrintedExecution(String itemName, BigDecimal budget, BigDecimal executed, BigDecimal rate,
            BigDecimal remaining, String note) {
    }

    record PrintedSettlement(String itemName, BigDecimal currentBudget, BigDecimal commitment,
            BigDecimal expenditure, BigDecimal carriedOver, BigDecimal unspent, BigDecimal unspentRate) {
    }

    record PrintedHeadcount(String label, String qualifier, BigDecimal value, String valueText) {
    }

    /** A statement printed instead of figures: what it is about, what it says as printed, where and for which year. */
    record PrintedStatement(String itemName, String text, String section, int fiscalYear) {
    }

    @Inject
    ExecutionLineRepository executionLines;

    @Inject
    FigureRepository figures;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void should_hold_every_printed_figure_of_the_budget_execution_table() {
        List<String> text = source();
        int heading = indexOf(text, 0, "3 예산 집행현황");
        LocalDate asOf = asOf(text.get(heading));
        assertEquals("천원", unitOf(text.get(heading)));
        int header = indexOf(text, heading, "구 분 예 산 액");
        assertEquals("구분예산액집행액잔액비고", text.get(header).replace(" ", ""), "column order as assumed below");
        List<PrintedExecution> printed = parseExecution(text.subList(header + 1, indexOf(text, header, "Ⅱ.")));
        assertEquals(3, printed.size(), "계 and two items");

        List<ExecutionLine> stored = stored(ExecutionKind.EXECUTION);
        List<Map<String, Object>> served = served("EXECUTION");
        assertEquals(printed.size(), stored.size(), "every printed line, and no other, is in the database");
        assertEquals(printed.size(), served.size(), "every printed line, and no other, is served");
        for (int i = 0; i < printed.size(); i++) {
            PrintedExecution line = printed.get(i);
            ExecutionLine row = stored.get(i);
            Map<String, Object> json = served.get(i);
            String where = "execution line " + (i + 1) + " " + line.itemName();
            assertEquals(line.itemName(), row.itemName, where);
            assertEquals(i + 1, row.lineOrder, where);
            assertEquals(i == 0, row.isTotal, where + ": only the first printed line is the total");
            assertEquals(asOf, row.asOf, where);
            assertEquals(MoneyUnit.THOUSAND_KRW, row.unit, where);
            assertEquals(line.note(), row.note, where);
            assertExact(where + " 예산액", line.budget(), row.budgetAmount);
            assertExact(where + " 집행액", line.executed(), row.executedAmount);
            assertExact(where + " 집행률", line.rate(), row.executionRate);
            assertExact(where + " 잔액", line.remaining(), row.remainingAmount);

            assertEquals(row.id, json.get("id"), where);
            assertEquals(line.itemName(), json.get("itemName"), where);
            Map<?, ?> execution = (Map<?, ?>) json.get("execution");
            assertNull(json.get("settlement"), where);
            assertEquals(line.note(), execution.get("note"), where);
            assertServed(where + " 예산액", line.budget(), execution.get("budget"), execution.get("budgetKrw"));
            assertServed(where + " 집행액", line.executed(), execution.get("executed"), execution.get("executedKrw"));
            assertExact(where + " 집행률 (API)", line.rate(), exact(execution.get("executionRate")));
            assertServed(where + " 잔액", line.remaining(), execution.get("remaining"),
                    execution.get("remainingKrw"));
        }
    }

    @Test
    void should_hold_every_printed_figure_of_the_expenditure_settlement_table() {
        List<String> text = source();
        int heading = indexOf(text, 0, "Ⅳ. 2022회계연도 세입·세출 결산현황");
        int unit = indexOf(text, heading, "(단위 : ");
        assertEquals("(단위 : 천원, %)", text.get(unit));
        int lastHeader = indexOf(text, unit, "(E/A)");
        String header = String.join("", text.subList(unit + 1, lastHeader + 1)).replaceAll("(?U)\\s", "");
        assertEquals("구분예산현액(A)지출원인행위액(B)지출액(C)다음연도이월액(D)집행잔액(E=A-C-D)불용률(E/A)", header,
                "column order as assumed below");
        List<PrintedSettlement> printed = parseSettlement(
                text.subList(lastHeader + 1, indexOf(text, lastHeader, "○")));
        assertEquals(6, printed.size(), "합 계, two groups and three items");

        List<ExecutionLine> stored = stored(ExecutionKind.SETTLEMENT);
        List<Map<String, Object>> served = served("SETTLEMENT");
        assertEquals(printed.size(), stored.size(), "every printed line, and no other, is in the database");
        assertEquals(printed.size(), served.size(), "every printed line, and no other, is served");
        for (int i = 0; i < printed.size(); i++) {
            PrintedSettlement line = printed.get(i);
            ExecutionLine row = stored.get(i);
            Map<String, Object> json = served.get(i);
            String where = "settlement line " + (i + 1) + " " + line.itemName();
            assertEquals(line.itemName(), row.itemName, where);
            assertEquals(i + 1, row.lineOrder, where);
            assertEquals(i == 0, row.isTotal, where + ": only the first printed line is the total");
            assertEquals(2022, row.fiscalYear, where);
            assertEquals(MoneyUnit.THOUSAND_KRW, row.unit, where);
            assertExact(where + " 예산현액(A)", line.currentBudget(), row.currentBudgetAmount);
            assertExact(where + " 지출원인행위액(B)", line.commitment(), row.commitmentAmount);
            assertExact(where + " 지출액(C)", line.expenditure(), row.expenditureAmount);
            assertExact(where + " 이월액(D)", line.carriedOver(), row.carriedOverAmount);
            assertEquals(line.carriedOver() == null ? AmountStatus.NONE : AmountStatus.AMOUNT,
                    row.carriedOverStatus, where + " 이월액(D) status");
            assertExact(where + " 집행잔액(E)", line.unspent(), row.unspentAmount);
            assertExact(where + " 불용률", line.unspentRate(), row.unspentRate);

            assertEquals(row.id, json.get("id"), where);
            assertEquals(line.itemName(), json.get("itemName"), where);
            Map<?, ?> settlement = (Map<?, ?>) json.get("settlement");
            assertNull(json.get("execution"), where);
            assertServed(where + " 예산현액(A)", line.currentBudget(), settlement.get("currentBudget"),
                    settlement.get("currentBudgetKrw"));
            assertServed(where + " 지출원인행위액(B)", line.commitment(), settlement.get("commitment"),
                    settlement.get("commitmentKrw"));
            assertServed(where + " 지출액(C)", line.expenditure(), settlement.get("expenditure"),
                    settlement.get("expenditureKrw"));
            assertServed(where + " 이월액(D)", line.carriedOver(), settlement.get("carriedOver"),
                    settlement.get("carriedOverKrw"));
            assertEquals(line.carriedOver() == null ? "NONE" : "AMOUNT", settlement.get("carriedOverStatus"),
                    where + " 이월액(D) status (API)");
            assertServed(where + " 집행잔액(E)", line.unspent(), settlement.get("unspent"),
                    settlement.get("unspentKrw"));
            assertExact(where + " 불용률 (API)", line.unspentRate(), exact(settlement.get("unspentRate")));
        }
    }

    @Test
    void should_hold_every_printed_headcount_of_the_staffing_table() {
        List<String> text = source();
        int heading = indexOf(text, 0, "2 인 력 현 황");
        LocalDate asOf = asOf(text.get(heading));
        String dateText = dateText(text.get(heading));
        assertEquals("명", unitOf(text.get(heading)));
        List<String> rows = nonBlank(text.subList(heading + 1, indexOf(text, heading, "3 예산 집행현황")));
        // 구분 총계 / 일 반 직 별 정 직 / 소계 2․3급 ... / 정원 ... / 현원 ... / ※ the fixed-term note, over two lines.
        assertTrue(rows.get(0).startsWith("구분 "), rows.get(0));
        List<String> columns = new ArrayList<>(List.of(rows.get(0).substring("구분 ".length()).split(" ")));
        List<String> groups = new ArrayList<>();
        Matcher group = GROUP.matcher(rows.get(1));
        while (group.find()) {
            groups.add(group.group());
        }
        assertEquals(List.of("일 반 직", "별 정 직"), groups);
        int currentGroup = -1;
        for (String column : rows.get(2).split(" ")) {
            if (column.equals("소계")) {
                currentGroup++;
                columns.add(groups.get(currentGroup) + " 소계");
            } else {
                columns.add(column);
            }
        }
        assertEquals(12, columns.size(), "총계, two 소계 and nine grades");

        Map<String, PrintedHeadcount> printed = new LinkedHashMap<>();
        for (String row : rows.subList(3, 5)) {
            String[] cells = row.split(" ");
            assertEquals(columns.size() + 1, cells.length, row);
            for (int c = 0; c < columns.size(); c++) {
                String cell = cells[c + 1];
                BigDecimal value = null;
                if (!cell.equals("-")) {
                    Matcher headcount = HEADCOUNT.matcher(cell);
                    assertTrue(headcount.matches(), "a headcount: " + cell);
                    value = new BigDecimal(headcount.group(1));
                }
                PrintedHeadcount figure = new PrintedHeadcount(columns.get(c), cells[0], value, cell);
                assertNull(printed.put(figure.label() + "/" + figure.qualifier(), figure), "unique " + figure);
            }
        }
        assertEquals(24, printed.size(), "정원 and 현원 of twelve columns");
        Matcher note = FIXED_TERM.matcher(rows.get(5) + " " + rows.get(6));
        assertTrue(note.matches(), rows.get(5));
        PrintedHeadcount fixedTerm = new PrintedHeadcount(note.group(1) + note.group(3), note.group(4),
                new BigDecimal(note.group(2)), note.group(2) + "명");
        printed.put(fixedTerm.label() + "/" + fixedTerm.qualifier(), fixedTerm);

        List<Figure> stored = QuarkusTransaction.requiringNew()
                .call(() -> figures.list("datasetId", Sort.by("ord"), "seoul-report-2023-staffing"));
        Map<String, Object> served = new LinkedHashMap<>();
        for (Map<String, Object> figure : given().config(EXACT_NUMBERS).queryParam("dataset",
                "seoul-report-2023-staffing").queryParam("size", 1000).when().get("/api/v1/figures")
                .then().statusCode(200).extract().jsonPath().<Map<String, Object>>getList("data")) {
            served.put((String) figure.get("id"), figure.get("value"));
        }
        assertEquals(printed.size(), stored.size(), "every printed headcount, and no other, is in the database");
        assertEquals(printed.size(), served.size(), "every printed headcount, and no other, is served");
        for (Figure figure : stored) {
            String where = "headcount " + figure.id;
            PrintedHeadcount expected = printed.remove(figure.label + "/" + figure.qualifier);
            assertNotNull(expected, where + ": " + figure.label + " " + figure.qualifier + " is not printed");
            assertExact(where, expected.value(), figure.value);
            assertEquals(expected.valueText(), figure.valueText, where);
            assertExact(where + " (API)", expected.value(), exact(served.get(figure.id)));
            assertEquals(FigureUnit.PERSON, figure.unit, where);
            assertEquals("명", figure.unitLabel, where);
            assertEquals(asOf, figure.asOf, where);
            assertEquals(dateText, figure.dateText, where);
        }
        assertTrue(printed.isEmpty(), "printed but not stored: " + printed.keySet());
    }

    @Test
    void should_serve_every_printed_not_applicable_as_a_statement_without_any_amount() {
        List<String> text = source();
        List<PrintedStatement> printed = new ArrayList<>();
        String section = null;
        int fiscalYear = 0;
        int notApplicable = 0;
        for (String raw : text) {
            String line = raw.replaceAll("\\p{Co}", "").strip(); // the private-use bullet before 세입내역
            Matcher heading = SECTION.matcher(line);
            if (heading.matches()) {
                section = line;
                fiscalYear = Integer.parseInt(heading.group(1));
            }
            if (!NOT_APPLICABLE.matcher(line).find()) {
                continue;
            }
            notApplicable++;
            assertNotNull(section, "해당 없음 before Ⅲ: " + line);
            Matcher statement = STATEMENT.matcher(line);
            Matcher row = STATEMENT_ROW.matcher(line);
            if (statement.matches()) {
                printed.add(new PrintedStatement(statement.group(1), statement.group(2), section, fiscalYear));
            } else if (row.matches()) {
                // The table's only row: it is about what the table is, the heading without its numeral.
                printed.add(new PrintedStatement(section.substring("Ⅲ. ".length()), row.group(1), section, fiscalYear));
            } else {
                fail("a 해당 없음 this test cannot read: " + line);
            }
        }
        assertEquals(5, notApplicable, "Ⅲ's table row, 세입내역 and the three ○ lines of Ⅳ");
        assertEquals(notApplicable, printed.size());

        List<ExecutionLine> stored = stored(ExecutionKind.STATEMENT);
        List<Map<String, Object>> served = served("STATEMENT");
        assertEquals(printed.size(), stored.size(), "every printed 해당 없음, and nothing else, is a statement line");
        assertEquals(printed.size(), served.size(), "every printed 해당 없음, and nothing else, is served");
        for (int i = 0; i < printed.size(); i++) {
            PrintedStatement statement = printed.get(i);
            ExecutionLine row = stored.get(i);
            Map<String, Object> json = served.get(i);
            String where = "statement " + (i + 1) + " " + statement.itemName();
            assertEquals(statement.itemName(), row.itemName, where);
            assertEquals(StatementStatus.NOT_APPLICABLE, row.statementStatus, where);
            assertEquals(statement.text(), row.statementText, where);
            assertEquals(statement.fiscalYear(), row.fiscalYear, where);
            // No amount at all: never a 0 for a printed 해당 없음, nor an amount status.
            for (Object amount : new Object[]{row.budgetAmount, row.executedAmount, row.executionRate,
                    row.remainingAmount, row.currentBudgetAmount, row.commitmentAmount, row.expenditureAmount,
                    row.carriedOverAmount, row.carriedOverStatus, row.unspentAmount, row.unspentRate}) {
                assertNull(amount, where + ": a statement has no amount");
            }

            assertEquals(row.id, json.get("id"), where);
            assertEquals("STATEMENT", json.get("kind"), where);
            assertEquals(statement.itemName(), json.get("itemName"), where);
            assertEquals(statement.fiscalYear(), ((Number) json.get("fiscalYear")).intValue(), where);
            assertNull(json.get("execution"), where);
            assertNull(json.get("settlement"), where);
            Map<?, ?> servedStatement = (Map<?, ?>) json.get("statement");
            assertEquals("NOT_APPLICABLE", servedStatement.get("status"), where);
            assertEquals("해당 없음", servedStatement.get("statusLabel"), where);
            assertEquals(statement.text(), servedStatement.get("text"), where);
            assertEquals(statement.section(), ((Map<?, ?>) json.get("provenance")).get("sourceSection"),
                    where + ": the section it is printed in");
        }
        // Spelled out, so that a parser error cannot hide a data error.
        assertEquals(List.of("2022회계연도 결산검사 시정권고사항", "세입내역", "예산이용, 전용, 이체, 변경사용", "예비비 지출",
                "명시·사고이월"), printed.stream().map(PrintedStatement::itemName).toList());
        // The lines of the tables are not statements.
        for (ExecutionKind kind : List.of(ExecutionKind.EXECUTION, ExecutionKind.SETTLEMENT)) {
            stored(kind).forEach(line -> assertNull(line.statementStatus, line.id));
            served(kind.name()).forEach(line -> assertNull(line.get("statement"), String.valueOf(line.get("id"))));
        }
    }

    private static List<PrintedExecution> parseExecution(List<String> lines) {
        List<PrintedExecution> rows = new ArrayList<>();
        String name = null;
        BigDecimal budget = null;
        BigDecimal executed = null;
        BigDecimal rate = null;
        BigDecimal remaining = null;
        List<String> note = new ArrayList<>();
        for (String line : nonBlank(lines)) {
            Matcher row = EXECUTION_ROW.matcher(line);
            Matcher rateMatch = RATE.matcher(line);
            if (row.matches()) {
                if (name != null) {
                    rows.add(new PrintedExecution(name, budget, executed, rate, remaining, note(note)));
                }
                name = row.group(1);
                budget = amount(row.group(2));
                executed = amount(row.group(3));
                rate = null;
                remaining = null;
                note = new ArrayList<>();
            } else if (name != null && rate == null && rateMatch.matches()) {
                rate = new BigDecimal(rateMatch.group(1));
            } else if (name != null && rate != null && remaining == null && AMOUNT.matcher(line).matches()) {
                remaining = amount(line);
            } else if (remaining != null) {
                note.add(line);
            } else {
                fail("unexpected line in the execution table: " + line);
            }
        }
        rows.add(new PrintedExecution(name, budget, executed, rate, remaining, note(note)));
        return rows;
    }

    private static List<PrintedSettlement> parseSettlement(List<String> lines) {
        List<PrintedSettlement> rows = new ArrayList<>();
        StringBuilder wrappedName = new StringBuilder();
        for (String line : nonBlank(lines)) {
            Matcher cellsOnly = SETTLEMENT_CELLS.matcher(line);
            Matcher row = SETTLEMENT_ROW.matcher(line);
            String name;
            Matcher cells;
            if (cellsOnly.matches()) {
                // The name was printed above, wrapped over lines: joined with no space (시책추진 / 업무추진비).
                assertTrue(wrappedName.length() > 0, "cells without an item name: " + line);
                name = wrappedName.toString();
                cells = cellsOnly;
            } else if (row.matches()) {
                assertEquals(0, wrappedName.length(), "a wrapped name without cells: " + wrappedName);
                name = row.group(1);
                cells = row;
            } else {
                wrappedName.append(line);
                continue;
            }
            int first = cells.groupCount() - 5;
            rows.add(new PrintedSettlement(name, amount(cells.group(first)), amount(cells.group(first + 1)),
                    amount(cells.group(first + 2)), amount(cells.group(first + 3)),
                    amount(cells.group(first + 4)), amount(cells.group(first + 5))));
            wrappedName.setLength(0);
        }
        assertEquals(0, wrappedName.length(), "a wrapped name without cells: " + wrappedName);
        return rows;
    }

    /** A printed cell as a number with exactly the printed decimals; {@code -} is null (none), never 0. */
    private static BigDecimal amount(String cell) {
        return cell.equals("-") ? null : new BigDecimal(cell.replace(",", ""));
    }

    private static String note(List<String> parts) {
        return parts.isEmpty() ? null : String.join(" ", parts);
    }

    /** Equal with the same scale: 5.3 is neither 5 nor 5.30; null (a printed {@code -}) is neither 0 nor absent. */
    private static void assertExact(String what, BigDecimal printed, BigDecimal actual) {
        assertEquals(printed, actual, what + ": printed " + (printed == null ? "-" : printed.toPlainString()));
    }

    /** The amount as printed and its value in won (천원 × 1,000), as the API sends them. */
    private static void assertServed(String what, BigDecimal printed, Object amount, Object amountKrw) {
        assertExact(what + " (API)", printed, exact(amount));
        assertExact(what + " in won (API)", printed == null ? null : printed.movePointRight(3), exact(amountKrw));
    }

    /** A JSON number as read with BigDecimal numbers; integers may come as Integer or Long. */
    private static BigDecimal exact(Object number) {
        return number == null ? null : new BigDecimal(number.toString());
    }

    /** The stored lines of a kind in printed order: by dataset, since each dataset's lines count from 1. */
    private List<ExecutionLine> stored(ExecutionKind kind) {
        return QuarkusTransaction.requiringNew()
                .call(() -> executionLines.list("kind", Sort.by("datasetId").and("lineOrder"), kind));
    }

    private static List<Map<String, Object>> served(String kind) {
        return given().config(EXACT_NUMBERS).queryParam("kind", kind).queryParam("size", 1000)
                .when().get("/api/v1/execution-results")
                .then().statusCode(200).extract().jsonPath().getList("data");
    }

    private static LocalDate asOf(String heading) {
        Matcher matcher = AS_OF.matcher(heading);
        assertTrue(matcher.find(), heading);
        return LocalDate.of(2000 + Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(3)),
                Integer.parseInt(matcher.group(4)));
    }

    private static String dateText(String heading) {
        Matcher matcher = AS_OF.matcher(heading);
        assertTrue(matcher.find(), heading);
        return matcher.group(1);
    }

    private static String unitOf(String heading) {
        Matcher matcher = AS_OF.matcher(heading);
        assertTrue(matcher.find(), heading);
        return matcher.group(5);
    }

    private static int indexOf(List<String> text, int from, String start) {
        for (int i = from; i < text.size(); i++) {
            if (text.get(i).strip().startsWith(start)) {
                return i;
            }
        }
        throw new AssertionError("not in the source after line " + from + ": " + start);
    }

    private static List<String> nonBlank(List<String> lines) {
        return lines.stream().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    private static List<String> source() {
        return SourceDocuments.lines(SOURCE);
    }
}
