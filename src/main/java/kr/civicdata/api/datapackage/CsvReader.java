package kr.civicdata.api.datapackage;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the records of a CSV file as the CSV Dialect of its resource says (delimiter, quote character, doubled quotes),
 * RFC 4180 otherwise: LF or CRLF line ends, quoted cells that hold delimiters, quotes and line breaks. The bytes are
 * decoded strictly: a byte that is not of the declared encoding stops the file with its line, rather than turning into
 * a replacement character that would then be loaded. A UTF-8 byte order mark is skipped.
 */
public final class CsvReader implements Closeable {

    /** A record: its cells, whether each was quoted, and the physical line it starts on (the header is line 1). */
    public record CsvRecord(long line, List<String> cells, List<Boolean> quoted) {
    }

    /** A file that cannot be read as CSV at all from some line on: bad bytes, an unclosed quote. */
    public static final class Malformed extends IOException {
        public final long line;

        Malformed(long line, String message) {
            super(message);
            this.line = line;
        }
    }

    private final PushbackReader in;
    private final Reader unwrapped;
    private final char delimiter;
    private final char quote;
    private final boolean doubleQuote;
    private long line = 1;
    private boolean first = true;

    public CsvReader(InputStream bytes, Charset charset, char delimiter, char quote, boolean doubleQuote) {
        this.unwrapped = new LineDecoder(bytes, charset);
        this.in = new PushbackReader(unwrapped, 1);
        this.delimiter = delimiter;
        this.quote = quote;
        this.doubleQuote = doubleQuote;
    }

    /** A reader of RFC 4180 UTF-8 CSV, the format of the bundled files and of the exported ones. */
    public static CsvReader utf8(InputStream bytes) {
        return new CsvReader(bytes, StandardCharsets.UTF_8, ',', '"', true);
    }

    private int read() throws IOException {
        try {
            int c = in.read();
            if (first) {
                first = false;
                if (c == '\uFEFF') {
                    return read();
                }
            }
            return c;
        } catch (CharacterCodingException e) {
            throw new Malformed(((LineDecoder) unwrapped).line, "bytes that are not valid in the declared encoding");
        }
    }

    /** The next record, or null at the end of the file. An empty line is a record of one empty cell. */
    public CsvRecord next() throws IOException {
        int c = read();
        if (c < 0) {
            return null;
        }
        long start = line;
        List<String> cells = new ArrayList<>();
        List<Boolean> quotedCells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean inQuotes = false;
        while (true) {
            if (c < 0) {
                if (inQuotes) {
                    throw new Malformed(start, "a quoted cell that is never closed");
                }
                break;
            }
            char ch = (char) c;
            if (inQuotes) {
                if (ch == quote) {
                    int n = read();
                    if (doubleQuote && n == quote) {
                        cell.append(quote);
                    } else {
                        inQuotes = false;
                        if (n >= 0) {
                            in.unread(n);
                        }
                    }
                } else {
                    if (ch == '\n') {
                        line++;
                    }
                    cell.append(ch);
                }
            } else if (ch == quote && cell.length() == 0 && !quoted) {
                inQuotes = true;
                quoted = true;
            } else if (ch == delimiter) {
                cells.add(cell.toString());
                quotedCells.add(quoted);
                cell.setLength(0);
                quoted = false;
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r') {
                    int n = read();
                    if (n != '\n' && n >= 0) {
                        in.unread(n);
                    }
                }
                line++;
                break;
            } else if (quoted) {
                throw new Malformed(line, "text after the closing quote of a cell");
            } else {
                cell.append(ch);
            }
            c = read();
        }
        cells.add(cell.toString());
        quotedCells.add(quoted);
        return new CsvRecord(start, cells, quotedCells);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /**
     * Decodes one physical line at a time, strictly, so that a byte not of the encoding is reported at its own line
     * (a decoder over a buffer would fail where the buffer starts). A line end is the byte LF in every encoding read
     * here (UTF-8, CP949, EUC-KR), which never occurs inside a multi-byte character of theirs.
     */
    private static final class LineDecoder extends Reader {
        private final InputStream bytes;
        private final java.nio.charset.CharsetDecoder decoder;
        private final java.io.ByteArrayOutputStream lineBytes = new java.io.ByteArrayOutputStream(256);
        private final byte[] chunk = new byte[65536];
        private int chunkLength;
        private int chunkAt;
        private java.nio.CharBuffer chars = java.nio.CharBuffer.allocate(0);
        /** The physical line being decoded, from 1. */
        long line;

        LineDecoder(InputStream bytes, Charset charset) {
            this.bytes = bytes;
            this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
        }

        private boolean fill() throws IOException {
            lineBytes.reset();
            while (true) {
                if (chunkAt == chunkLength) {
                    chunkLength = bytes.read(chunk);
                    chunkAt = 0;
                    if (chunkLength <= 0) {
                        chunkLength = 0;
                        break;
                    }
                }
                byte b = chunk[chunkAt++];
                lineBytes.write(b);
                if (b == '\n') {
                    break;
                }
            }
            if (lineBytes.size() == 0) {
                return false;
            }
            line++;
            chars = decoder.reset().decode(java.nio.ByteBuffer.wrap(lineBytes.toByteArray()));
            return true;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            if (!chars.hasRemaining() && !fill()) {
                return -1;
            }
            int n = Math.min(length, chars.remaining());
            chars.get(buffer, offset, n);
            return n;
        }

        @Override
        public void close() throws IOException {
            bytes.close();
        }
    }
}
