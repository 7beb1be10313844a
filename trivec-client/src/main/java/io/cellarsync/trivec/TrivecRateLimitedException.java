package io.cellarsync.trivec;

import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The gateway kept answering 429 (too many requests) until the retries or the deadline ran out.
 */
public final class TrivecRateLimitedException extends TrivecException {

    private static final long serialVersionUID = 1L;

    private final @Nullable Duration retryAfter;

    /**
     * Creates the exception.
     *
     * @param message what went wrong, already free of the key
     * @param operation the operation
     * @param site the site code
     * @param bodyExcerpt the redacted start of the body
     * @param retryAfter the wait the last {@code Retry-After} header asked for, or null when absent
     */
    public TrivecRateLimitedException(String message, String operation, String site, String bodyExcerpt,
            @Nullable Duration retryAfter) {
        super(message, 429, operation, site, bodyExcerpt, null);
        this.retryAfter = retryAfter;
    }

    /**
     * The wait the gateway asked for in its last {@code Retry-After} header.
     *
     * @return the wait, empty when the header was absent or unreadable
     */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
