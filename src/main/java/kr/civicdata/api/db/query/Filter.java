package kr.civicdata.api.db.query;

/**
 * One filter of a collection, declared once (in a {@link Filters}): the name of its query parameter, the type of its
 * value, the condition it adds to the query, and its documentation for the contract. A filter without a condition is
 * applied by the code that reads the collection (rows computed in memory), or is a parameter that is no filter (a
 * grouping). Kept in a constant when that code reads its value ({@link Selection#get}).
 *
 * @param example a value for the contract, of the JSON type of the values (an Integer for an integer)
 */
public record Filter<T>(String name, ValueType<T> type, Condition<? super T> condition, String description,
        Object example) {

    /** A filter that adds a condition to the query. */
    public static <T> Filter<T> of(String name, ValueType<T> type, Condition<? super T> condition,
            String description, Object example) {
        return new Filter<>(name, type, condition, description, example);
    }

    /** A parameter whose value the code that reads the collection applies itself. */
    public static <T> Filter<T> applied(String name, ValueType<T> type, String description, Object example) {
        return new Filter<>(name, type, null, description, example);
    }
}
