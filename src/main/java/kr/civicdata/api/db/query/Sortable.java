package kr.civicdata.api.db.query;

import java.util.List;

/**
 * A field a collection can be sorted by, declared once (in a {@link Filters}): its API name, what the contract says of
 * its order (null when the name says it all), and the expressions it sorts by, in the query language of the repository
 * (more than one when a field stands for an order over several columns, such as the printed order of lines counted
 * within their table). A name that is no expression of the query (rows sorted in memory) is its own expression.
 */
public record Sortable(String name, String note, List<String> expressions) {

    public Sortable {
        expressions = List.copyOf(expressions);
        if (expressions.isEmpty()) {
            throw new IllegalArgumentException("A sort field needs an expression: " + name);
        }
    }
}
