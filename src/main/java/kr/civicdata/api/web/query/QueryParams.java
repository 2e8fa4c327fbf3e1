package kr.civicdata.api.web.query;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;

import kr.civicdata.api.db.query.PageRequest;
import kr.civicdata.api.db.query.SortField;
import kr.civicdata.api.web.problem.Problem;
import kr.civicdata.api.web.problem.ProblemException;
import kr.civicdata.api.web.problem.Problems;

/**
 * Reads and validates the query parameters of one request. Every problem is collected, so that one 400 answer names
 * every bad parameter; {@link #validate()} throws it. Each value read is also recorded in its canonical form, which
 * the paging links and the representation cache use, so that {@code size=050} and {@code size=50} are one thing.
 */
public final class QueryParams {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 1000;
    private static final int MAX_VALUE_LENGTH = 200;

    private final String path;
    private final MultivaluedMap<String, String> raw;
    private final Set<String> allowed;
    private final List<Problem.ParameterError> errors = new ArrayList<>();
    private final Map<String, String> canonical = new TreeMap<>();

    private QueryParams(String path, MultivaluedMap<String, String> raw, Set<String> allowed) {
        this.path = path;
        this.raw = raw;
        this.allowed = allowed;
        for (Map.Entry<String, List<String>> entry : raw.entrySet()) {
            String name = entry.getKey();
            if (!allowed.contains(name)) {
                errors.add(new Problem.ParameterError(Problems.printable(name),
                        "is not a parameter of this endpoint; accepted: " + String.join(", ", allowed)));
            } else if (entry.getValue().size() > 1) {
                errors.add(new Problem.ParameterError(name, "is given more than once; give it once"));
            }
        }
    }

    /** Parameters of a single resource: only {@code format}. */
    public static QueryParams item(UriInfo uri) {
        return new QueryParams(uri.getPath(), uri.getQueryParameters(), Set.of("format"));
    }

    /** Parameters of a collection: the given filters plus {@code page}, {@code size}, {@code sort}, {@code format}. */
    public static QueryParams collection(UriInfo uri, String... filters) {
        Set<String> allowed = new LinkedHashSet<>(Arrays.asList(filters));
        allowed.addAll(List.of("sort", "page", "size", "format"));
        return new QueryParams(uri.getPath(), uri.getQueryParameters(), allowed);
    }

    /** The request path, without query. */
    public String path() {
        return path;
    }

    private String value(String name) {
        List<String> values = raw.get(name);
        if (values == null || values.isEmpty() || values.size() > 1) {
            return null;
        }
        String value = values.get(0);
        if (value.isEmpty()) {
            errors.add(new Problem.ParameterError(name, "is empty; give a value or leave the parameter out"));
            return null;
        }
        if (value.length() > MAX_VALUE_LENGTH) {
            errors.add(new Problem.ParameterError(name, "is longer than " + MAX_VALUE_LENGTH + " characters"));
            return null;
        }
        if (value.codePoints().anyMatch(Character::isISOControl)) {
            errors.add(new Problem.ParameterError(name, "contains control characters"));
            return null;
        }
        return value;
    }

    private void error(String name, String message) {
        errors.add(new Problem.ParameterError(name, message));
    }

    /** A free-text or id value, as given. */
    public String string(String name) {
        String value = value(name);
        if (value != null) {
            canonical.put(name, value);
        }
        return value;
    }

    /** An id-like value: letters, digits and {@code - _ : .} only. */
    public String id(String name) {
        String value = value(name);
        if (value == null) {
            return null;
        }
        if (!value.matches("[A-Za-z0-9._:\\-]+")) {
            error(name, "must be an id made of letters, digits and - _ : . (for example gwangju-seo)");
            return null;
        }
        canonical.put(name, value);
        return value;
    }

    /** An integer within [min, max]. */
    public Integer integer(String name, int min, int max) {
        String value = value(name);
        if (value == null) {
            return null;
        }
        try {
            if (!value.matches("[+-]?[0-9]{1,10}")) {
                throw new NumberFormatException();
            }
            long parsed = Long.parseLong(value);
            if (parsed < min || parsed > max) {
                throw new NumberFormatException();
            }
            canonical.put(name, Long.toString(parsed));
            return (int) parsed;
        } catch (NumberFormatException e) {
            error(name, "must be an integer from " + min + " to " + max);
            return null;
        }
    }

    /** One of the constants of an enum, by name, case-insensitive. */
    public <E extends Enum<E>> E enumValue(String name, Class<E> type) {
        String value = value(name);
        if (value == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value)) {
                canonical.put(name, constant.name());
                return constant;
            }
        }
        error(name, "must be one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name)
                .collect(Collectors.joining(", ")));
        return null;
    }

    /** An ISO date (YYYY-MM-DD). */
    public LocalDate date(String name) {
        String value = value(name);
        if (value == null) {
            return null;
        }
        try {
            if (!value.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
                throw new DateTimeParseException("", value, 0);
            }
            LocalDate date = LocalDate.parse(value);
            canonical.put(name, date.toString());
            return date;
        } catch (DateTimeParseException e) {
            error(name, "must be a date in the form YYYY-MM-DD, for example 2023-05-24");
            return null;
        }
    }

    /** {@code page} (from 1) and {@code size} (1 to 1000, default 50). */
    public PageRequest page() {
        Integer page = integer("page", 1, Integer.MAX_VALUE);
        Integer size = integer("size", 1, MAX_SIZE);
        canonical.remove("page");
        canonical.remove("size");
        return new PageRequest(page == null ? 1 : page, size == null ? DEFAULT_SIZE : size);
    }

    /**
     * {@code sort}: comma-separated fields from {@code fields} (API name to sort expression), each optionally
     * prefixed with {@code -} for descending.
     */
    public List<SortField> sort(Map<String, String> fields) {
        String value = value("sort");
        if (value == null) {
            return List.of();
        }
        List<SortField> result = new ArrayList<>();
        Map<String, Boolean> seen = new LinkedHashMap<>();
        for (String part : value.split(",", -1)) {
            boolean descending = part.startsWith("-");
            String field = descending ? part.substring(1) : part;
            if (!fields.containsKey(field)) {
                error("sort", "'" + Problems.printable(field) + "' is not a sortable field; sortable: "
                        + String.join(", ", fields.keySet()) + " (prefix - for descending)");
                return List.of();
            }
            if (seen.put(field, descending) != null) {
                error("sort", "'" + field + "' is given more than once");
                return List.of();
            }
            result.add(new SortField(field, fields.get(field), descending));
        }
        canonical.put("sort", result.stream().map(SortField::toString).collect(Collectors.joining(",")));
        return result;
    }

    /** {@code format}: json (default) or csv, when given. */
    public Format format() {
        String value = value("format");
        if (value == null) {
            return null;
        }
        for (Format format : Format.values()) {
            if (format.name().equalsIgnoreCase(value)) {
                return format;
            }
        }
        error("format", "must be json or csv");
        return null;
    }

    /** Adds an error found by the caller, for example a combination of values that cannot hold. */
    public void reject(String name, String message) {
        error(name, message);
    }

    /** Throws a 400 naming every invalid parameter, if there is any. */
    public void validate() {
        if (!errors.isEmpty()) {
            throw ProblemException.invalidParameters(errors);
        }
    }

    /** The parameters read, in canonical form and name order, without page and size. */
    public Map<String, String> canonical() {
        return canonical;
    }
}
