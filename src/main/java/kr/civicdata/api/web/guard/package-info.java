/**
 * Vert.x routes that run on the main router before any resource, in route order: {@link RateLimiter} (a token bucket
 * per client, 429), {@link RequestLimits} (URL length, header size, invalid URLs, methods other than GET, HEAD and
 * OPTIONS), {@link FrontPageHeaders} (the front page's CSP). They answer a refused request themselves, with the same
 * problem+json as the exception mappers, since no JAX-RS mapper runs that early.
 *
 * <p>
 * Depends on {@code web.problem} only. Nothing depends on it but {@code Main}, which reads
 * {@link RequestLimits#DISABLE_QUARKUS_URI_CHECK}: a new check is a route of its own here, with an order between
 * {@link RateLimiter#ROUTE_ORDER} and the fast path's.
 */
package kr.civicdata.api.web.guard;
