/**
 * What repositories build their queries with: {@link Where} (the conditions of the filters that were given, as HQL or
 * SQL), {@link SortField} and the sort orders built from it, {@link PageRequest}, {@link Paging} and {@link Page}.
 *
 * <p>
 * Outside {@code web} on purpose: repositories use it, and a repository must not depend on the HTTP layer.
 * {@code web.query} and {@code web.representation} use it too, to hand a request's page and sort to a resource and to
 * send the page that comes back. It depends on Panache only.
 */
package kr.civicdata.api.db.query;
