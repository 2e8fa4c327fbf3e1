package kr.civicdata.api.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a bundled data file (or a CSV answer) with Commons CSV, so that tests compute their expected values from the
 * data independently of the database and of the service's CSV writer.
 */
public final class BundledCsv {

    private static final CSVFormat WITH_HEADER = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
            .get();

    private BundledCsv() {
    }

    /** The rows of {@code data/<fileName>} as header-to-cell maps; an empty cell is null. */
    public static List<Map<String, String>> rows(String fileName) {
        try (InputStream in = BundledCsv.class.getClassLoader().getResourceAsStream("data/" + fileName)) {
            if (in == null) {
                throw new IllegalArgumentException("No bundled file " + fileName);
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
                    CSVParser parser = WITH_HEADER.parse(reader)) {
                List<String> header = parser.getHeaderNames();
                List<Map<String, String>> rows = new ArrayList<>();
                for (CSVRecord record : parser) {
                    Map<String, String> row = new LinkedHashMap<>();
                    for (int i = 0; i < header.size(); i++) {
                        String cell = record.get(i);
                        row.put(header.get(i), cell.isEmpty() ? null : cell);
                    }
                    rows.add(row);
                }
                return rows;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Records of a CSV text (RFC 4180: quoted fields may hold commas, doubled quotes and line breaks). */
    public static List<List<String>> parse(String text) {
        try (CSVParser parser = CSVFormat.RFC4180.parse(new StringReader(text))) {
            List<List<String>> records = new ArrayList<>();
            for (CSVRecord record : parser) {
                records.add(record.toList());
            }
            return records;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
