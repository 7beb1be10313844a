package io.cellarsync.examples;

import io.cellarsync.trivec.TransportRequest;
import io.cellarsync.trivec.TransportResponse;
import io.cellarsync.trivec.TrivecClientBuilder;
import io.cellarsync.trivec.TrivecTransport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

/**
 * A gateway whose every day of tickets takes {@code perDay} to answer (a venue's server behind the relay), on a clock
 * that only those answers move: the client's deadline is met or passed without the test waiting. Each day answers an
 * empty list; every other request goes to the real gateway (the simulator).
 */
public final class SlowTicketDays implements TrivecTransport {

    private final Duration perDay;
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-06T03:00:00Z"));
    private final HttpClient http = HttpClient.newHttpClient();
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };

    public SlowTicketDays(Duration perDay) {
        this.perDay = perDay;
    }

    /** The client settings: no pacing, this clock, this transport. */
    public UnaryOperator<TrivecClientBuilder> settings() {
        return builder -> builder.minInterval(Duration.ZERO).clock(clock).transport(this);
    }

    @Override
    public TransportResponse get(TransportRequest request) throws IOException {
        if (request.uri().getPath().contains("/ticket/day.json/")) {
            now.updateAndGet(instant -> instant.plus(perDay));
            return new TransportResponse(200, Map.of(), new ByteArrayInputStream("[]".getBytes(StandardCharsets.UTF_8)));
        }
        try {
            HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(request.uri()).build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            return new TransportResponse(response.statusCode(), response.headers().map(), response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted");
        }
    }
}
