package io.cellarsync.trivec;

import io.cellarsync.trivec.internal.Redactor;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * One GET request for a {@link TrivecTransport}.
 *
 * @param uri the full URI, including the {@code appid} query parameter
 * @param headers the request headers (only {@code Accept: application/json} by default)
 * @param timeout how long this attempt may wait for the response
 */
public record TransportRequest(URI uri, Map<String, String> headers, Duration timeout) {

    /**
     * Checks and copies the components.
     *
     * @param uri the URI
     * @param headers the headers
     * @param timeout the attempt timeout
     */
    public TransportRequest {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(timeout, "timeout");
        headers = Map.copyOf(headers);
    }

    /**
     * The URI with the application key and any userinfo replaced by {@code ***}: what may be logged.
     *
     * @return the redacted URI text
     */
    public String redactedUri() {
        return Redactor.withoutCredentials(uri.toString());
    }

    /** @return the request with the key redacted */
    @Override
    public String toString() {
        return "GET " + redactedUri() + " (timeout " + timeout + ")";
    }
}
