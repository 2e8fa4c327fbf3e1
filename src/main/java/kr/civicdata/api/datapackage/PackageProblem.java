package kr.civicdata.api.datapackage;

/**
 * One thing wrong with a package, where it is and the value found: printed as {@code file:line:column field — problem —
 * value}. For a CSV file the line is the physical line the record starts on (the header is line 1) and the column the
 * position of the cell in the record, from 1; for datapackage.json the line and column of the JSON value; 0 where the
 * file as a whole is meant.
 */
public record PackageProblem(String file, long line, long column, String field, String problem, String value) {

    /** The value as quoted in the message: cut after 80 characters, control characters shown as escapes. */
    static String quote(String value) {
        if (value == null) {
            return null;
        }
        String cut = value.length() > 80 ? value.substring(0, 80) + "…" : value;
        StringBuilder out = new StringBuilder("\"");
        for (char c : cut.toCharArray()) {
            switch (c) {
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                case '\n' -> out.append("\\n");
                case '"' -> out.append("\\\"");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + " " + (field == null || field.isEmpty() ? "-" : field) + " — "
                + problem + " — " + (value == null ? "(none)" : quote(value));
    }
}
