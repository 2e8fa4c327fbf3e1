package kr.civicdata.api.db.query;

import java.util.List;

/**
 * Rows of one page and the number of rows of the whole filtered result; for a collection that offers cursors, the sort
 * keys of the page's last row (a {@link Keyset}'s keys: where the next page starts), else null.
 */
public record Page<T>(List<T> rows, long total, List<String> lastKeys) {

    public Page(List<T> rows, long total) {
        this(rows, total, null);
    }
}
