package kr.civicdata.api.web.query;

import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;

import kr.civicdata.api.db.query.Filter;
import kr.civicdata.api.db.query.Filters;
import kr.civicdata.api.db.query.Keyset;
import kr.civicdata.api.db.query.PageRequest;
import kr.civicdata.api.db.query.Selection;
import kr.civicdata.api.db.query.SortField;
import kr.civicdata.api.db.query.Sortable;
import kr.civicdata.api.db.query.ValueType;
import kr.civicdata.api.web.problem.Problem;
import kr.civicdata.api.web.problem.ProblemException;
import kr.civicdata.api.web.problem.Problems;

/**
 * Reads and validates the query parameters of one request, as its collection declares them ({@link Filters}). Every
 * problem is collected, so that one 400 answer names every bad parameter; {@link #validate()} throws it. Each value
 * read is also recorded in its canonical form, which the paging links and the representation cache use, so that
 * {@code size=050} and {@code size=50} are one thing.
 *
 * <p>
 * A collection accepts its filters, then {@code sort}, {@code page}, {@code size}, {@code format} and {@code fields},
 * and lists them in that order when it refuses another; a single resource accepts {@code format} and {@code fields}.
 */
public final class QueryParams {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 1000;
    private static final int MAX_VALUE_LENGTH = 200;
    private static final ValueType<Integer> PAGE = ValueType.integer(1, Integer.MAX_VALUE);
    private static final ValueType<Integer> SIZE = ValueType.integer(1, MAX_SIZE);
    /** The parameters of every collection, after its filters. */
    private static final List<String> COLLECTION = List.of("sort", "page", "size", "format", "fields");
    /** The parameters of a single resource. */
    private static final List<String> ITEM = List.of("format", "fields");

    private final String path;
    private final MultivaluedMap<String, String> raw;
    /** The declaration of the collection; null for a single resource, whose only parameter is format. */
    private final Filters filters;
    private final List<Problem.ParameterError> errors = new ArrayList<>();
    private final Map<String, String> canonical = new TreeMap<>();

    private QueryParams(String path, MultivaluedMap<String, String> raw, Filters filters) {
        this.path = path;
        this.raw = raw;
        this.filters = filters;
        for (Map.Entry<String, List<String>> entry : raw.entrySet()) {
            String name = entry.getKey();
            if (!accepts(name)) {
                errors.add(new Problem.ParameterError(Problems.printable(name),
                        "is not a parameter of this endpoint; accepted: " + accepted()));
            } else if (entry.getValue().size() > 1) {
                errors.add(new Problem.ParameterError(name, "is given more than once; give it once"));
            }
        }
    }

    /** Parameters of a single resource: {@code format} and {@code fields}. */
    public static QueryParams item(UriInfo uri) {
        return new QueryParams(uri.getPath(), uri.getQueryParameters(), null);
    }

    /** Parameters of a collection: its declared filters, then {@code sort}, {@code page}, {@code size}, {@code format}. */
    public static QueryParams collection(UriInfo uri, Filters filters) {
        return new QueryParams(uri.getPath(), uri.getQueryParameters(), filters);
    }

    private boolean accepts(String name) {
        return filters == null
                ? ITEM.contains(name)
                : COLLECTION.contains(name) || filters.filter(name) != null
                        || name.equals("cursor") && filters.cursors();
    }

    /** The parameters accepted, in the documented order. */
    private String accepted() {
        if (filters == null) {
            return String.join(", ", ITEM);
        }
        List<String> names = new ArrayList<>();
        filters.filters().forEach(filter -> names.add(filter.name()));
        names.addAll(COLLECTION);
        if (filters.cursors()) {
            names.add(names.indexOf("page") + 1, "cursor");
        }
        return String.join(", ", names);
    }

    /** Whether the collection's pages can be reached by a cursor ({@link Filters#cursors()}). */
    public boolean cursors() {
        return filters != null && filters.cursors();
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
            Filter<?> filter = filters == null ? null : filters.filter(name);
            errors.add(new Problem.ParameterError(name, filter != null && filter.required()
                    ? "is empty; give a value"
                    : "is empty; give a value or leave the parameter out"));
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

    /** A value of the type, recorded in canonical form; null when not given or invalid (then an error is kept). */
    private <T> T read(String name, ValueType<T> type) {
        String text = value(name);
        if (text == null) {
            return null;
        }
        T value = type.parse(text);
        if (value == null) {
            error(name, type.problem(text));
            return null;
        }
        canonical.put(name, type.canonical(value));
        return value;
    }

    /**
     * The rows the request selects: the value of every declared filter given, and the sort. Values that are invalid,
     * or out of their declared order, are errors for {@link #validate}.
     */
    public Selection selection() {
        Selection.Builder selection = filters.select();
        List<Filter<?>> declared = filters.filters();
        List<Filters.Ordered<?>> pairs = filters.ordered();
        for (int i = 0; i < declared.size(); i++) {
            Filter<?> filter = declared.get(i);
            readInto(selection, filter);
            for (int j = 0; j < pairs.size(); j++) { // a pair is checked once both are read, as the 400 lists them
                if (pairs.get(j).high() == filter) {
                    checkOrder(selection, pairs.get(j));
                }
            }
        }
        return selection.sort(sort()).build();
    }

    private <T> void readInto(Selection.Builder selection, Filter<T> filter) {
        if (filter.required() && raw.get(filter.name()) == null) {
            error(filter.name(), "is required");
        }
        selection.set(filter, read(filter.name(), filter.type()));
    }

    private <T extends Comparable<? super T>> void checkOrder(Selection.Builder values, Filters.Ordered<T> pair) {
        T low = values.get(pair.low());
        T high = values.get(pair.high());
        if (low != null && high != null && low.compareTo(high) > 0) {
            String lowName = pair.low().name();
            String highName = pair.high().name();
            boolean time = low instanceof Temporal;
            // In words, not with < and >: a problem never holds angle brackets (HostileInputTest).
            error(lowName,
                    (time ? "is after " : "is greater than ") + highName + " (" + low
                            + (time ? " is after " : " is greater than ")
                            + high + "); give " + lowName + (time ? " on or before " : " at most ") + highName);
            error(highName,
                    (time ? "is before " : "is less than ") + lowName + " (" + high
                            + (time ? " is before " : " is less than ")
                            + low + "); give " + highName + (time ? " on or after " : " at least ") + lowName);
        }
    }

    /**
     * {@code sort}: comma-separated declared fields, each optionally prefixed with {@code -} for descending. A field of
     * several expressions gives one {@link SortField} each, in the same direction.
     */
    private List<SortField> sort() {
        String value = value("sort");
        if (value == null) {
            return List.of();
        }
        List<SortField> result = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (String part : value.split(",", -1)) {
            boolean descending = part.startsWith("-");
            String field = descending ? part.substring(1) : part;
            Sortable sortable = filters.sortable(field);
            if (sortable == null) {
                error("sort", "'" + Problems.printable(field) + "' is not a sortable field; sortable: "
                        + filters.sortableNames() + " (prefix - for descending)");
                return List.of();
            }
            if (seen.contains(field)) {
                error("sort", "'" + field + "' is given more than once");
                return List.of();
            }
            seen.add(field);
            for (String expression : sortable.expressions()) {
                result.add(new SortField(field, expression, descending));
            }
        }
        canonical.put("sort", value);
        return result;
    }

    /**
     * {@code page} (from 1) and {@code size} (1 to 1000, default 50); or, where the collection offers cursors, the
     * {@code cursor} of a link to a next page instead of {@code page}. A cursor belongs to the filters and sort it was
     * made for. Read after {@link #selection()}, whose canonical values the cursor is checked against.
     */
    public PageRequest page() {
        Integer page = read("page", PAGE);
        Integer size = read("size", SIZE);
        canonical.remove("page");
        canonical.remove("size");
        String cursor = filters != null && filters.cursors() ? value("cursor") : null;
        if (cursor == null) {
            return new PageRequest(page == null ? 1 : page, size == null ? DEFAULT_SIZE : size);
        }
        Keyset after = Keyset.decode(cursor);
        if (after == null) {
            error("cursor", "is not a cursor of this collection; take it from links.next of a page");
        } else if (!after.query().equals(query())) {
            error("cursor", "was made for other filters or another sort; take it from links.next of this query");
        } else if (page != null) {
            error("cursor", "is given with page; give one of them");
        } else {
            return new PageRequest(after.page(), size == null ? DEFAULT_SIZE : size, after);
        }
        return new PageRequest(1, size == null ? DEFAULT_SIZE : size);
    }

    /**
     * The canonical filters and sort as one text, which a cursor names (see {@link #page()}). Not the field set: it
     * chooses the fields of the rows, not the rows, and is recorded after the page is read.
     */
    public String query() {
        StringBuilder query = new StringBuilder();
        // Control characters never occur in a value (see value), so these separators cannot be forged by one.
        canonical.forEach((name, value) -> {
            if (!name.equals("fields")) {
                query.append(name).append('\u001f').append(value).append('\u001e');
            }
        });
        return query.toString();
    }

    /** {@code format}: json (default), csv or ndjson, when given. */
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
        error("format", "must be json, csv or ndjson");
        return null;
    }

    /**
     * {@code fields}, as given, when given: the representation checks it against the fields of its rows and records
     * its canonical form ({@link #canonical(String, String)}).
     */
    public String fields() {
        return value("fields");
    }

    /** Records a parameter's canonical form, read by the representation (the field set). */
    public void canonical(String name, String value) {
        canonical.put(name, value);
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
