package kr.civicdata.api.web.problem;

import java.util.List;

/** Thrown anywhere to answer with a problem+json body; {@link ProblemExceptionMapper} writes it. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;
    private final List<Problem.ParameterError> errors;
    private final String retryAfter;

    public ProblemException(int status, String slug, String title, String detail,
            List<Problem.ParameterError> errors) {
        this(status, slug, title, detail, errors, null);
    }

    private ProblemException(int status, String slug, String title, String detail,
            List<Problem.ParameterError> errors, String retryAfter) {
        super(detail, null, false, false);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.errors = errors;
        this.retryAfter = retryAfter;
    }

    /**
     * 503 for a request whose answer could not start being built in time, because as many others were being built:
     * the same problem as for a database that cannot answer, so that clients retry alike.
     */
    public static ProblemException busy() {
        return new ProblemException(503, "service-unavailable", "Service unavailable",
                "The service is too busy to answer this request right now; try again shortly.", null, "1");
    }

    /**
     * 503 from a replica whose database holds no data it can serve yet (it is not ready either): started before the
     * job that migrates and loads, or on a schema that does not match this release.
     */
    public static ProblemException noData() {
        return new ProblemException(503, "service-unavailable", "Service unavailable",
                "The database holds no data this service can serve yet; try again shortly.", null, "5");
    }

    /** 503 for an answer whose data changed under it again and again while it was being built: a load is under way. */
    public static ProblemException dataChanging() {
        return new ProblemException(503, "service-unavailable", "Service unavailable",
                "The data is being replaced; try again shortly.", null, "1");
    }

    /** 400 for one or more invalid query parameters. */
    public static ProblemException invalidParameters(List<Problem.ParameterError> errors) {
        String detail = errors.size() == 1
                ? "Query parameter '" + errors.get(0).parameter() + "' is invalid: "
                        + errors.get(0).message() + "."
                : errors.size() + " query parameters are invalid.";
        return new ProblemException(400, "invalid-parameter", "Invalid parameter", detail, List.copyOf(errors));
    }

    /** 404 for an id that names nothing. */
    public static ProblemException notFound(String what, String id) {
        return new ProblemException(404, "not-found", "Not found",
                "No " + what + " has the id '" + Problems.printable(id) + "'.", null);
    }

    public int status() {
        return status;
    }

    /** The Retry-After header to send, in seconds; null for none. */
    public String retryAfter() {
        return retryAfter;
    }

    public Problem toProblem(String instance) {
        return new Problem(Problem.TYPE_BASE + slug, title, status, getMessage(), instance, errors);
    }
}
