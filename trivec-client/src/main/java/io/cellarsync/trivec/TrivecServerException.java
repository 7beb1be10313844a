package io.cellarsync.trivec;

import org.jspecify.annotations.Nullable;

/**
 * The gateway or the venue's server failed (5xx), and retries did not help before the deadline.
 */
public final class TrivecServerException extends TrivecException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what went wrong, already free of the key
     * @param status the HTTP status, 0 when no response arrived
     * @param operation the operation
     * @param site the site code
     * @param bodyExcerpt the redacted start of the body
     * @param cause the underlying failure, or null
     */
    public TrivecServerException(String message, int status, String operation, String site, String bodyExcerpt,
            @Nullable Throwable cause) {
        super(message, status, operation, site, bodyExcerpt, cause);
    }
}
