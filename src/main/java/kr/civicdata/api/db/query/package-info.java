/**
 * What repositories build their queries with. Each collection declares once what it can be filtered and sorted by
 * ({@link Filters}: its {@link Filter}s, each with a {@link ValueType} and a {@link Condition}, and its
 * {@link Sortable} fields); a request's values come as a {@link Selection}, whose conditions ({@link Where}, as HQL or
 * SQL) and order ({@link SortField}) a repository adds to its query; {@link PageRequest}, {@link Paging} and
 * {@link Page} read one page and its total.
 *
 * <p>
 * Outside {@code web} on purpose: repositories use it, and a repository must not depend on the HTTP layer.
 * {@code web.query} reads a request's parameters as a declaration says, {@code web.contract} writes them into the
 * contract, and {@code web.representation} sends the page that comes back. It depends on Panache only.
 */
package kr.civicdata.api.db.query;
