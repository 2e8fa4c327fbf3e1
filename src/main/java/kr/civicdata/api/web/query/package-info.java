/**
 * Reading a request's query parameters as its collection declares them ({@code db.query.Filters}): {@link QueryParams}
 * checks the names, reads typed values into a {@code Selection}, collects every problem into one 400 and keeps each
 * value in canonical form for the cache key and the paging links;
 * {@link Format} is what {@code format=} may ask for.
 *
 * <p>
 * Every resource uses it, and {@code web.representation} and {@code web.contract} read it. Depends on
 * {@code web.problem} (the 400) and {@code db.query} (the declarations it reads, and the selection, page and sort it hands to a repository).
 */
package kr.civicdata.api.web.query;
