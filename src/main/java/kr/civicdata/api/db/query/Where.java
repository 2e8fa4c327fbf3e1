package kr.civicdata.api.db.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
    private static final Pattern INTEGER = Pattern.compile("-?[0-9]{1,9}");
    private static final Pattern INTEGERS = Pattern.compile("\\{[0-9]{1,9}(,[0-9]{1,9}){0,15}\\}");
    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]{1,30}(\\.[0-9]{1,30})?");

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

    /**
     * The rows after a keyset ({@link Keyset}) in this order, each field sorted with nulls last as {@link #orderBy}
     * sorts, the last field unique (the tie-breaker): for keys k1..kn and the last row's values v1..vn, some j with k1 =
     * v1, ..., k(j-1) = v(j-1) and kj after vj. A first key that cannot be null is also bounded by itself (k1 >= v1),
     * so that PostgreSQL starts its walk of the order at the last row instead of from the first. When no key can be
     * null and all are sorted the same way, the same rows are one row comparison, (k1, ..., kn) > (v1, ..., vn) (or
     * &lt;), at which PostgreSQL starts its walk of an index of the whole order: the rows of the last row's first key
     * that come before it are then not read at all, where after k1 >= v1 alone they are read and skipped one by one
     * (k1 >= v1 stays, for an index of the first key only).
     *
     * @param values the last row's keys as text, null where it had no value
     * @param types the SQL type of each key, to which its text is cast (int, int[], numeric, text)
     * @param nullable the expressions that can be null
     * @throws Keyset.Invalid when the values do not fit the keys (a cursor made by hand, or for another order)
     */
    public Where after(List<SortField> order, List<String> values, List<String> types, Set<String> nullable) {
        if (values.size() != order.size() || types.size() != order.size()) {
            throw new Keyset.Invalid("does not fit the sort of this query");
        }
        List<String> bound = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            String value = values.get(i);
            if (value == null ? !nullable.contains(order.get(i).expression()) : !fits(value, types.get(i))) {
                throw new Keyset.Invalid("does not fit the sort of this query");
            }
            bound.add(value == null ? null : "cast(:" + parameter(value) + " as " + types.get(i) + ")");
        }
        SortField first = order.get(0);
        boolean oneWay = order.stream().allMatch(key -> key.descending() == first.descending()
                && !nullable.contains(key.expression()));
        if (bound.get(0) != null && !nullable.contains(first.expression())) {
            conditions.add(first.expression() + (first.descending() ? " <= " : " >= ") + bound.get(0));
        }
        if (oneWay) {
            conditions.add("(" + String.join(", ", order.stream().map(SortField::expression).toList()) + ")"
                    + (first.descending() ? " < " : " > ") + "(" + String.join(", ", bound) + ")");
            return this;
        }
        List<String> alternatives = new ArrayList<>();
        for (int j = 0; j < order.size(); j++) {
            if (bound.get(j) == null) {
                continue; // nothing comes after a row without a value but rows without one, matched further on
            }
            StringBuilder alternative = new StringBuilder("(");
            for (int i = 0; i < j; i++) {
                String key = order.get(i).expression();
                alternative.append(bound.get(i) == null ? key + " is null" : key + " = " + bound.get(i))
                        .append(" and ");
            }
            SortField key = order.get(j);
            String after = key.expression() + (key.descending() ? " < " : " > ") + bound.get(j);
            alternative.append(nullable.contains(key.expression())
                    ? "(" + after + " or " + key.expression() + " is null)"
                    : after);
            alternatives.add(alternative.append(')').toString());
        }
        conditions.add(alternatives.isEmpty() ? "false" : "(" + String.join(" or ", alternatives) + ")");
        return this;
    }

    /**
     * The rows after the row whose id is the one key of {@code after} in this order, as {@link #after}, but with that row's keys read by
     * the statement itself, each a scalar subquery made from {@code row} (run once per statement): the rows of a part
     * of a stream that follow the previous part's last row, whose keys need not be carried, typed or cast. The keys that
     * can be null are compared null-safely, nulls last as {@link #orderBy} and {@link #sort} order them; the first key,
     * when it cannot be null, also bounds the walk of the order (k1 >= v1).
     *
     * @param order the order's keys, the unique tie-breaker last
     * @param nullable the expressions that can be null
     * @param after its one key is the id of the row to start after
     * @param row the subquery of one key of the row, as a format of the key's expression and the id's parameter, such
     *        as {@code "(select %s from Government r where r.id = %s)"}: the expression's names resolve to
     *        {@code r}
     */
    public Where afterRow(List<SortField> order, Set<String> nullable, String row, Keyset after) {
        if (after.keys().size() != 1) {
            throw new Keyset.Invalid("does not fit the sort of this query");
        }
        String parameter = ":" + parameter(after.keys().get(0));
        List<String> bound = order.stream().map(key -> row.formatted(key.expression(), parameter)).toList();
        SortField first = order.get(0);
        if (!nullable.contains(first.expression())) {
            conditions.add(first.expression() + (first.descending() ? " <= " : " >= ") + bound.get(0));
        }
        List<String> alternatives = new ArrayList<>();
        for (int j = 0; j < order.size(); j++) {
            StringBuilder alternative = new StringBuilder("(");
            for (int i = 0; i < j; i++) {
                String key = order.get(i).expression();
                alternative.append(key).append(nullable.contains(key) ? " is not distinct from " : " = ")
                        .append(bound.get(i)).append(" and ");
            }
            String key = order.get(j).expression();
            String later = key + (order.get(j).descending() ? " < " : " > ") + bound.get(j);
            alternative.append(nullable.contains(key)
                    ? "(" + later + " or " + key + " is null and " + bound.get(j) + " is not null)"
                    : later);
            alternatives.add(alternative.append(')').toString());
        }
        conditions.add("(" + String.join(" or ", alternatives) + ")");
        return this;
    }

    /**
     * The keys of the order {@link #sort} makes, as sort fields: the requested ones, else the default's columns, then
     * the tie-breaker. Every key sorts nulls last, as {@link #afterRow} reads them: a default column sorts ascending
     * (PostgreSQL puts nulls last then) or says nulls last.
     */
    public static List<SortField> keys(List<SortField> requested, Sort defaultSort, String tieBreaker) {
        List<SortField> keys = new ArrayList<>(requested);
        if (requested.isEmpty()) {
            for (Sort.Column column : defaultSort.getColumns()) {
                boolean descending = column.getDirection() == Sort.Direction.Descending;
                if (column.getNullPrecedence() == Sort.NullPrecedence.NULLS_FIRST
                        || descending && column.getNullPrecedence() != Sort.NullPrecedence.NULLS_LAST) {
                    throw new IllegalArgumentException("A default order puts nulls last: " + column.getName());
                }
                keys.add(new SortField(column.getName(), column.getName(), descending));
            }
        }
        keys.add(new SortField(tieBreaker, tieBreaker, false));
        return keys;
    }

    private String parameter(Object value) {
        String name = "p" + next++;
        parameters.and(name, value);
        return name;
    }

    private static boolean fits(String value, String type) {
        return switch (type) {
            case "int" -> INTEGER.matcher(value).matches();
            case "int[]" -> INTEGERS.matcher(value).matches();
            case "numeric" -> DECIMAL.matcher(value).matches();
            case "text" -> value.length() <= 1000;
            default -> throw new IllegalArgumentException("No keyset of type " + type);
        };
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
