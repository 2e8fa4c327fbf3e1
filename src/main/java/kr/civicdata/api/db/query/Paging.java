package kr.civicdata.api.db.query;

import java.util.List;
import java.util.Set;
import java.util.function.Function;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/**
 * Runs a collection's Panache query for one page and its total, and maps the rows: the filters of a
 * {@link Selection}, its sort else the collection's default, the id last (the tie-breaker); after an offset, or after
 * the row of a {@link PageRequest#after} (the parts of a stream, {@link Where#afterRow}).
 */
public final class Paging {

    private Paging() {
    }

    /**
     * One page, and its total where asked for. A page that is not full is the last one, so its rows give the total and
     * the count query is not run; a full page, or an empty one past the first, needs the count. The page's last keys
     * are its last row's id.
     *
     * @param repository the entity's repository, whose {@code id} is the tie-breaker
     * @param entity the entity's name in HQL, for the subqueries that read the keys of the row a page starts after
     * @param defaultSort the order when none is requested, nulls last
     * @param nullable the sort expressions that can be null
     */
    public static <E, T> Page<T> page(PanacheRepositoryBase<E, String> repository, String entity,
            Selection selection, Sort defaultSort, Set<String> nullable, PageRequest request, Function<E, String> id,
            Function<E, T> mapper) {
        Where where = selection.where();
        Where page = selection.where();
        if (request.after() != null) {
            page.afterRow(Where.keys(selection.sort(), defaultSort, "id"), nullable,
                    "(select %s from " + entity + " r where r.id = %s)", request.after());
        }
        PanacheQuery<E> query = repository.find(page.query(), Where.sort(selection.sort(), defaultSort, "id"),
                page.parameters());
        List<E> rows;
        if ((long) (request.page() - 1) * request.size() > Integer.MAX_VALUE - request.size()
                && request.after() == null) {
            // Panache's int offset would overflow to a negative one (a 500 for ?page=2147483647): a page that far
            // holds no rows, and the count below tells the 400 that it is past the last page.
            rows = List.of();
        } else {
            int index = request.after() == null ? request.page() - 1 : 0;
            rows = query.page(io.quarkus.panache.common.Page.of(index, request.size())).list();
        }
        long total = request.totalFrom(rows.size());
        if (request.needsCount(rows.size())) {
            total = request.after() == null ? query.count() : repository.count(where.query(), where.parameters());
        }
        return new Page<>(rows.stream().map(mapper).toList(), total,
                rows.isEmpty() ? null : List.of(id.apply(rows.get(rows.size() - 1))));
    }
}
