/**
 * The HTTP machinery every endpoint shares, in one sub-package per concern; the endpoints themselves live in the
 * feature packages ({@code pledge}, {@code disaster}, ...). A request meets them in this order (docs/architecture.md
 * draws the whole path):
 * <ol>
 * <li>{@link kr.civicdata.api.web.guard}: Vert.x routes that may refuse a request before anything answers it (rate
 * limit, size and URL checks) and the security headers;</li>
 * <li>{@link kr.civicdata.api.web.representation}: answers built once, kept as bytes and sent again (ETag, 304, gzip,
 * CSV, the event-loop fast path);</li>
 * <li>{@link kr.civicdata.api.web.query}: the query parameters a resource reads and validates;</li>
 * <li>{@link kr.civicdata.api.web.problem}: every error as problem+json;</li>
 * <li>{@link kr.civicdata.api.web.contract}: what the generated OpenAPI document cannot tell from the code.</li>
 * </ol>
 * No class of {@code web} reaches into a feature's repositories or entities ({@code ArchitectureTest}).
 */
package kr.civicdata.api.web;
