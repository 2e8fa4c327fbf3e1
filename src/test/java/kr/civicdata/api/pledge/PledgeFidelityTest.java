package kr.civicdata.api.pledge;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

import kr.civicdata.api.money.MoneyUnit;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Document 001 against the API, cell by cell. The source text (a copy of the seed in src/test/resources) is parsed
 * here on its own, without the CSV the database is loaded from: every code, title and amount column of every row
 * and the printed grand total must come back exactly as printed, with - and 비예산 kept apart from numbers.
 */
@QuarkusTest
class PledgeFidelityTest {

    private static final String SOURCE = "/seeds/001_7fc74de1de420957.txt";
    private static final String GOVERNMENT = "gwangju-seo";
    private static final String DATASET = "gwangju-seo-pledge-plan";

    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private static Source source;

    @Inject
    PublishedTotalRepository publishedTotals;

    @BeforeAll
    static void parseTheSource() throws IOException {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        try (InputStream in = PledgeFidelityTest.class.getResourceAsStream(SOURCE)) {
            assertNotNull(in, SOURCE + " is missing from the test resources");
            source = Source.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    // ---- The API's view of the data, read with exact decimals (873.20 keeps its scale). ----

    record Envelope<T>(List<T> data, Meta meta) {
    }

    record Meta(int total) {
    }

    record PeriodRow(String period, int fromYear, int toYear, BigDecimal amount, BigDecimal amountKrw,
            String status) {
    }

    record PledgeRow(String id, String governmentId, String code, int area, int depth, String parentId,
            String title, BigDecimal total, String unit, BigDecimal totalKrw, String totalStatus, String budgetType,
            List<PeriodRow> investments) {
    }

    record InvestmentRow(String id, String pledgeId, String pledgeCode, String pledgeTitle, String governmentId,
            int area, int depth, String period, int fromYear, int toYear, BigDecimal amount, String unit,
            BigDecimal amountKrw, String status) {
    }

    private static <T> Envelope<T> get(String path, TypeReference<Envelope<T>> type) throws IOException {
        String body = given().queryParam("government", GOVERNMENT).queryParam("size", 1000).when().get(path)
                .then().statusCode(200).extract().asString();
        return JSON.readValue(body, type);
    }

    // ---- The tests ----

    @Test
    void should_parse_62_pledge_rows_four_periods_and_the_grand_total_from_the_source() {
        assertEquals("백만원", source.unit());
        assertEquals(List.of("2022~2023", "2024", "2025", "2026"), source.periods());
        assertEquals(62, source.rows().size());
        assertEquals("총 계", source.total().label());
        assertEquals(List.of("124,667.42", "57,421.4", "22,434.76", "24,348", "20,463"), source.total().cells());
        assertEquals(PledgeApi.DOCUMENT_ORDER, source.rows().stream().map(SourceRow::label).toList());
    }

    @Test
    void should_serve_every_pledge_row_and_every_cell_as_printed() throws IOException {
        Envelope<PledgeRow> pledges = get("/api/v1/pledges", new TypeReference<>() {
        });
        assertEquals(62, pledges.meta().total());
        assertEquals(62, pledges.data().size());
        assertEquals(source.rows().stream().map(SourceRow::label).toList(),
                pledges.data().stream().map(PledgeRow::code).toList(), "the API's default order is the document's");
        Map<String, PledgeRow> byCode = index(pledges.data(), PledgeRow::code);
        int cells = 0;
        for (SourceRow row : source.rows()) {
            String code = row.label();
            PledgeRow api = byCode.get(code);
            String where = "pledge " + code;
            assertNotNull(api, where + " is missing");
            assertEquals(GOVERNMENT + ":" + code, api.id(), where);
            assertEquals(GOVERNMENT, api.governmentId(), where);
            assertEquals(row.title(), api.title(), where + " title");
            int[] parts = PledgeApi.parts(code);
            assertEquals(parts[0], api.area(), where + " area");
            assertEquals(parts.length - 1, api.depth(), where + " depth");
            assertEquals(parts.length == 2 ? null : GOVERNMENT + ":" + code.substring(0, code.lastIndexOf('-')),
                    api.parentId(), where + " parent");
            assertEquals("MILLION_KRW", api.unit(), where + " unit");
            assertCell(where + " 총계", row.cells().get(0), api.total(), api.totalKrw(), api.totalStatus());
            cells++;
            assertEquals(row.cells().get(0).equals("비예산") ? "NON_BUDGET" : "BUDGET", api.budgetType(),
                    where + " budget type");
            assertEquals(source.periods().size(), api.investments().size(), where + " periods");
            for (int p = 0; p < source.periods().size(); p++) {
                PeriodRow period = api.investments().get(p);
                String cellName = where + " " + source.periods().get(p);
                assertPeriod(cellName, source.periods().get(p), period.period(), period.fromYear(), period.toYear());
                assertCell(cellName, row.cells().get(p + 1), period.amount(), period.amountKrw(), period.status());
                cells++;
            }
        }
        assertEquals(62 * 5, cells);
    }

    @Test
    void should_serve_every_investment_row_as_printed() throws IOException {
        Envelope<InvestmentRow> investments = get("/api/v1/investments", new TypeReference<>() {
        });
        assertEquals(248, investments.meta().total());
        assertEquals(248, investments.data().size());
        Map<String, InvestmentRow> byId = index(investments.data(), InvestmentRow::id);
        for (SourceRow row : source.rows()) {
            for (int p = 0; p < source.periods().size(); p++) {
                String period = source.periods().get(p).replace('~', '-');
                String id = GOVERNMENT + ":" + row.label() + ":" + period;
                InvestmentRow api = byId.remove(id);
                assertNotNull(api, id + " is missing");
                assertEquals(row.label(), api.pledgeCode(), id);
                assertEquals(GOVERNMENT + ":" + row.label(), api.pledgeId(), id);
                assertEquals(row.title(), api.pledgeTitle(), id + " title");
                assertEquals("MILLION_KRW", api.unit(), id + " unit");
                assertPeriod(id, source.periods().get(p), api.period(), api.fromYear(), api.toYear());
                assertCell(id, row.cells().get(p + 1), api.amount(), api.amountKrw(), api.status());
            }
        }
        assertTrue(byId.isEmpty(), "rows the source does not print: " + byId.keySet());
    }

    @Test
    void should_hold_the_printed_grand_total_in_published_total() {
        List<PublishedTotal> totals = QuarkusTransaction.requiringNew()
                .call(() -> publishedTotals.ofDataset(DATASET));
        assertEquals(1 + source.periods().size(), totals.size());
        PublishedTotal rowTotal = totals.get(0);
        assertEquals(source.total().label(), rowTotal.label);
        assertNull(rowTotal.period, "the first total is the 총계 column");
        assertEquals(MoneyUnit.MILLION_KRW, rowTotal.unit);
        assertCell("총 계 총계", source.total().cells().get(0), rowTotal.amount,
                rowTotal.unit.toKrw(rowTotal.amount), rowTotal.status.name());
        for (int p = 0; p < source.periods().size(); p++) {
            PublishedTotal total = totals.get(p + 1);
            String where = "총 계 " + source.periods().get(p);
            assertEquals(source.total().label(), total.label, where);
            assertEquals(GOVERNMENT, total.governmentId, where);
            assertPeriod(where, source.periods().get(p), total.period, total.fromYear, total.toYear);
            assertCell(where, source.total().cells().get(p + 1), total.amount, total.unit.toKrw(total.amount),
                    total.status.name());
        }
    }

    // ---- Comparing one cell ----

    /** A printed cell against an amount, its value in won and its status: exact, scale included. */
    private static void assertCell(String where, String printed, BigDecimal amount, BigDecimal amountKrw,
            String status) {
        switch (printed) {
            case "-" -> {
                assertEquals("NONE", status, where + ": - is status NONE");
                assertNull(amount, where + ": - has no amount (not 0)");
                assertNull(amountKrw, where + ": - has no amount in won");
            }
            case "비예산" -> {
                assertEquals("NON_BUDGET", status, where + ": 비예산 is status NON_BUDGET");
                assertNull(amount, where + ": 비예산 has no amount (not 0)");
                assertNull(amountKrw, where + ": 비예산 has no amount in won");
            }
            default -> {
                BigDecimal expected = new BigDecimal(printed.replace(",", ""));
                assertEquals("AMOUNT", status, where);
                // BigDecimal.equals compares the scale too: 873.20 is not 873.2, 19.2 is not 19.20.
                assertEquals(expected, amount, where + ": printed " + printed);
                assertEquals(expected.movePointRight(6).stripTrailingZeros().toPlainString(),
                        amountKrw.stripTrailingZeros().toPlainString(), where + ": in won");
                assertEquals(0, amountKrw.scale(), where + ": won are whole");
            }
        }
    }

    private static void assertPeriod(String where, String printed, String period, Integer fromYear,
            Integer toYear) {
        String[] years = printed.split("~");
        assertEquals(printed.replace('~', '-'), period, where + " period");
        assertEquals(Integer.valueOf(years[0]), fromYear, where + " first year");
        assertEquals(Integer.valueOf(years[years.length - 1]), toYear, where + " last year");
    }

    private static <T> Map<String, T> index(List<T> rows, Function<T, String> key) {
        Map<String, T> index = rows.stream()
                .collect(Collectors.toMap(key, Function.identity(), (a, b) -> fail("duplicate " + key.apply(a)),
                        LinkedHashMap::new));
        assertEquals(rows.size(), index.size());
        return index;
    }

    // ---- An independent reading of the source text ----

    /** One printed row: its code (or 총 계), its title rebuilt as one line, and its five cells as printed. */
    record SourceRow(String label, String title, List<String> cells) {
    }

    /** The table of document 001 as printed. */
    record Source(String unit, List<String> periods, SourceRow total, List<SourceRow> rows) {

        /** A number as printed (1,930 / 2,415.05 / 873.20), - or 비예산. */
        private static final String CELL = "(?:(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\\.[0-9]+)?|-|비예산)";
        private static final Pattern ENDS_WITH_CELLS = Pattern.compile("^(?:(.*\\S)\\s+)?(" + CELL + ")\\s+(" + CELL
                + ")\\s+(" + CELL + ")\\s+(" + CELL + ")\\s+(" + CELL + ")$");
        private static final Pattern PLEDGE_START = Pattern.compile("^([0-9]+(?:-[0-9]+)+)\\.(.*)$");
        private static final Pattern TOTAL_START = Pattern.compile("^(총 계)\\s+(.*)$");
        private static final Pattern UNIT = Pattern.compile("^\\(단위 : (.+)\\)$");
        private static final String QUOTES = "‘’“”'\"";

        static Source parse(String text) {
            List<String> lines = text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
            int at = 0;
            Matcher unit = null;
            while (at < lines.size() && !(unit = UNIT.matcher(lines.get(at))).matches()) {
                at++;
            }
            assertTrue(at < lines.size(), "no (단위 : ...) line");
            String unitText = unit.group(1);
            while (at < lines.size() && !lines.get(at).startsWith("공약사업 총계")) {
                at++;
            }
            // The header wraps: "공약사업 총계 2022~", "2023", "2024 2025 2026".
            List<String> header = new ArrayList<>();
            while (at < lines.size() && !TOTAL_START.matcher(lines.get(at)).matches()) {
                header.addAll(Arrays.asList(lines.get(at++).split("\\s+")));
            }
            assertEquals(List.of("공약사업", "총계"), header.subList(0, 2), "table header");
            List<String> periods = new ArrayList<>();
            for (String token : header.subList(2, header.size())) {
                if (!periods.isEmpty() && periods.get(periods.size() - 1).endsWith("~")) {
                    periods.set(periods.size() - 1, periods.get(periods.size() - 1) + token);
                } else {
                    periods.add(token);
                }
            }
            List<SourceRow> rows = new ArrayList<>();
            RowText current = null;
            for (; at < lines.size(); at++) {
                String line = lines.get(at);
                Matcher pledge = PLEDGE_START.matcher(line);
                Matcher total = TOTAL_START.matcher(line);
                if (pledge.matches() || total.matches()) {
                    if (current != null) {
                        rows.add(current.finish());
                    }
                    Matcher start = pledge.matches() ? pledge : total;
                    current = new RowText(start.group(1));
                    current.add(start.group(2));
                } else if (current == null || current.cells != null) {
                    fail("a line outside any row: " + line);
                } else {
                    current.add(line);
                }
            }
            if (current != null) {
                rows.add(current.finish());
            }
            SourceRow grandTotal = rows.remove(0);
            assertEquals("총 계", grandTotal.label(), "the first row is the grand total");
            rows.forEach(row -> assertEquals(1 + periods.size(), row.cells().size(), row.label()));
            return new Source(unitText, List.copyOf(periods), grandTotal, List.copyOf(rows));
        }

        /** The text of one row as it comes, line by line: title parts, then the cells at the end of the last. */
        private static final class RowText {
            private final String label;
            private final List<String> titleParts = new ArrayList<>();
            private List<String> cells;

            RowText(String label) {
                this.label = label;
            }

            void add(String text) {
                Matcher matcher = ENDS_WITH_CELLS.matcher(text);
                if (matcher.matches()) {
                    if (matcher.group(1) != null) {
                        titleParts.add(matcher.group(1));
                    }
                    cells = List.of(matcher.group(2), matcher.group(3), matcher.group(4), matcher.group(5),
                            matcher.group(6));
                } else if (!text.isBlank()) {
                    titleParts.add(text.strip());
                }
            }

            SourceRow finish() {
                assertNotNull(cells, "row " + label + " has no amounts");
                return new SourceRow(label, joinWrapped(titleParts), cells);
            }
        }

        /**
         * Rebuilds a wrapped title as the data README says: parts joined with one space, but with none where the wrap
         * falls directly after or before a quote mark. (No wrap in this document falls inside a word.)
         */
        static String joinWrapped(List<String> parts) {
            StringBuilder title = new StringBuilder();
            for (String part : parts) {
                boolean atQuote = title.length() > 0 && (QUOTES.indexOf(title.charAt(title.length() - 1)) >= 0
                        || QUOTES.indexOf(part.charAt(0)) >= 0);
                if (title.length() > 0 && !atQuote) {
                    title.append(' ');
                }
                title.append(part);
            }
            return title.toString();
        }
    }
}
