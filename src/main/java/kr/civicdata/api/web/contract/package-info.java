/**
 * The published contract: {@link OpenApiFilter} completes the OpenAPI document that Quarkus generates from the
 * resources' annotations with what every endpoint shares (the paging envelope, the page, size and format parameters,
 * the caching, paging and rate-limit headers, the problem responses), and writes each collection's filter and sort
 * parameters from the declaration its operation names ({@code db.query.Filters#EXTENSION}); configured as
 * {@code mp.openapi.filter}. {@link ContractDocument} serves it, written at its first request rather than at every
 * start. The document is committed under {@code openapi/}; the build fails when the code generates anything else.
 *
 * <p>
 * Nothing depends on it. It reads the paging limits of {@code web.query} and the declarations of {@code db.query}.
 */
package kr.civicdata.api.web.contract;
