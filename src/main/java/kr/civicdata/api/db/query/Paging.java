package kr.civicdata.api.db.query;

import java.util.List;
import java.util.function.Function;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

/** Runs a Panache query for one page (or all rows) and its total, and maps the rows. */
public final class Paging {

    private Paging() {
    }

    /**
     * One page and the total. A page that is not full is the last one, so its rows give the total and the count query
     * is not run; a full page, or an empty one past the first, needs the count.
     */
    public static <E, T> Page<T> page(PanacheQuery<E> query, PageRequest request, Function<E, T> mapper) {
        List<E> rows;
        if (request.isAll()) {
            rows = query.list();
        } else if ((long) (request.page() - 1) * request.size() > Integer.MAX_VALUE - request.size()) {
            // Panache's int offset would overflow to a negative one (a 500 for ?page=2147483647): a page that far
            // holds no rows, and the count below tells the 400 that it is past the last page.
            rows = List.of();
        } else {
            rows = query.page(io.quarkus.panache.common.Page.of(request.page() - 1, request.size())).list();
        }
        long known = request.totalFrom(rows.size());
        long total = known >= 0 ? known : query.count();
        return new Page<>(rows.stream().map(mapper).toList(), total);
    }
}
