/**
 * Every error of the API as an RFC 9457 problem+json body: {@link Problem} is the body, {@link ProblemException} is
 * thrown anywhere to answer with one (400, 404, 406, 503), {@link Problems} builds them, and one small JAX-RS
 * exception mapper per exception type writes them, the last of which ({@code UnexpectedExceptionMapper}) logs an
 * unexpected failure once, with its stack trace, and tells the client nothing about it.
 *
 * <p>
 * Anything may use it; it depends on nothing else of this application.
 */
package kr.civicdata.api.web.problem;
