package io.cellarsync.trivec;

import org.jspecify.annotations.Nullable;

/**
 * The response is not what the endpoint returns: not JSON, truncated JSON, or an object (the gateway's error objects can arrive with status 200) where an array is expected. Never read as an empty day.
 */
public final class TrivecMalformedResponseException extends TrivecException {

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
    public TrivecMalformedResponseException(String message, int status, String operation, String site, String bodyExcerpt,
            @Nullable Throwable cause) {
        super(message, status, operation, site, bodyExcerpt, cause);
    }
}
