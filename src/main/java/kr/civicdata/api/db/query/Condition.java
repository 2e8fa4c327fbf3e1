package kr.civicdata.api.db.query;

/**
 * The condition a filter adds to a query when its value is given, in the query language of the repository that runs
 * it (HQL over the entities and the aliases of its query, or SQL over the columns).
 */
@FunctionalInterface
public interface Condition<T> {

    /** Adds the condition for this value (never null) to the query's conditions. */
    void addTo(Where where, T value);

    /** {@code expression = value}. */
    static <T> Condition<T> equal(String expression) {
        return (where, value) -> where.eq(expression, value);
    }

    /**
     * A condition written with {@code :value} where the value goes, as many times as needed, for example
     * {@code i.fromYear <= :value and i.toYear >= :value}.
     */
    static <T> Condition<T> of(String condition) {
        return (where, value) -> where.when(value, condition);
    }

    /** A case-insensitive substring of any of the expressions, with the LIKE wildcards of the text taken literally. */
    static Condition<String> contains(String... expressions) {
        return (where, text) -> where.contains(text, expressions);
    }
}
