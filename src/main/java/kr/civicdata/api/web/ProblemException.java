package kr.civicdata.api.web;

import java.util.List;

/** Thrown anywhere to answer with a problem+json body; {@link ProblemExceptionMapper} writes it. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;
    private final List<Problem.ParameterError> errors;

    public ProblemException(int status, String slug, String title, String detail,
            List<Problem.ParameterError> errors) {
        super(detail, null, false, false);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.errors = errors;
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

    public Problem toProblem(String instance) {
        return new Problem(Problem.TYPE_BASE + slug, title, status, getMessage(), instance, errors);
    }
}
