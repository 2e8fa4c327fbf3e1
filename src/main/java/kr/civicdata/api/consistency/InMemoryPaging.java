package kr.civicdata.api.consistency;

import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import kr.civicdata.api.db.query.Filters;
import kr.civicdata.api.db.query.Page;
import kr.civicdata.api.db.query.PageRequest;
import kr.civicdata.api.db.query.SortField;

/**
 * Sorts and pages rows computed in memory, the way {@code Where} and {@code Paging} do for queries: the
 * requested fields (nulls last either way) else the default order, always ending with the id; after an offset, or
 * after the row of a {@link PageRequest#after} (its id, the part of a stream before). Kept in this package because the
 * shared machinery pages database queries only.
 */
final class InMemoryPaging {

    private InMemoryPaging() {
    }

    /** Declares these sort keys as the sort fields of a collection, in their order, each its own expression. */
    static Filters.Builder sorts(Map<String, ?> keys, Filters.Builder collection) {
        keys.keySet().forEach(name -> collection.sort(name, null, name));
        return collection;
    }

    /** Sort keys in the order given, for {@link #sorts} and error messages that list them. */
    @SafeVarargs
    @SuppressWarnings("rawtypes")
    static <T> Map<String, Function<T, Comparable>> keys(Map.Entry<String, Function<T, Comparable>>... entries) {
        Map<String, Function<T, Comparable>> keys = new LinkedHashMap<>();
        for (Map.Entry<String, Function<T, Comparable>> entry : entries) {
            keys.put(entry.getKey(), entry.getValue());
        }
        return Collections.unmodifiableMap(keys);
    }

    /**
     * @param keys the sort key of each sortable field, by its name
     * @param defaultOrder the order when no sort is requested
     * @param id the tie-breaker
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static <T> Page<T> page(List<T> rows, List<SortField> requested, Map<String, Function<T, Comparable>> keys,
            Comparator<T> defaultOrder, Function<T, String> id, PageRequest request) {
        Comparator<T> order = null;
        for (SortField field : requested) {
            Function<T, Comparable> key = keys.get(field.expression());
            Comparator<Comparable> direction = field.descending()
                    ? Comparator.nullsLast(Comparator.<Comparable>reverseOrder())
                    : Comparator.nullsLast(Comparator.<Comparable>naturalOrder());
            Comparator<T> next = Comparator.comparing(key, direction);
            order = order == null ? next : order.thenComparing(next);
        }
        order = (order == null ? defaultOrder : order).thenComparing(id);
        List<T> sorted = rows.stream().sorted(order).toList();
        int from = Math.min(sorted.size(), request.offset());
        if (request.after() != null) {
            // A part of a stream: the rows after the previous part's last row, found by its id (the tie-breaker).
            String last = request.after().keys().get(0);
            from = 0;
            while (from < sorted.size() && !id.apply(sorted.get(from)).equals(last)) {
                from++;
            }
            if (from == sorted.size()) {
                // Rows computed from one data version hold the row; a stream must not end short without a word.
                throw new IllegalStateException("The row " + last + " a part starts after is not in the result");
            }
            from++;
        }
        int to = (int) Math.min(sorted.size(), (long) from + request.size());
        List<T> page = sorted.subList(from, to);
        return new Page<>(page, sorted.size(),
                page.isEmpty() ? null : List.of(id.apply(page.get(page.size() - 1))));
    }
}
