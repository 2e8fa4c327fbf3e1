package kr.civicdata.api.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * A plain-socket HTTP/1.1 client that sends the request target byte for byte, where REST Assured and
 * {@code java.net.http} would encode or refuse it: raw non-ASCII bytes, invalid percent-encoding, control characters.
 * One connection per request ({@code Connection: close}), the answer read to the end.
 */
public final class RawHttp {

    /** An answer: status, headers by lower-case name, body (un-gzipped when it was). */
    public record Answer(int status, Map<String, String> headers, byte[] body, long millis) {

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private RawHttp() {
    }

    /**
     * @param target the request target as bytes, sent as they are
     * @param headers extra header lines, each {@code Name: value} (ISO-8859-1)
     */
    public static Answer send(int port, String method, byte[] target, Map<String, String> headers) {
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        request.writeBytes((method + " ").getBytes(StandardCharsets.ISO_8859_1));
        request.writeBytes(target);
        request.writeBytes(" HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        headers.forEach((name, value) -> request.writeBytes((name + ": " + value + "\r\n")
                .getBytes(StandardCharsets.ISO_8859_1)));
        request.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
        return exchange(port, request.toByteArray(), method.equals("HEAD"));
    }

    /** Sends a whole request, as it is, and reads the answer to the end of the connection. */
    public static Answer exchange(int port, byte[] request, boolean head) {
        long start = System.nanoTime();
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request);
            out.flush();
            Answer answer = read(socket.getInputStream(), head);
            return new Answer(answer.status(), answer.headers(), answer.body(),
                    (System.nanoTime() - start) / 1_000_000);
        } catch (IOException e) {
            String firstLine = new String(request, StandardCharsets.ISO_8859_1).lines().findFirst().orElse("");
            throw new UncheckedIOException("No HTTP answer for " + firstLine, e);
        }
    }

    public static Answer get(int port, String target) {
        return send(port, "GET", target.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    private static Answer read(InputStream in, boolean head) throws IOException {
        byte[] all = in.readAllBytes();
        int end = indexOf(all, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        if (end < 0) {
            throw new IOException("Incomplete answer of " + all.length + " bytes");
        }
        String[] lines = new String(all, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.merge(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                    lines[i].substring(colon + 1).strip(), (a, b) -> a + ", " + b);
        }
        byte[] body = java.util.Arrays.copyOfRange(all, end + 4, all.length);
        if (head) {
            body = new byte[0];
        } else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = unchunk(body);
        }
        if ("gzip".equalsIgnoreCase(headers.get("content-encoding")) && body.length > 0) {
            body = new GZIPInputStream(new java.io.ByteArrayInputStream(body)).readAllBytes();
        }
        return new Answer(status, headers, body, 0);
    }

    private static byte[] unchunk(byte[] chunked) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = 0;
        while (at < chunked.length) {
            int lineEnd = indexOf(chunked, "\r\n".getBytes(StandardCharsets.ISO_8859_1), at);
            String sizeText = new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1).split(";")[0].strip();
            int size = Integer.parseInt(sizeText, 16);
            if (size == 0) {
                break;
            }
            out.write(chunked, lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] data, byte[] pattern) {
        return indexOf(data, pattern, 0);
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        outer : for (int i = from; i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
