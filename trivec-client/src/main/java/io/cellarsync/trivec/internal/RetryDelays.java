package io.cellarsync.trivec.internal;

import io.cellarsync.trivec.RetryPolicy;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.random.RandomGenerator;

/** Computes how long to wait before a retry: exponential backoff with jitter, or what {@code Retry-After} says. */
final class RetryDelays {

    /** A quarter of the longest millisecond count: twice it, the widest jitter, still fits in a long. */
    static final long LONGEST_MILLIS = Long.MAX_VALUE / 4;

    private final RetryPolicy policy;
    private final Clock clock;
    private final RandomGenerator random;

    RetryDelays(RetryPolicy policy, Clock clock, RandomGenerator random) {
        this.policy = policy;
        this.clock = clock;
        this.random = random;
    }

    /**
     * The backoff before attempt {@code failedAttempt + 1}: {@code initialBackoff × 2^(failedAttempt − 1)}, capped at
     * {@code maxBackoff}, spread by the jitter and never above {@code maxBackoff}. Computed without overflow: a
     * duration of {@link #LONGEST_MILLIS} or more counts as that (tens of millions of years, past any deadline).
     */
    Duration backoff(int failedAttempt) {
        long base = millisUpToLongest(policy.initialBackoff());
        long max = millisUpToLongest(policy.maxBackoff());
        int doublings = Math.min(failedAttempt - 1, 62);
        // base × 2^doublings > max exactly when base > max / 2^doublings (rounded down): the shift cannot overflow.
        long capped = base > (max >> doublings) ? max : base << doublings;
        double spread = 1 + policy.jitter() * (2 * random.nextDouble() - 1);
        return Duration.ofMillis(Math.min(max, Math.round(capped * spread)));
    }

    private static long millisUpToLongest(Duration duration) {
        return duration.compareTo(Duration.ofMillis(LONGEST_MILLIS)) >= 0 ? LONGEST_MILLIS : duration.toMillis();
    }

    /** The wait a {@code Retry-After} header asks for, capped; empty when absent or unreadable. */
    Optional<Duration> retryAfter(Optional<String> header) {
        return header.flatMap(this::parse).map(wait -> wait.compareTo(policy.retryAfterCap()) > 0
                ? policy.retryAfterCap() : wait);
    }

    /** The wait as asked, uncapped (for the exception). */
    Optional<Duration> parse(String value) {
        String text = value.strip();
        if (text.matches("\\d{1,9}")) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(text)));
        }
        try {
            ZonedDateTime when = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME);
            Duration wait = Duration.between(clock.instant(), when.toInstant());
            return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
