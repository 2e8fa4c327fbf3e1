package kr.civicdata.api.datapackage;

/**
 * The defusing of spreadsheet formulas in the CSV files the service sends, after OWASP's advice on CSV injection: a
 * text cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading
 * apostrophe, so that a spreadsheet shows it as text instead of running it. To stay reversible, a text cell that
 * already starts with an apostrophe gets one more; a loader reading a package whose dialect declares
 * {@code "formulaEscape": "'"} removes one leading apostrophe from every text cell that has one, and gets back exactly
 * what was sent. Numbers and dates are never touched (their columns are not text), and neither is a cell that is only
 * {@code -}, the printed dash, which no spreadsheet takes for a formula.
 */
public final class FormulaEscape {

    /** The value of the dialect property that declares the escape. */
    public static final String APOSTROPHE = "'";

    private FormulaEscape() {
    }

    /** The text cell as sent. */
    public static String escape(String text) {
        if (text == null || text.isEmpty() || text.equals("-")) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                || first == '\'' ? "'" + text : text;
    }

    /** The text cell as it was before {@link #escape}. */
    public static String unescape(String cell) {
        return cell.startsWith("'") ? cell.substring(1) : cell;
    }
}
