package io.cellarsync.trivec;

import org.jspecify.annotations.Nullable;

/**
 * No usable response arrived: an I/O failure, a timeout, an interrupted wait, or a 408; retries did not help before the deadline.
 */
public final class TrivecTransportException extends TrivecException {

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
    public TrivecTransportException(String message, int status, String operation, String site, String bodyExcerpt,
            @Nullable Throwable cause) {
        super(message, status, operation, site, bodyExcerpt, cause);
    }
}
