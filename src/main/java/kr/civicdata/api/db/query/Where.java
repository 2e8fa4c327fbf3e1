package kr.civicdata.api.db.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/**
 * Builds the condition and parameters of a filtered query from the filters that were given; a filter whose value is
 * null is left out. Shared by every repository so that filters behave the same everywhere: as HQL with named
 * parameters for Panache ({@link #query()}), or, with column names for expressions, as SQL with positional ones for
 * JDBC ({@link #sql()}).
 */
public final class Where {

    private static final Pattern PARAMETER = Pattern.compile(":(p[0-9]+)");

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

    /**
     * Case-insensitive substring search in any of the expressions, with the LIKE wildcards of the text taken
     * literally. Declared as a filter's condition with {@link Condition#contains}.
     */
    Where contains(String text, String... expressions) {
        if (text != null) {
            String escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            StringBuilder condition = new StringBuilder(expressions.length > 1 ? "(" : "");
            for (int i = 0; i < expressions.length; i++) {
                condition.append(i > 0 ? " or " : "").append("lower(").append(expressions[i])
                        .append(") like :value escape '\\'");
            }
            return when("%" + escaped.toLowerCase(Locale.ROOT) + "%",
                    condition.append(expressions.length > 1 ? ")" : "").toString());
        }
        return this;
    }

    public String query() {
        return conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions);
    }

    public Parameters parameters() {
        return parameters;
    }

    /** The condition as SQL: every parameter a {@code ?}, bound from {@link #sqlParameters()} in the same order. */
    public String sql() {
        return PARAMETER.matcher(query()).replaceAll("?");
    }

    /** The values of the {@code ?} of {@link #sql()}, one per occurrence, in order. */
    public List<Object> sqlParameters() {
        List<Object> ordered = new ArrayList<>();
        Map<String, Object> values = parameters.map();
        Matcher matcher = PARAMETER.matcher(query());
        while (matcher.find()) {
            ordered.add(values.get(matcher.group(1)));
        }
        return ordered;
    }

    /**
     * The SQL {@code ORDER BY} list of the requested sort, else of the default, always ending with the tie-breaker, as
     * {@link #sort} orders for HQL: a requested field puts nulls last in either direction.
     *
     * @param defaultOrder the default's SQL, such as {@code "code_sort"}
     */
    public static String orderBy(List<SortField> requested, String defaultOrder, String tieBreaker) {
        if (requested.isEmpty()) {
            return defaultOrder + ", " + tieBreaker;
        }
        StringBuilder order = new StringBuilder();
        for (SortField field : requested) {
            order.append(field.expression()).append(field.descending() ? " desc" : " asc").append(" nulls last, ");
        }
        return order.append(tieBreaker).toString();
    }

    /**
     * The requested sort, else the default, always ending with the tie-breaker so that paging is stable. A new Sort:
     * Panache's {@code Sort.and} appends to the Sort it is called on, and a default kept in a constant would grow by
     * one tie-breaker per request (a new HQL string each time, parsed again, and never freed). Panache cannot escape
     * an expression with a call, such as {@code coalesce(a, b)}: escaping is then off for the whole order, which holds
     * fixed expressions of a declaration only ({@link Filters}), never client text.
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
        boolean calls = false;
        for (SortField field : requested) {
            Sort.Direction direction = field.descending() ? Sort.Direction.Descending : Sort.Direction.Ascending;
            sort = sort == null
                    ? Sort.by(field.expression(), direction, Sort.NullPrecedence.NULLS_LAST)
                    : sort.and(field.expression(), direction, Sort.NullPrecedence.NULLS_LAST);
            calls |= field.expression().indexOf('(') >= 0;
        }
        if (calls) {
            sort.disableEscaping();
        }
        return sort.and(tieBreaker);
    }
}
