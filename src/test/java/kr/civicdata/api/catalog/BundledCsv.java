package kr.civicdata.api.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a bundled data file (or a CSV answer) with a small RFC 4180 parser of its own, so that tests compute their
 * expected values from the data independently of the database and of the service's CSV writer.
 */
public final class BundledCsv {

    private BundledCsv() {
    }

    /** The rows of {@code data/<fileName>} as header-to-cell maps; an empty cell is null. */
    public static List<Map<String, String>> rows(String fileName) {
        try (InputStream in = BundledCsv.class.getClassLoader().getResourceAsStream("data/" + fileName)) {
            if (in == null) {
                throw new IllegalArgumentException("No bundled file " + fileName);
            }
            List<List<String>> records = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            List<String> header = records.get(0);
            List<Map<String, String>> rows = new ArrayList<>();
            for (List<String> record : records.subList(1, records.size())) {
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    String cell = record.get(i);
                    row.put(header.get(i), cell.isEmpty() ? null : cell);
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Records of a CSV text: quoted fields may hold commas, doubled quotes and line breaks; CRLF or LF ends a record. */
    public static List<List<String>> parse(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }
}
