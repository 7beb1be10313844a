package io.cellarsync.trivec.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Passes a body through while keeping its first bytes, for the excerpt of a malformed-response error. */
final class HeadRecordingInputStream extends FilterInputStream {

    static final int HEAD = 512;

    private final byte[] head = new byte[HEAD];
    private int recorded;

    HeadRecordingInputStream(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0 && recorded < HEAD) {
            head[recorded++] = (byte) b;
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0 && recorded < HEAD) {
            int copied = Math.min(n, HEAD - recorded);
            System.arraycopy(buffer, offset, head, recorded, copied);
            recorded += copied;
        }
        return n;
    }

    String head() {
        return new String(head, 0, recorded, StandardCharsets.UTF_8);
    }

    /** Whether the head is full, so that the body may go on after it. */
    boolean full() {
        return recorded == HEAD;
    }
}
