package io.cellarsync.trivec;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A response from a {@link TrivecTransport}: status, headers and the body as a stream (read once, then closed).
 *
 * @param status the HTTP status
 * @param headers the response headers (names compared ignoring case by {@link #header(String)})
 * @param body the body stream
 */
public record TransportResponse(int status, Map<String, List<String>> headers, InputStream body)
        implements Closeable {

    /**
     * Checks and copies the components.
     *
     * @param status the status
     * @param headers the headers
     * @param body the body
     */
    public TransportResponse {
        Objects.requireNonNull(body, "body");
        headers = Map.copyOf(headers);
    }

    /**
     * The first value of a header.
     *
     * @param name the header name, in any case
     * @return the value, empty when the header is absent
     */
    public Optional<String> header(String name) {
        for (Map.Entry<String, List<String>> entry : headers.entrySet()) {
            if (entry.getKey().equalsIgnoreCase(name) && !entry.getValue().isEmpty()) {
                return Optional.of(entry.getValue().get(0));
            }
        }
        return Optional.empty();
    }

    /**
     * Closes the body stream.
     *
     * @throws IOException if closing fails
     */
    @Override
    public void close() throws IOException {
        body.close();
    }
}
