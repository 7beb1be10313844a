package io.cellarsync.trivec;

import java.time.Duration;

/**
 * Hooks for metrics and tracing: told when a request starts and ends and when a retry is scheduled. URIs given to
 * a listener are already redacted. Every method does nothing by default; a listener must not throw.
 */
public interface TrivecEventListener {

    /** A listener that ignores everything. */
    TrivecEventListener NONE = new TrivecEventListener() { };

    /**
     * A request attempt is about to be sent.
     *
     * @param operation the operation, e.g. {@code catalog/productlist.json}
     * @param attempt 1 for the first attempt
     * @param redactedUri the URI with {@code appid=***}
     */
    default void requestStarted(String operation, int attempt, String redactedUri) { }

    /**
     * A request attempt ended: a response arrived (any status) or the transport failed.
     *
     * @param operation the operation
     * @param attempt 1 for the first attempt
     * @param status the HTTP status, 0 when no response arrived
     * @param elapsed how long the attempt took until the response headers (or the failure)
     */
    default void requestEnded(String operation, int attempt, int status, Duration elapsed) { }

    /**
     * A failed attempt will be retried after a wait.
     *
     * @param operation the operation
     * @param nextAttempt the number of the coming attempt
     * @param delay how long the client waits before it
     * @param reason why, e.g. {@code 503} or {@code timeout}
     */
    default void retryScheduled(String operation, int nextAttempt, Duration delay, String reason) { }
}
