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
 *
 * <p>A cleartext {@code http://} request is sent as HTTP/1.1. The JDK client's default, HTTP/2, would offer the
 * server an upgrade ({@code Upgrade: h2c}); a server that accepts it (WireMock, hence the testkit's simulator, Jetty,
 * some proxies) sends its first frames right behind the {@code 101}, and the JDK 17 client now and then hands the
 * body a first DATA frame whose tail has been overwritten by bytes read later on the connection: a correct body read
 * as malformed JSON, or a stream failing with a protocol error, about once in a few hundred to a thousand calls, more
 * often on a loaded machine. The gateway itself is HTTPS, where HTTP/2 is agreed without an upgrade and stays allowed.
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
        if ("http".equalsIgnoreCase(request.uri().getScheme())) {
            http.version(HttpClient.Version.HTTP_1_1);
        }
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
