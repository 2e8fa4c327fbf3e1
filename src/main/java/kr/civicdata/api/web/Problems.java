package kr.civicdata.api.web;

import jakarta.ws.rs.core.Response;

/** Builds problem+json responses; shared by every exception mapper so that all errors look the same. */
public final class Problems {

    private static final int MAX_ECHO = 80;

    private Problems() {
    }

    public static Response response(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    public static Problem of(int status, String slug, String title, String detail, String path) {
        return new Problem(Problem.TYPE_BASE + slug, title, status, detail, path, null);
    }

    /**
     * A client-supplied value made safe to echo in a message: control characters removed and the length capped, so
     * that no log-forging or oversized input is reflected.
     */
    public static String printable(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        value.codePoints().limit(MAX_ECHO).forEach(cp -> {
            if (Character.isISOControl(cp) || cp == '<' || cp == '>' || cp == '&' || cp == '"' || cp == '\'') {
                out.append('?');
            } else {
                out.appendCodePoint(cp);
            }
        });
        return value.codePointCount(0, value.length()) > MAX_ECHO ? out + "…" : out.toString();
    }
}
