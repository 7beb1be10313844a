package io.cellarsync.trivec;

import org.jspecify.annotations.Nullable;

/**
 * The gateway has no such resource (404), including the .NET {@code No HTTP resource was found} error object that a server without that route answers, sometimes with status 200.
 */
public final class TrivecNotFoundException extends TrivecException {

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
    public TrivecNotFoundException(String message, int status, String operation, String site, String bodyExcerpt,
            @Nullable Throwable cause) {
        super(message, status, operation, site, bodyExcerpt, cause);
    }
}
