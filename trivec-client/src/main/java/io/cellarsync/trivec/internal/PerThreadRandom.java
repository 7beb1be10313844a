package io.cellarsync.trivec.internal;

import java.util.concurrent.ThreadLocalRandom;
import java.util.random.RandomGenerator;

/**
 * The default source of backoff jitter: each draw comes from the calling thread's {@link ThreadLocalRandom}, so one
 * client may serve concurrent calls. A single generator such as {@link RandomGenerator#getDefault()} is not safe to
 * share: threads drawing from it at once get the same values (and can leave it stuck on one), so the retries of
 * concurrent calls would fall in step, which the jitter is there to prevent.
 */
public final class PerThreadRandom implements RandomGenerator {

    /** The one instance: it holds no state. */
    public static final PerThreadRandom INSTANCE = new PerThreadRandom();

    private PerThreadRandom() {}

    @Override
    public long nextLong() {
        return ThreadLocalRandom.current().nextLong();
    }

    @Override
    public double nextDouble() {
        return ThreadLocalRandom.current().nextDouble();
    }

    @Override
    public String toString() {
        return "PerThreadRandom (ThreadLocalRandom of the calling thread)";
    }
}
