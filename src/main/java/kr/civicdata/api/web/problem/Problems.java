package kr.civicdata.api.web.problem;

import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** Builds problem+json responses; shared by every exception mapper so that all errors look the same. */
public final class Problems {

    private static final int MAX_ECHO = 80;

    private Problems() {
    }

    public static Response response(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /**
     * The {@code instance} of a problem: the request path as a URI reference, with every character percent-encoded
     * (as UTF-8) that may not stand in a path as it is. {@code /api/v1/pledges/gwangju-seo:9-9} reads the same however
     * the colon was sent; decoded as it was before, {@code /api/v1/%3Cscript%3E} put markup in the body.
     */
    public static String instance(UriInfo uri) {
        String path = uri.getPath();
        StringBuilder out = new StringBuilder(path.length());
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || "-._~!$&'()*+,;=:@/".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
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
