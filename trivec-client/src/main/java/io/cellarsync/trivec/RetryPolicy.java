package io.cellarsync.trivec;

import java.time.Duration;
import java.util.Objects;

/**
 * How failed attempts are retried: on connection failures, timeouts, 408, 429 and 5xx only, with exponential
 * backoff and jitter, honouring {@code Retry-After} up to a cap, and never past the call's deadline.
 *
 * @param maxAttempts the number of attempts in all, at least 1 (1 means no retry)
 * @param initialBackoff the wait before the second attempt; doubles for each further attempt
 * @param maxBackoff the longest backoff wait
 * @param jitter the random spread of each backoff, from 0 (none) to 1 (anywhere between 0 and twice the wait)
 * @param retryAfterCap the longest wait a {@code Retry-After} header can impose
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff, double jitter,
        Duration retryAfterCap) {

    /**
     * Checks the components.
     *
     * @param maxAttempts the attempts
     * @param initialBackoff the first backoff
     * @param maxBackoff the backoff cap
     * @param jitter the jitter fraction
     * @param retryAfterCap the {@code Retry-After} cap
     * @throws TrivecConfigurationException naming the bad value
     */
    public RetryPolicy {
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        Objects.requireNonNull(retryAfterCap, "retryAfterCap");
        if (maxAttempts < 1) {
            throw new TrivecConfigurationException("maxAttempts must be 1 or more, was " + maxAttempts);
        }
        if (initialBackoff.isNegative() || maxBackoff.isNegative() || retryAfterCap.isNegative()) {
            throw new TrivecConfigurationException("backoff durations must not be negative, were "
                    + initialBackoff + ", " + maxBackoff + ", " + retryAfterCap);
        }
        if (!(jitter >= 0 && jitter <= 1)) {
            throw new TrivecConfigurationException("jitter must be between 0 and 1, was " + jitter);
        }
    }

    /**
     * The default: 4 attempts, backoff 1 s doubling up to 30 s with 20 % jitter, {@code Retry-After} up to 60 s
     * (what a production integrator of this gateway does).
     *
     * @return the default policy
     */
    public static RetryPolicy defaults() {
        return new RetryPolicy(4, Duration.ofSeconds(1), Duration.ofSeconds(30), 0.2, Duration.ofSeconds(60));
    }

    /**
     * A single attempt, no retry.
     *
     * @return the policy
     */
    public static RetryPolicy none() {
        return new RetryPolicy(1, Duration.ZERO, Duration.ZERO, 0, Duration.ZERO);
    }

    /**
     * This policy with another number of attempts.
     *
     * @param attempts the attempts in all, at least 1
     * @return the new policy
     */
    public RetryPolicy withMaxAttempts(int attempts) {
        return new RetryPolicy(attempts, initialBackoff, maxBackoff, jitter, retryAfterCap);
    }
}
