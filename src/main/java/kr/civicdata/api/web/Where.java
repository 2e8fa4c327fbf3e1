package kr.civicdata.api.web;

import java.util.ArrayList;
import java.util.List;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/**
 * Builds the HQL condition and parameters of a filtered query from the filters that were given; a filter whose
 * value is null is left out. Shared by every repository so that filters behave the same everywhere.
 */
public final class Where {

    private final List<String> conditions = new ArrayList<>();
    private final Parameters parameters = new Parameters();
    private int next;

    /** {@code expression = value}, when value is not null. */
    public Where eq(String expression, Object value) {
        if (value != null) {
            String name = "p" + next++;
            conditions.add(expression + " = :" + name);
            parameters.and(name, value);
        }
        return this;
    }

    /** A condition with one parameter, written {@code :value} in the condition, when value is not null. */
    public Where when(Object value, String condition) {
        if (value != null) {
            String name = "p" + next++;
            conditions.add(condition.replace(":value", ":" + name));
            parameters.and(name, value);
        }
        return this;
    }

    /** A fixed condition without parameters, when include is true. */
    public Where when(boolean include, String condition) {
        if (include) {
            conditions.add(condition);
        }
        return this;
    }

    /** Case-insensitive substring search, with the LIKE wildcards of the text taken literally. */
    public Where contains(String expression, String text) {
        if (text != null) {
            String escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            return when("%" + escaped.toLowerCase(java.util.Locale.ROOT) + "%",
                    "lower(" + expression + ") like :value escape '\\'");
        }
        return this;
    }

    public String query() {
        return conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions);
    }

    public Parameters parameters() {
        return parameters;
    }

    /**
     * The requested sort, else the default, always ending with the tie-breaker so that paging is stable. A new Sort:
     * Panache's {@code Sort.and} appends to the Sort it is called on, and a default kept in a constant would grow by
     * one tie-breaker per request (a new HQL string each time, parsed again, and never freed).
     */
    public static Sort sort(List<SortField> requested, Sort defaultSort, String tieBreaker) {
        Sort sort = null;
        if (requested.isEmpty()) {
            for (Sort.Column column : defaultSort.getColumns()) {
                sort = sort == null
                        ? Sort.by(column.getName(), column.getDirection(), column.getNullPrecedence())
                        : sort.and(column.getName(), column.getDirection(), column.getNullPrecedence());
            }
            if (sort != null && !defaultSort.isEscapingEnabled()) {
                sort.disableEscaping();
            }
        }
        for (SortField field : requested) {
            Sort.Direction direction = field.descending() ? Sort.Direction.Descending : Sort.Direction.Ascending;
            sort = sort == null
                    ? Sort.by(field.expression(), direction, Sort.NullPrecedence.NULLS_LAST)
                    : sort.and(field.expression(), direction, Sort.NullPrecedence.NULLS_LAST);
        }
        return sort.and(tieBreaker);
    }
}
