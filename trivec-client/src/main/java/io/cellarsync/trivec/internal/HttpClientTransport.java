package io.cellarsync.trivec.internal;

import io.cellarsync.trivec.TransportRequest;
import io.cellarsync.trivec.TransportResponse;
import io.cellarsync.trivec.TrivecTransport;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The default transport: {@link HttpClient}, body streamed, redirects never followed (the key is in the URI). The
 * request's timeout bounds the wait for the headers and, through {@link StallGuardedInputStream}, every wait for the
 * next bytes of the body.
 */
public final class HttpClientTransport implements TrivecTransport {

    private final HttpClient client;

    /**
     * A transport over a given client (proxy, TLS, executor are the client's).
     *
     * @param client the HTTP client
     */
    public HttpClientTransport(HttpClient client) {
        this.client = client;
    }

    /**
     * A transport over a new client with this connect timeout.
     *
     * @param connectTimeout the connect timeout
     * @return the transport
     */
    public static HttpClientTransport withConnectTimeout(Duration connectTimeout) {
        return new HttpClientTransport(HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build());
    }

    @Override
    public TransportResponse get(TransportRequest request) throws IOException {
        HttpRequest.Builder http = HttpRequest.newBuilder(request.uri()).GET().timeout(request.timeout());
        request.headers().forEach(http::header);
        try {
            HttpResponse<InputStream> response = client.send(http.build(), HttpResponse.BodyHandlers.ofInputStream());
            return new TransportResponse(response.statusCode(), response.headers().map(),
                    new StallGuardedInputStream(response.body(), request.timeout()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for the gateway");
        }
    }
}
