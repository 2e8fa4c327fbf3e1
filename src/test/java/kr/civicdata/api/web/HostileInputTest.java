package kr.civicdata.api.web;

import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import kr.civicdata.api.web.problem.Problem;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.Tuple;
import net.jqwik.api.sessions.JqwikSession;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sends thousands of generated hostile requests to every GET operation of the published contract (read from
 * {@code /q/openapi}, so a new endpoint is covered without touching this test) and every parameter: wrong types,
 * negative and huge numbers, empty, repeated and unknown parameters, very long values, SQL and HTML metacharacters,
 * invalid UTF-8 and percent-encoding, raw control characters and non-ASCII bytes, path traversal, unknown sort fields,
 * odd methods and headers. Every answer must be one of the statuses the API may give, with a problem+json body for
 * every error, no trace of an exception and no markup of the request in it.
 *
 * <p>
 * jqwik's generators, run with a fixed seed: the same requests on every run. The requests go through a plain socket
 * ({@link RawHttp}), which sends the target byte for byte. Not sent raw: the bytes that end a request-line word for
 * Netty (what {@code Character.isWhitespace} calls white space: 0x09-0x0D, 0x1C-0x1F and the space) and control
 * characters in header values; such a request is not HTTP, and Netty refuses it with an empty 400 before any
 * application code. They are sent percent-encoded.
 */
@QuarkusTest
class HostileInputTest {

    private static final long SEED = 0x2026_1122_0010L;
    private static final int REQUESTS = 6_000;
    /** Below quarkus.http.limits.max-initial-line-length (16384) with the method and the HTTP version. */
    private static final int MAX_TARGET = 16_000;
    private static final Set<Integer> ALLOWED = Set.of(200, 304, 400, 404, 405, 406, 414, 429);
    private static final List<String> LEAKS = List.of("Exception", "at kr.", "at io.", "at java.", "at org.",
            "\tat ");
    private static final List<String> MARKUP = List.of("<script", "<img", "<svg", "<b>");

    @TestHTTPResource("/")
    URL base;

    private final ObjectMapper json = new ObjectMapper();
    /** The front page's HTML: the answer to {@code /} with any query, which must never depend on the request. */
    private String frontPage;

    /** One GET operation of the contract and its parameters. */
    record Endpoint(String template, List<Param> params) {
        boolean item() {
            return template.endsWith("}");
        }
    }

    /**
     * One query parameter: its name, type, and the values that are valid for it when the contract lists them (an
     * enumeration, or the sortable fields).
     */
    record Param(String name, String type, List<String> values) {
    }

    /** Part of a request, with what kind of hostility it carries. */
    record Piece(byte[] bytes, String kind) {
    }

    /** A generated request. */
    record Probe(String method, Endpoint endpoint, byte[] target, Map<String, String> headers, Set<String> kinds) {
    }

    @Test
    void should_answer_every_hostile_request_with_an_allowed_status_and_a_clean_problem() throws Exception {
        List<Endpoint> endpoints = endpoints();
        assertTrue(endpoints.size() >= 10, "the contract lists only " + endpoints.size() + " GET operations");
        Map<String, List<String>> ids = knownIds(endpoints);
        String etag = RawHttp.get(base.getPort(), "/api/v1/governments").header("ETag");
        frontPage = RawHttp.get(base.getPort(), "/").text();
        assertTrue(frontPage.contains("<html"), "GET / is not the front page");

        Map<Integer, Integer> byStatus = new TreeMap<>();
        Map<String, Integer> byKind = new TreeMap<>();
        Map<String, Integer> byMethod = new TreeMap<>();
        Map<String, Map<Integer, Integer>> byEndpoint = new TreeMap<>();
        Map<String, Integer> parametersSent = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        long slowest = 0;
        long start = System.nanoTime();
        JqwikSession.start();
        try {
            RandomGenerator<Probe> generator = probes(endpoints, ids, etag).generator(1000, false);
            Random random = new Random(SEED);
            for (int i = 0; i < REQUESTS; i++) {
                Probe probe = generator.next(random).value();
                RawHttp.Answer answer = RawHttp.send(base.getPort(), probe.method(), probe.target(), probe.headers());
                slowest = Math.max(slowest, answer.millis());
                byStatus.merge(answer.status(), 1, Integer::sum);
                byMethod.merge(probe.method(), 1, Integer::sum);
                probe.kinds().forEach(kind -> byKind.merge(kind, 1, Integer::sum));
                byEndpoint.computeIfAbsent(probe.endpoint().template(), t -> new TreeMap<>())
                        .merge(answer.status(), 1, Integer::sum);
                for (Param param : probe.endpoint().params()) {
                    if (new String(probe.target(), StandardCharsets.ISO_8859_1).contains(param.name() + "=")) {
                        parametersSent.merge(probe.endpoint().template() + " " + param.name(), 1, Integer::sum);
                    }
                }
                String failure = check(probe, answer);
                if (failure != null) {
                    failures.add(failure);
                }
                politely(answer);
            }
        } finally {
            JqwikSession.finish();
        }
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;

        System.out.printf("%nHostile input: %d requests to %d endpoints in %d s (slowest answer %d ms)%n", REQUESTS,
                endpoints.size(), seconds, slowest);
        System.out.println("  answers by status: " + byStatus);
        System.out.println("  requests by method: " + byMethod);
        System.out.println("  requests by kind of input: " + byKind);
        byEndpoint.forEach((endpoint, statuses) -> System.out.println("  " + endpoint + ": " + statuses));

        assertTrue(failures.isEmpty(), failures.size() + " answer(s) broke the rules, first ones:\n"
                + String.join("\n", failures.subList(0, Math.min(30, failures.size()))));
        int sent = byStatus.values().stream().mapToInt(Integer::intValue).sum();
        assertEquals(REQUESTS, sent);
        // The generator reaches everything: every endpoint answers both 200 and 400, every parameter is sent.
        for (Endpoint endpoint : endpoints) {
            Map<Integer, Integer> statuses = byEndpoint.getOrDefault(endpoint.template(), Map.of());
            assertTrue(statuses.getOrDefault(200, 0) > 0 && statuses.getOrDefault(400, 0) > 0,
                    endpoint.template() + " answered " + statuses);
            for (Param param : endpoint.params()) {
                assertTrue(parametersSent.getOrDefault(endpoint.template() + " " + param.name(), 0) >= 5,
                        endpoint.template() + " was rarely sent " + param.name());
            }
        }
        for (String kind : List.of("sql", "html", "invalid utf-8", "invalid percent", "control", "raw non-ascii",
                "path traversal", "wrong type", "huge or negative number", "empty", "very long", "repeated",
                "unknown parameter", "unknown sort field", "odd accept", "reversed range")) {
            assertTrue(byKind.getOrDefault(kind, 0) >= 20, "too few requests of kind " + kind + ": " + byKind);
        }
        assertTrue(byStatus.getOrDefault(414, 0) > 0 && byStatus.getOrDefault(405, 0) > 0
                && byStatus.getOrDefault(406, 0) > 0 && byStatus.getOrDefault(304, 0) > 0
                && byStatus.getOrDefault(404, 0) > 0, "answers by status: " + byStatus);
    }

    /**
     * A stream (format=ndjson, also Accept: application/x-ndjson, and csv) sends its status before its rows, so every
     * mistake must be found before it starts: each bad parameter of every collection of the contract is a
     * problem+json 400 naming it, with no download offered and no row sent.
     */
    @Test
    void should_refuse_a_stream_with_bad_parameters_before_it_starts() throws Exception {
        int streams = 0;
        for (Endpoint endpoint : endpoints()) {
            if (endpoint.params().stream().noneMatch(param -> param.name().equals("format")
                    && param.values().contains("ndjson"))) {
                continue;
            }
            streams++;
            String required = endpoint.params().stream().anyMatch(param -> param.name().equals("q"))
                    && endpoint.template().endsWith("/search") ? "q=%EC%B9%A8%EC%88%98&" : "";
            List<String> bad = new ArrayList<>(List.of("fields=nope", "sort=nope", "size=0", "foo=1",
                    "page=-1", "fields=id,", "format=ndjson&format=csv"));
            for (Param param : endpoint.params()) {
                if (param.type().equals("integer") || param.type().equals("number")
                        || param.name().startsWith("min") || param.name().startsWith("max")) {
                    bad.add(param.name() + "=ten");
                }
                if (!param.values().isEmpty() && !param.name().equals("format") && !param.name().equals("sort")) {
                    bad.add(param.name() + "=NOT_A_VALUE");
                }
            }
            for (String parameter : bad) {
                for (Map<String, String> headers : List.of(Map.<String, String>of(),
                        Map.of("Accept", "application/x-ndjson"))) {
                    String target = endpoint.template() + "?" + required
                            + (headers.isEmpty() ? "format=ndjson&" : "") + parameter;
                    RawHttp.Answer answer = RawHttp.send(base.getPort(), "GET",
                            target.getBytes(StandardCharsets.US_ASCII), headers);
                    String name = parameter.substring(0, parameter.indexOf('='));
                    assertEquals(400, answer.status(), target + " " + headers + ": " + answer.text());
                    assertTrue(answer.header("content-type").startsWith("application/problem+json"), target);
                    assertEquals(null, answer.header("content-disposition"), target + " offered a download");
                    JsonNode problem = json.readTree(answer.body());
                    assertTrue(problem.path("errors").toString().contains("\"" + name + "\""),
                            target + " does not name " + name + ": " + answer.text());
                    politely(answer);
                }
            }
        }
        assertTrue(streams >= 10, "only " + streams + " collections offer ndjson in the contract");
    }

    /**
     * Waits when the rate limit is nearly used up, as a good client does: on a fast machine this test could send
     * more than the default 500 requests a second, and the tests after it share the client address.
     */
    private static void politely(RawHttp.Answer answer) throws InterruptedException {
        String remaining = answer.header("RateLimit-Remaining");
        if (remaining != null && Integer.parseInt(remaining) < 100) {
            Thread.sleep(1000L * Math.max(1, Long.parseLong(answer.header("RateLimit-Reset"))));
        }
    }

    /** Why an answer breaks the rules, or null. */
    private String check(Probe probe, RawHttp.Answer answer) {
        List<String> wrong = new ArrayList<>();
        int status = answer.status();
        if (!"nosniff".equals(answer.header("X-Content-Type-Options"))) {
            wrong.add("no X-Content-Type-Options: nosniff");
        }
        answer.headers().forEach((name, value) -> {
            // Link is the one header whose syntax has angle brackets: <uri>; rel="next".
            if (value.chars().anyMatch(c -> c < 0x20 || !name.equals("link") && (c == '<' || c == '>'))
                    || value.toLowerCase(Locale.ROOT).contains("<script")) {
                wrong.add("header " + name + " holds a control character or markup");
            }
        });
        String body = answer.text();
        for (String leak : LEAKS) {
            if (body.contains(leak)) {
                wrong.add("body holds '" + leak.strip() + "'");
            }
        }
        String contentType = answer.header("Content-Type");
        if (contentType != null && contentType.startsWith("text/html")) {
            // Only the static front page is HTML: its scripts are its own, and it must echo nothing of the request.
            // A Range header may ask for part of it (206).
            boolean whole = status == 200 && (probe.method().equals("HEAD") || body.equals(frontPage));
            boolean part = status == 206 && answer.header("Content-Range") != null;
            if (!whole && !part && status != 304) {
                wrong.add("an HTML answer that is not the front page: status " + status);
            }
        } else {
            if (!ALLOWED.contains(status)) {
                wrong.add("status " + status);
            }
            String lower = body.toLowerCase(Locale.ROOT);
            for (String markup : MARKUP) {
                if (lower.contains(markup)) {
                    wrong.add("body reflects markup " + markup);
                }
            }
        }
        if (status >= 400) {
            if (!Problem.MEDIA_TYPE.equals(answer.header("Content-Type"))) {
                wrong.add("error with content type " + answer.header("Content-Type"));
            } else if (!probe.method().equals("HEAD")) {
                try {
                    JsonNode problem = json.readTree(body);
                    if (problem.path("status").asInt() != status || !problem.path("type").isTextual()
                            || !problem.path("title").isTextual() || !problem.path("detail").isTextual()) {
                        wrong.add("incomplete problem " + body);
                    }
                } catch (java.io.IOException e) {
                    wrong.add("problem body is not JSON");
                }
                if (body.indexOf('<') >= 0 || body.indexOf('>') >= 0) {
                    wrong.add("problem holds < or >: " + body);
                }
            }
        }
        return wrong.isEmpty()
                ? null
                : probe.method() + " " + printable(probe.target()) + " " + probe.headers().keySet() + " -> " + status
                        + ": " + String.join("; ", wrong);
    }

    /** The GET operations under /api/ of the contract the running service publishes. */
    private List<Endpoint> endpoints() throws java.io.IOException {
        JsonNode document = json.readTree(RawHttp.get(base.getPort(), "/q/openapi?format=json").body());
        List<Endpoint> endpoints = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> {
            JsonNode get = path.getValue().path("get");
            if (!path.getKey().startsWith("/api/") || get.isMissingNode()) {
                return;
            }
            List<Param> params = new ArrayList<>();
            for (JsonNode parameter : get.path("parameters")) {
                if (!parameter.path("in").asText().equals("query")) {
                    continue;
                }
                JsonNode schema = parameter.path("schema");
                if (schema.has("$ref")) {
                    schema = document.at("/components/schemas/"
                            + schema.path("$ref").asText().substring("#/components/schemas/".length()));
                }
                List<String> values = new ArrayList<>();
                schema.path("enum").forEach(value -> values.add(value.asText()));
                String name = parameter.path("name").asText();
                if (name.equals("sort")) {
                    values.addAll(sortFields(parameter.path("description").asText()));
                }
                params.add(new Param(name, schema.path("type").asText("string"), values));
            }
            endpoints.add(new Endpoint(path.getKey(), params));
        });
        return endpoints;
    }

    /** "Comma-separated fields of code (natural order), title, total; prefix - ..." gives code, title, total. */
    private static List<String> sortFields(String description) {
        Matcher fields = Pattern.compile("fields of (.*); prefix").matcher(description);
        if (!fields.find()) {
            return List.of();
        }
        return Pattern.compile(",").splitAsStream(fields.group(1).replaceAll("\\([^)]*\\)", ""))
                .map(String::strip).filter(field -> field.matches("[A-Za-z]+")).toList();
    }

    /** Real ids of each item endpoint, read from its collection. */
    private Map<String, List<String>> knownIds(List<Endpoint> endpoints) throws java.io.IOException {
        Map<String, List<String>> ids = new LinkedHashMap<>();
        for (Endpoint endpoint : endpoints) {
            if (endpoint.item()) {
                String collection = endpoint.template().substring(0, endpoint.template().lastIndexOf('/'));
                List<String> found = new ArrayList<>();
                json.readTree(RawHttp.get(base.getPort(), collection + "?size=20").body()).path("data")
                        .forEach(row -> found.add(row.path("id").asText()));
                assertTrue(!found.isEmpty(), collection + " has no rows to take ids from");
                ids.put(endpoint.template(), found);
            }
        }
        return ids;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Generators

    private static final List<String> WRONG_TYPES = List.of("abc", "1.5", "1e3", "0x10", "true", "null", "[]", "{}",
            "NaN", "Infinity", "１２", "٣", "2023-13-45", "2023/01/01", "yesterday");
    private static final List<String> NUMBERS = List.of("-1", "0", "-0", "+5", "007", "2147483647", "2147483648",
            "-2147483649", "9223372036854775808", "99999999999999999999999999", "1000", "1001", "-1000000", "1 000");
    private static final List<String> SQL = List.of("' OR '1'='1", "1; DROP TABLE government;--", "%' --",
            "\") OR 1=1 --", "' UNION SELECT usename, passwd FROM pg_shadow--", "$$; SELECT pg_sleep(10); $$",
            "1' AND pg_sleep(5)--", "\\", "E'\\x00'", "%_%", "'; COPY government TO '/tmp/x';--", "*/*");
    private static final List<String> HTML = List.of("<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>",
            "<svg/onload=alert(1)>", "javascript:alert(1)", "&lt;b&gt;", "<b>bold</b>", "'\"><script>x</script>");
    private static final List<String> TRAVERSAL = List.of("../../etc/passwd", "..%2F..%2Fetc%2Fpasswd",
            "%2e%2e%2f%2e%2e%2f", "....//....//", "..\\..\\windows\\win.ini", "/etc/passwd", "%252e%252e%252f",
            "..;/..;/", "%c0%ae%c0%ae/", ".", "..");
    private static final List<String> UNICODE = List.of("인구", "서대문구", "😀", "\u202Eevil", "a\u200Bb",
            "\uFEFFbom", "\uFFFD", "Ａ", "ﬁ", "\u1100\u1161", "가\u0301", "𝔘𝔫𝔦");
    private static final List<String> INVALID_UTF8 = List.of("%FF", "%C3%28", "%ED%A0%80", "%F8%88%80%80%80",
            "%C0%AF", "%E4%B8", "%80", "%FE%FF", "a%EC%9Db");
    private static final List<String> INVALID_PERCENT = List.of("%", "%z", "%zz", "%4", "%%", "%u0041", "%G1",
            "50%", "%%41", "%-1");
    private static final List<String> UNKNOWN_NAMES = List.of("foo", "SIZE", "Page", "q[]", "sort[]", "_", "id",
            "limit", "offset", "callback", "__proto__", "constructor", "%00x", "x%zz", "%3Cb%3E", "%EC%9D%B8%EA%B5%AC",
            "", "a.b", "format%20");
    private static final List<String> ACCEPTS = List.of("application/xml", "text/html", "image/png",
            "application/json;q=0", "text/csv;q=0, application/json;q=0", ";;;", "*/*;q=abc", "*/*;q=-1",
            "application/json;q=2", "text/*", "application/*", "application/problem+json", "TEXT/CSV",
            "text/csv;charset=euc-kr", "application/json, text/csv;q=1.0", "x".repeat(3000), "*", "/",
            "application/vnd.api+json", "\u00ea/\u00ea", "application/x-ndjson",
            "application/x-ndjson;q=0.5, text/csv", "application/x-ndjson;q=0");

    private Arbitrary<Probe> probes(List<Endpoint> endpoints, Map<String, List<String>> ids, String etag) {
        Arbitrary<String> methods = Arbitraries.frequency(Tuple.of(82, "GET"), Tuple.of(7, "HEAD"),
                Tuple.of(3, "OPTIONS"), Tuple.of(2, "POST"), Tuple.of(1, "PUT"), Tuple.of(1, "DELETE"),
                Tuple.of(1, "PATCH"), Tuple.of(1, "TRACE"), Tuple.of(1, "PROPFIND"), Tuple.of(1, "get"));
        return Arbitraries.of(endpoints).flatMap(endpoint -> Combinators.combine(methods, path(endpoint, ids),
                query(endpoint), headers(etag)).as((method, path, query, headers) -> {
                    ByteArrayOutputStream target = new ByteArrayOutputStream();
                    target.writeBytes(path.bytes());
                    target.writeBytes(query.bytes());
                    Set<String> kinds = new LinkedHashSet<>();
                    byte[] bytes = target.toByteArray();
                    if (bytes.length > MAX_TARGET) {
                        // Past Vert.x's hard limit Netty answers 414 with no body; above 4096 bytes is a 414 anyway.
                        bytes = java.util.Arrays.copyOf(bytes, MAX_TARGET);
                        kinds.add("very long");
                    }
                    for (Piece piece : List.of(path, query)) {
                        for (String kind : piece.kind().split("\\|")) {
                            if (!kind.isEmpty()) {
                                kinds.add(kind);
                            }
                        }
                    }
                    Map<String, String> headerMap = new LinkedHashMap<>();
                    for (String line : headers.split("\n")) {
                        if (!line.isEmpty()) {
                            int colon = line.indexOf(':');
                            headerMap.put(line.substring(0, colon), line.substring(colon + 2));
                        }
                    }
                    if (headerMap.containsKey("Accept") && ACCEPTS.contains(headerMap.get("Accept"))) {
                        kinds.add("odd accept");
                    }
                    return new Probe(method, endpoint, bytes, headerMap, kinds);
                }));
    }

    /** The path: the template as published, with an id, or bent (dot segments, case, trailing slash, ...). */
    private Arbitrary<Piece> path(Endpoint endpoint, Map<String, List<String>> ids) {
        String template = endpoint.template();
        if (endpoint.item()) {
            String prefix = template.substring(0, template.lastIndexOf('/') + 1);
            Arbitrary<Piece> valid = Arbitraries.of(ids.get(template))
                    .map(id -> new Piece(bytes(prefix + encode(id, false)), ""));
            Arbitrary<Piece> hostile = hostileText().flatMap(text -> encoded(text.bytes(), text.kind(), false))
                    .map(piece -> new Piece(concat(bytes(prefix), piece.bytes()), piece.kind()));
            return Arbitraries.frequencyOf(Tuple.of(5, valid), Tuple.of(4, hostile),
                    Tuple.of(1, Arbitraries.of("nope", "", "/", "seoul/extra", "%2F", "..", "..%2F..%2Fgovernments")
                            .map(tail -> new Piece(bytes(prefix + tail), "path traversal"))));
        }
        return Arbitraries.frequencyOf(Tuple.of(12, Arbitraries.just(new Piece(bytes(template), ""))),
                Tuple.of(1, Arbitraries.of(template + "/", template.replace("/api/v1/", "/api/v1//"),
                        template.replace("/api/v1/", "/api/v1/./"), template.replace("/api/v1/", "/api/v2/"),
                        template.toUpperCase(Locale.ROOT), template + ";jsessionid=x", template + ".json",
                        template + "%2F", "/api/v1/x/../" + template.substring("/api/v1/".length()), "/",
                        "/api", "/q/nope", template.replace("/api/v1/", "/api/v1/%2e%2e/"))
                        .map(path -> new Piece(bytes(path), "path traversal"))));
    }

    /** A query of a few parameters, documented or not, valid or hostile, sometimes repeated or many. */
    private Arbitrary<Piece> query(Endpoint endpoint) {
        List<String> ranges = endpoint.params().stream().map(Param::name)
                .filter(name -> name.startsWith("min") && endpoint.params().stream()
                        .anyMatch(other -> other.name().equals("max" + name.substring(3))))
                .toList();
        Arbitrary<Piece> unknown = Combinators.combine(Arbitraries.of(UNKNOWN_NAMES), Arbitraries.of("1", "", "x"))
                .as((name, value) -> new Piece(bytes(name + "=" + value), "unknown parameter"));
        // A document with no parameter at all (the data package, the DCAT catalog) gets unknown ones only.
        Arbitrary<Piece> declared = endpoint.params().isEmpty()
                ? unknown
                : Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.of(endpoint.params())
                        .flatMap(param -> value(param).map(value -> new Piece(
                                concat(bytes(param.name() + "="), value.bytes()), value.kind())))),
                        Tuple.of(1, unknown));
        // Both ends of a range, the low one above the high one.
        Arbitrary<Piece> pair = ranges.isEmpty()
                ? declared
                : Arbitraries.frequencyOf(Tuple.of(12, declared), Tuple.of(1, Arbitraries.of(ranges)
                        .map(min -> new Piece(bytes(min + "=1000.5&max" + min.substring(3) + "=-3"),
                                "reversed range"))));
        Arbitrary<Integer> count = Arbitraries.frequency(Tuple.of(2, 0), Tuple.of(10, 1), Tuple.of(8, 2),
                Tuple.of(4, 3), Tuple.of(2, 5), Tuple.of(1, 40));
        Arbitrary<String> separators = Arbitraries.frequency(Tuple.of(20, "&"), Tuple.of(1, ";"), Tuple.of(1, "&&"));
        return count.flatMap(n -> Combinators.combine(pair.list().ofSize(n), separators, Arbitraries.integers()
                .between(0, 9)).as((pairs, separator, shape) -> {
                    if (pairs.isEmpty()) {
                        return new Piece(new byte[0], "");
                    }
                    List<Piece> all = new ArrayList<>(pairs);
                    Set<String> kinds = new LinkedHashSet<>();
                    if (shape == 0) {
                        all.add(pairs.get(0)); // the same parameter twice
                        kinds.add("repeated");
                    }
                    ByteArrayOutputStream query = new ByteArrayOutputStream();
                    query.write('?');
                    for (int i = 0; i < all.size(); i++) {
                        if (i > 0) {
                            query.writeBytes(bytes(separator));
                        }
                        query.writeBytes(all.get(i).bytes());
                        kinds.add(all.get(i).kind());
                    }
                    if (shape == 1) {
                        query.write('&'); // a trailing separator
                    }
                    return new Piece(query.toByteArray(), String.join("|", kinds));
                }));
    }

    /** A value for one parameter: often one it accepts, else any kind of hostile value. */
    private Arbitrary<Piece> value(Param param) {
        Arbitrary<Piece> valid = validValue(param).map(value -> new Piece(bytes(encode(value, true)), "valid"));
        Arbitrary<Piece> hostile = hostileText().flatMap(text -> encoded(text.bytes(), text.kind(), true));
        Arbitrary<Piece> preEncoded = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.of(INVALID_UTF8).map(v -> new Piece(bytes(v), "invalid utf-8"))),
                Tuple.of(1, Arbitraries.of(INVALID_PERCENT).map(v -> new Piece(bytes(v), "invalid percent"))),
                Tuple.of(1, Arbitraries.of("%00", "%0A", "%0D", "%1B", "%7F", "a%09b", "%0D%0AX-Injected:%201")
                        .map(v -> new Piece(bytes(v), "control"))),
                Tuple.of(1, Arbitraries.integers().between(1, 0x1b).filter(c -> c < 0x09 || c > 0x0d)
                        .map(c -> new Piece(new byte[]{'a', (byte) c.intValue(), 'b'}, "control"))),
                Tuple.of(1, Arbitraries.of(new byte[]{'a', 0x7f}, new byte[]{(byte) 0xe9}, new byte[]{(byte) 0xff},
                        "인구".getBytes(StandardCharsets.UTF_8)).map(v -> new Piece(v, "raw non-ascii"))),
                Tuple.of(1, Arbitraries.integers().between(201, 6000).map(n -> new Piece(bytes("a".repeat(n)),
                        "very long"))),
                Tuple.of(1, Arbitraries.integers().between(100, 1300).map(n -> new Piece(bytes(encode(
                        "가".repeat(n), true)), "very long"))));
        Arbitrary<Piece> sort = param.name().equals("sort")
                ? Arbitraries.of("nope", "-nope", "id,nope", "-", ",", ",,", "--id", "id,id", "-id,id", "ID", " id",
                        "id;drop", "password").map(v -> new Piece(bytes(encode(v, true)), "unknown sort field"))
                : Arbitraries.just(new Piece(bytes(""), "empty"));
        return Arbitraries.frequencyOf(Tuple.of(7, valid), Tuple.of(6, hostile), Tuple.of(4, preEncoded),
                Tuple.of(param.name().equals("sort") ? 3 : 1, sort));
    }

    /** Values the parameter accepts, judged from the contract alone. */
    private static Arbitrary<String> validValue(Param param) {
        if (param.name().equals("sort") && !param.values().isEmpty()) {
            return Arbitraries.of(param.values()).list().ofMinSize(1).ofMaxSize(2).uniqueElements()
                    .flatMap(fields -> Arbitraries.of("", "-").list().ofSize(fields.size()).map(signs -> {
                        List<String> parts = new ArrayList<>();
                        for (int i = 0; i < fields.size(); i++) {
                            parts.add(signs.get(i) + fields.get(i));
                        }
                        return String.join(",", parts);
                    }));
        }
        if (!param.values().isEmpty()) {
            return Arbitraries.of(param.values()).flatMap(value -> Arbitraries.of(value,
                    value.toLowerCase(Locale.ROOT)));
        }
        if (param.type().equals("number")) {
            return Arbitraries.of("0", "1", "-1", "0.5", "19.2", "19.20", "34.1", "100", "1000", "50000",
                    "1000000000", "999999999999999.9999999999");
        }
        if (param.type().equals("integer")) {
            return switch (param.name()) {
                case "page" -> Arbitraries.integers().between(1, 3).map(String::valueOf);
                case "size" -> Arbitraries.integers().between(1, 1000).map(String::valueOf);
                default -> Arbitraries.integers().between(0, 2030).map(String::valueOf);
            };
        }
        return Arbitraries.of("seoul", "gwangju-seo", "incheon-seo", "seoul-seodaemun", "3-3", "2023", "2022-2023",
                "2021-01-01", "2023-12-31", "인구", "서구", "계", "a");
    }

    /** Text that means harm once decoded, to be encoded one way or another. */
    private static Arbitrary<Piece> hostileText() {
        return Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.of(WRONG_TYPES).map(v -> new Piece(bytes(v), "wrong type"))),
                Tuple.of(2, Arbitraries.of(NUMBERS).map(v -> new Piece(bytes(v), "huge or negative number"))),
                Tuple.of(2, Arbitraries.of(SQL).map(v -> new Piece(bytes(v), "sql"))),
                Tuple.of(2, Arbitraries.of(HTML).map(v -> new Piece(bytes(v), "html"))),
                Tuple.of(1, Arbitraries.of(TRAVERSAL).map(v -> new Piece(bytes(v), "path traversal"))),
                Tuple.of(1, Arbitraries.of(UNICODE).map(v -> new Piece(bytes(v), "unicode"))),
                Tuple.of(1, Arbitraries.strings().all().ofMaxLength(12)
                        .map(v -> new Piece(bytes(v), "random text"))));
    }

    /**
     * Text as a client might send it: properly percent-encoded, or raw (then only what breaks the request line is
     * encoded, and the raw bytes test the server's URL check).
     */
    private static Arbitrary<Piece> encoded(byte[] text, String kind, boolean query) {
        String decoded = new String(text, StandardCharsets.UTF_8);
        return Arbitraries.frequency(Tuple.of(3, true), Tuple.of(1, false)).map(proper -> {
            if (proper) {
                return new Piece(bytes(encode(decoded, query)), kind);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (byte b : text) {
                if (b == ' ' || b >= 0x09 && b <= 0x0d || b >= 0x1c && b <= 0x1f) {
                    out.writeBytes(bytes(String.format("%%%02X", b)));
                } else {
                    out.write(b);
                }
            }
            boolean raw = decoded.chars().anyMatch(c -> c > 0x7e);
            return new Piece(out.toByteArray(), raw ? kind + "|raw non-ascii" : kind);
        });
    }

    /** Header lines (one per line, "Name: value"): Accept, caching and CORS headers, sometimes odd or huge. */
    private static Arbitrary<String> headers(String etag) {
        Arbitrary<String> accept = Arbitraries.frequency(Tuple.of(6, ""), Tuple.of(2, "application/json"),
                Tuple.of(1, "text/csv"), Tuple.of(1, "*/*"), Tuple.of(3, "odd"))
                .flatMap(kind -> kind.equals("odd") ? Arbitraries.of(ACCEPTS) : Arbitraries.just(kind))
                .map(value -> value.isEmpty() ? "" : "Accept: " + value + "\n");
        Arbitrary<String> revalidation = Arbitraries.of("", "", "", "If-None-Match: " + etag + "\n",
                "If-None-Match: *\n", "If-None-Match: \"x\", W/\"y\"\n", "If-None-Match: garbage\n",
                "If-Modified-Since: Thu, 01 Jan 2015 00:00:00 GMT\n",
                "If-Modified-Since: Fri, 01 Jan 2100 00:00:00 GMT\n",
                "If-Modified-Since: yesterday\n");
        Arbitrary<String> other = Arbitraries.of("", "", "", "", "Accept-Encoding: gzip\n", "Accept-Encoding: br;q=x\n",
                "Accept-Encoding: *;q=0\n", "Origin: https://dashboard.example\n",
                "X-Forwarded-For: <script>, 1.2.3.4\n",
                "Cookie: session=' OR 1=1\n", "Range: bytes=0-10\n", "Content-Type: text/xml\n",
                "Accept-Language: ko-KR,ko;q=0.9\n", "X-Padding: " + "x".repeat(9000) + "\n",
                "User-Agent: \u00ec\u009d\u00b8\u00ea\u00b5\u00ac\n");
        return Combinators.combine(accept, revalidation, other).as((a, r, o) -> a + r + o);
    }

    // ---------------------------------------------------------------------------------------------------------------

    private static String encode(String text, boolean query) {
        String encoded = java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
        return query ? encoded : encoded.replace("+", "%20");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    /** A target for a failure message: printable ASCII as it is, anything else as \xNN, cut at 200 characters. */
    private static String printable(byte[] target) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < Math.min(target.length, 200); i++) {
            int b = target[i] & 0xff;
            out.append(b >= 0x20 && b < 0x7f ? String.valueOf((char) b) : String.format("\\x%02X", b));
        }
        return target.length > 200 ? out + "…(" + target.length + " bytes)" : out.toString();
    }

}
