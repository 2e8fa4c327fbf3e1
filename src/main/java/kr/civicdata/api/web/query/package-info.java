/**
 * Reading a request's query parameters: {@link QueryParams} checks the names a resource accepts, reads typed values,
 * collects every problem into one 400 and keeps each value in canonical form for the cache key and the paging links;
 * {@link Format} is what {@code format=} may ask for.
 *
 * <p>
 * Every resource uses it, and {@code web.representation} and {@code web.contract} read it. Depends on
 * {@code web.problem} (the 400) and {@code db.query} (the page and sort it hands to a repository).
 */
package kr.civicdata.api.web.query;
