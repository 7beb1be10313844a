package io.cellarsync.trivec;

import org.jspecify.annotations.Nullable;

/**
 * The gateway rejected the request as invalid (a 4xx other than 401, 403, 404, 408 and 429, e.g. a 400 problem-details object for a malformed date). Not retried.
 */
public final class TrivecRequestRejectedException extends TrivecException {

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
    public TrivecRequestRejectedException(String message, int status, String operation, String site, String bodyExcerpt,
            @Nullable Throwable cause) {
        super(message, status, operation, site, bodyExcerpt, cause);
    }
}
