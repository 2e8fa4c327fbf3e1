/**
 * The published contract: {@link OpenApiFilter} completes the OpenAPI document that Quarkus generates from the
 * resources' annotations with what every endpoint shares (the paging envelope, the page, size and format parameters,
 * the caching, paging and rate-limit headers, the problem responses); configured as {@code mp.openapi.filter}. The
 * document is committed under {@code openapi/}; the build fails when the code generates anything else.
 *
 * <p>
 * Nothing depends on it. It reads the paging limits of {@code web.query}.
 */
package kr.civicdata.api.web.contract;
