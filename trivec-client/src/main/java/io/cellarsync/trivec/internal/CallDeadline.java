package io.cellarsync.trivec.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The deadline of one call of the client, shared by every request the call sends (one per centre, one per day of
 * a range). It counts the time the client spends on the call: pacing, attempts, backoff and {@code Retry-After}
 * waits, and reading a body into a whole result. It does not count the time the caller spends with tickets
 * already handed out (a callback, a stream being consumed): the clock runs only while a request is executed.
 * One call runs on one thread at a time.
 */
public final class CallDeadline {

    private final Clock clock;
    private final Duration limit;
    private Duration spent = Duration.ZERO;
    private @Nullable Instant runningSince;

    /**
     * A deadline not yet running.
     *
     * @param clock the injected clock
     * @param limit how long the call may take
     */
    public CallDeadline(Clock clock, Duration limit) {
        this.clock = clock;
        this.limit = limit;
    }

    /**
     * The configured limit, for messages.
     *
     * @return the limit
     */
    Duration limit() {
        return limit;
    }

    /** Starts counting (a request of the call is being executed). */
    void resume() {
        if (runningSince == null) {
            runningSince = clock.instant();
        }
    }

    /** Stops counting (the caller has the tickets). */
    void pause() {
        Instant since = runningSince;
        if (since != null) {
            spent = spent.plus(Duration.between(since, clock.instant()));
            runningSince = null;
        }
    }

    /**
     * What is left of the limit.
     *
     * @return the remaining time, zero or negative once the deadline has passed
     */
    Duration remaining() {
        Instant since = runningSince;
        Duration running = since == null ? Duration.ZERO : Duration.between(since, clock.instant());
        return limit.minus(spent).minus(running);
    }

    /**
     * Whether a wait would still end within the deadline.
     *
     * @param wait the wait
     * @return true if it ends no later than the deadline
     */
    boolean allows(Duration wait) {
        return wait.compareTo(remaining()) <= 0;
    }
}
