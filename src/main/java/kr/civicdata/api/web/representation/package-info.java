/**
 * The answers of the API as bytes: {@link Representations} turns what a resource read into JSON (an
 * {@link Envelope} for a collection) or CSV ({@link Csv}), with ETag, Last-Modified, 304 and gzip;
 * {@link RepresentationCache} keeps them, keyed by {@link DataVersion}, so that a repeated request or a 304 runs no
 * query; {@link FastPath} answers a repeated request from that cache on the event loop, before JAX-RS, with the
 * headers {@link AnswerHeaders} writes for both.
 *
 * <p>
 * Resources use {@link Representations} (and health uses {@link DataVersion}); the rest is internal. Depends on
 * {@code web.query}, {@code web.problem}, {@code db.query} (the page a query returns) and on
 * {@code catalog.DataLoaded}, the event after which cached answers are dropped; never on a feature's repositories.
 */
package kr.civicdata.api.web.representation;
