package io.cellarsync.trivec;

import org.jspecify.annotations.Nullable;

/**
 * The root of every failure of a call to the gateway. Unchecked; the typed subclasses say what went wrong.
 *
 * <p>Every instance carries the HTTP status (0 when no response arrived), the operation (e.g.
 * {@code ticket/day.json/20250301}), the site code and an excerpt of the response body. The application key is
 * redacted from all of them ({@code appid=***}). A failure is never turned into an empty day.
 */
public class TrivecException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String operation;
    private final String site;
    private final String bodyExcerpt;

    /**
     * Creates the exception.
     *
     * @param message what went wrong, already free of the key
     * @param status the HTTP status, 0 when no response arrived
     * @param operation the operation, e.g. {@code catalog/productlist.json}
     * @param site the site code
     * @param bodyExcerpt the start of the response body with the key redacted, empty when none
     * @param cause the underlying failure, or null
     */
    public TrivecException(String message, int status, String operation, String site, String bodyExcerpt,
            @Nullable Throwable cause) {
        super(message, cause);
        this.status = status;
        this.operation = operation;
        this.site = site;
        this.bodyExcerpt = bodyExcerpt;
    }

    /**
     * The HTTP status of the failed response.
     *
     * @return the status, 0 when no response arrived (I/O failure, timeout)
     */
    public int status() {
        return status;
    }

    /**
     * The operation that failed: the request path without the query, e.g. {@code ticket/day.json/20250301}.
     *
     * @return the operation
     */
    public String operation() {
        return operation;
    }

    /**
     * The site the call was made to.
     *
     * @return the site code
     */
    public String site() {
        return site;
    }

    /**
     * The start of the response body, with the application key redacted.
     *
     * @return the excerpt, empty when there was no body
     */
    public String bodyExcerpt() {
        return bodyExcerpt;
    }
}
