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

    private final RetryPolicy policy;
    private final Clock clock;
    private final RandomGenerator random;

    RetryDelays(RetryPolicy policy, Clock clock, RandomGenerator random) {
        this.policy = policy;
        this.clock = clock;
        this.random = random;
    }

    /** The backoff before attempt {@code failedAttempt + 1}. */
    Duration backoff(int failedAttempt) {
        long base = policy.initialBackoff().toMillis();
        long max = policy.maxBackoff().toMillis();
        long doubled = base << Math.min(failedAttempt - 1, 30);
        long capped = doubled < 0 ? max : Math.min(doubled, max);
        double spread = 1 + policy.jitter() * (2 * random.nextDouble() - 1);
        return Duration.ofMillis(Math.min(max, Math.round(capped * spread)));
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
