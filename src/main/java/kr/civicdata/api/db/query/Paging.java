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
        List<E> rows = request.isAll()
                ? query.list()
                : query.page(io.quarkus.panache.common.Page.of(request.page() - 1, request.size())).list();
        long known = request.totalFrom(rows.size());
        long total = known >= 0 ? known : query.count();
        return new Page<>(rows.stream().map(mapper).toList(), total);
    }
}
