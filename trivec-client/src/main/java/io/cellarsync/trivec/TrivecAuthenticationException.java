package io.cellarsync.trivec;

import org.jspecify.annotations.Nullable;

/**
 * The gateway refused the application key or the access (401 or 403). Not retried: check the key.
 */
public final class TrivecAuthenticationException extends TrivecException {

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
    public TrivecAuthenticationException(String message, int status, String operation, String site, String bodyExcerpt,
            @Nullable Throwable cause) {
        super(message, status, operation, site, bodyExcerpt, cause);
    }
}
