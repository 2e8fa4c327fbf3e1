package kr.civicdata.api.datapackage;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The defusing of spreadsheet formulas in the CSV files sent, and its exact undoing by a loader. */
class FormulaEscapeTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\")", "+82 2", "-1", "- 장기 미집행", "@SUM(A1)", "\tx", "\rx",
            "'23. 5. 15.", "''"})
    void should_defuse_a_text_that_a_spreadsheet_would_run_and_give_it_back_exactly(String text) {
        String sent = FormulaEscape.escape(text);
        assertEquals("'" + text, sent);
        assertEquals(text, FormulaEscape.unescape(sent));
    }

    @ParameterizedTest
    @CsvSource(value = {"-", "873.20", "공약", "a=b", "x-1"}, emptyValue = "")
    void should_leave_the_printed_dash_and_harmless_text_as_they_are(String text) {
        assertEquals(text, FormulaEscape.escape(text));
        assertEquals(text, FormulaEscape.unescape(FormulaEscape.escape(text)));
    }
}
