package kr.civicdata.api.db.query;

import java.util.List;

/**
 * Rows of one page and the number of rows of the whole filtered result (-1 when the request did not ask for it,
 * {@link PageRequest#counted}, and the rows do not tell it); the keys of the page's last row, where the next page or
 * part starts ({@link PageRequest#after}), else null for an empty page. What the keys are is the repository's: the sort
 * keys of the row as text ({@link Where#after}), or its id alone where the next part reads the row's keys from the
 * database ({@link Where#afterRow}).
 */
public record Page<T>(List<T> rows, long total, List<String> lastKeys) {

    /** The same page with its rows made into others, one for one (entities into views). */
    public <V> Page<V> withRows(List<V> views) {
        return new Page<>(views, total, lastKeys);
    }
}
