package kr.civicdata.api.datapackage;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Counts what is really read and stops at a limit: a declared size is never trusted. */
final class LimitedInputStream extends FilterInputStream {

    private final String name;
    private final long limit;
    private long read;

    LimitedInputStream(InputStream in, String name, long limit) {
        super(in);
        this.name = name;
        this.limit = limit;
    }

    private void count(long n) throws IOException {
        if (n > 0) {
            read += n;
            if (read > limit) {
                throw new IOException(name + ": more than " + limit + " bytes");
            }
        }
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        count(b < 0 ? 0 : 1);
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        count(n);
        return n;
    }
}
