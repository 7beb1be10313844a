package io.cellarsync.trivec.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * A response body that fails when no byte arrives for a given time: {@link java.net.http.HttpClient}'s timeout ends
 * with the headers, so a body that stalls half way would otherwise block its reader for ever. Each read arms a
 * watchdog that closes the stream if the read has not returned in time (closing unblocks the reader, which then
 * throws {@link HttpTimeoutException}).
 */
public final class StallGuardedInputStream extends FilterInputStream {

    private static final ScheduledThreadPoolExecutor WATCHDOG = watchdog();

    private final long maxGapNanos;
    private final Duration maxGap;
    private volatile boolean stalled;

    /**
     * Guards a body.
     *
     * @param body the body
     * @param maxGap the longest wait for the next bytes, positive
     */
    public StallGuardedInputStream(InputStream body, Duration maxGap) {
        super(body);
        this.maxGap = maxGap;
        this.maxGapNanos = maxGap.toNanos();
    }

    @Override
    public int read() throws IOException {
        return guarded(super::read);
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        return guarded(() -> super.read(buffer, offset, length));
    }

    /** One read of the body, which may block. */
    @FunctionalInterface
    private interface Read {
        int run() throws IOException;
    }

    /** Runs a read under the watchdog: a read cut off by it, or one that returns after it fired, is a stall. */
    private int guarded(Read read) throws IOException {
        ScheduledFuture<?> alarm = arm();
        int result;
        try {
            result = read.run();
        } catch (IOException e) {
            throw stalled ? stall(e) : e;
        } finally {
            alarm.cancel(false);
        }
        if (stalled) {
            throw stall(null);
        }
        return result;
    }

    private ScheduledFuture<?> arm() throws IOException {
        if (stalled) {
            throw stall(null);
        }
        return WATCHDOG.schedule(this::cutOff, maxGapNanos, TimeUnit.NANOSECONDS);
    }

    private void cutOff() {
        stalled = true;
        try {
            in.close();
        } catch (IOException | RuntimeException ignored) {
            // the reader fails with the stall either way
        }
    }

    private HttpTimeoutException stall(@Nullable IOException cause) {
        HttpTimeoutException stall = new HttpTimeoutException("no byte of the body arrived for " + maxGap
                + " (the per-attempt timeout); the body stalled half way");
        if (cause != null) {
            stall.initCause(cause);
        }
        return stall;
    }

    private static ScheduledThreadPoolExecutor watchdog() {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "trivec-body-watchdog");
            thread.setDaemon(true);
            return thread;
        });
        executor.setRemoveOnCancelPolicy(true);
        return executor;
    }
}
