package kr.civicdata.api.db.query;

/** One field of a {@code sort} parameter: the API name, the expression it sorts by, and the direction. */
public record SortField(String name, String expression, boolean descending) {

    @Override
    public String toString() {
        return (descending ? "-" : "") + name;
    }
}
