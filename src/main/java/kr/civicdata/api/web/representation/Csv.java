package kr.civicdata.api.web.representation;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Writes rows (Java records) as RFC 4180 CSV in UTF-8 with a byte-order mark, so that Excel shows Korean text. The
 * header row holds the JSON field names; a nested record becomes columns named {@code outer.inner}; list fields are
 * left out (each collection's OpenAPI description says where their rows are).
 */
final class Csv {

    /** The UTF-8 byte-order mark every CSV answer begins with, so that Excel reads the Korean text as UTF-8. */
    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final Map<Class<?>, List<Column>> COLUMNS = new ConcurrentHashMap<>();

    /** A column: its header name and the record components read, outer first, to reach its value. */
    record Column(String name, List<RecordComponent> path) {
    }

    private Csv() {
    }

    /**
     * The columns of rows of {@code type} that {@code keep} takes, in their usual order: what {@link #header} and
     * {@link #row} write, the same for every part of a stream.
     */
    static List<Column> columns(Class<?> type, Predicate<String> keep) {
        List<Column> all = COLUMNS.computeIfAbsent(type, t -> columns(t, "", List.of()));
        return all.stream().filter(column -> keep.test(column.name())).toList();
    }

    /**
     * The whole CSV of {@code rows}: the byte-order mark, the header and every row, the same bytes a stream of the same
     * rows sends a part at a time.
     */
    static byte[] write(List<Column> columns, List<?> rows) {
        StringBuilder out = new StringBuilder(64 + rows.size() * 128);
        header(out, columns);
        for (Object row : rows) {
            row(out, columns, row);
        }
        byte[] body = out.toString().getBytes(StandardCharsets.UTF_8);
        byte[] result = new byte[BOM.length + body.length];
        System.arraycopy(BOM, 0, result, 0, BOM.length);
        System.arraycopy(body, 0, result, BOM.length, body.length);
        return result;
    }

    /** The header row: the columns' names. */
    static void header(StringBuilder out, List<Column> columns) {
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            field(out, columns.get(i).name());
        }
        out.append("\r\n");
    }

    /** One row: its value of each column, empty for null. */
    static void row(StringBuilder out, List<Column> columns, Object row) {
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            Object value = row;
            for (RecordComponent component : columns.get(i).path()) {
                value = value == null ? null : read(component, value);
            }
            if (value != null) {
                field(out, text(value));
            }
        }
        out.append("\r\n");
    }

    private static List<Column> columns(Class<?> type, String prefix, List<RecordComponent> parents) {
        if (!type.isRecord()) {
            throw new IllegalArgumentException(type + " is not a record");
        }
        List<Column> columns = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            Class<?> fieldType = component.getType();
            List<RecordComponent> path = new ArrayList<>(parents);
            path.add(component);
            if (Collection.class.isAssignableFrom(fieldType) || Map.class.isAssignableFrom(fieldType)) {
                continue;
            }
            if (fieldType.isRecord()) {
                columns.addAll(columns(fieldType, prefix + component.getName() + ".", path));
            } else {
                columns.add(new Column(prefix + component.getName(), List.copyOf(path)));
            }
        }
        return List.copyOf(columns);
    }

    private static Object read(RecordComponent component, Object target) {
        try {
            return component.getAccessor().invoke(target);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(Object value) {
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        return value.toString();
    }

    /** RFC 4180: a field with a comma, quote, CR or LF is quoted, and its quotes doubled. */
    private static void field(StringBuilder out, String value) {
        boolean quote = false;
        for (int i = 0; i < value.length() && !quote; i++) {
            char c = value.charAt(i);
            quote = c == ',' || c == '"' || c == '\r' || c == '\n';
        }
        if (!quote) {
            out.append(value);
            return;
        }
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                out.append('"');
            }
            out.append(c);
        }
        out.append('"');
    }
}
