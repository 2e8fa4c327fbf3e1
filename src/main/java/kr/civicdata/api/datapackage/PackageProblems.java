package kr.civicdata.api.datapackage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Every problem found in the packages of one load, all at once: a person reads the text, a CI job the JSON. Past
 * {@link #LIMIT} problems only the count grows, so that a file wrong on every line cannot fill the memory or the
 * terminal.
 */
public final class PackageProblems {

    public static final int LIMIT = 1000;

    private final List<PackageProblem> problems = new ArrayList<>();
    private long count;

    public void add(String file, long line, long column, String field, String problem, String value) {
        count++;
        if (problems.size() < LIMIT) {
            problems.add(new PackageProblem(file, line, column, field, problem, value));
        }
    }

    public void addAll(PackageProblems other) {
        for (PackageProblem p : other.problems) {
            add(p.file(), p.line(), p.column(), p.field(), p.problem(), p.value());
        }
        count += other.count - other.problems.size();
    }

    public boolean isEmpty() {
        return count == 0;
    }

    public long count() {
        return count;
    }

    public List<PackageProblem> list() {
        return List.copyOf(problems);
    }

    /** One problem a line, then how many there are. */
    public String text() {
        StringBuilder out = new StringBuilder();
        for (PackageProblem problem : problems) {
            out.append(problem).append('\n');
        }
        if (count > problems.size()) {
            out.append("… and ").append(count - problems.size()).append(" more problems not listed\n");
        }
        out.append(count).append(count == 1 ? " problem" : " problems").append('\n');
        return out.toString();
    }

    /** {@code {"valid": false, "problemCount": n, "problems": [{file, line, column, field, problem, value}]}}. */
    public String json() {
        try {
            Map<String, Object> report = new LinkedHashMap<>();
            report.put("valid", count == 0);
            report.put("problemCount", count);
            report.put("problems", problems);
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return text();
    }
}
