package io.cellarsync.trivec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A response body that fails half way: fetched again when the call returns a whole list, never handed out twice. */
class CutOffBodyTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 3);
    private static final String TWO_TICKETS = "[{\"Key\":\"1\"},{\"Key\":\"2\"}]";

    private final FakeTime time = new FakeTime();

    /** A transport answering 200 with the given bodies in turn; a body may fail after its first bytes. */
    private static final class ScriptedTransport implements TrivecTransport {

        final Deque<InputStream> bodies = new ArrayDeque<>();
        final List<URI> requests = new ArrayList<>();

        @Override
        public TransportResponse get(TransportRequest request) {
            requests.add(request.uri());
            return new TransportResponse(200, Map.of(), bodies.isEmpty() ? body(TWO_TICKETS) : bodies.pop());
        }
    }

    private static InputStream body(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }

    /** The first bytes of the body, then the connection fails. */
    private static InputStream cutOffAfter(String head) {
        return new InputStream() {
            private final InputStream first = body(head);

            @Override
            public int read() throws IOException {
                int next = first.read();
                if (next < 0) {
                    throw new IOException("Connection reset");
                }
                return next;
            }
        };
    }

    private TrivecClient client(ScriptedTransport transport) {
        return TrivecClient.builder().site(TrivecSite.atBaseUri("SHOP1", URI.create("http://gateway.invalid")))
                .appId(GatewayStubs.KEY).transport(transport).clock(time).sleeper(time)
                .random(GatewayStubs.NO_JITTER).minInterval(Duration.ZERO).build();
    }

    @Test
    void aListOfTickets_isFetchedAgain_whenItsBodyIsCutOffInTransit() {
        ScriptedTransport transport = new ScriptedTransport();
        transport.bodies.add(cutOffAfter("[{\"Key\":\"1\"},{\"Ke"));

        List<Ticket> tickets = client(transport).ticketsOfDay(DAY);

        assertThat(tickets).extracting(Ticket::key).containsExactly("1", "2");
        assertThat(transport.requests).hasSize(2);
        assertThat(time.sleeps).containsExactly(Duration.ofSeconds(1));
    }

    @Test
    void aCatalogue_isFetchedAgain_whenItsBodyIsCutOffInTransit() {
        ScriptedTransport transport = new ScriptedTransport();
        transport.bodies.add(cutOffAfter("[{\"Key\":\"10\",\"Na"));
        transport.bodies.add(body("[{\"Key\":\"10\",\"Name\":\"Anna\"}]"));

        assertThat(client(transport).users()).extracting(User::key).containsExactly("10");
        assertThat(transport.requests).hasSize(2);
    }

    @Test
    void streamedTickets_areNotFetchedAgain_once_handedOut() {
        ScriptedTransport transport = new ScriptedTransport();
        transport.bodies.add(cutOffAfter("[{\"Key\":\"1\"},{\"Ke"));
        List<String> seen = new ArrayList<>();

        assertThatThrownBy(() -> client(transport).forEachTicketOfDay(DAY, TicketQuery.billedOnly(),
                ticket -> seen.add(ticket.key())))
                .isInstanceOf(TrivecTransportException.class)
                .hasMessageContaining("connection failed while the body was read");
        assertThat(seen).containsExactly("1");
        assertThat(transport.requests).hasSize(1);
    }

    @Test
    void aBodyCutOffOnEveryAttempt_failsWithATransportError_afterTheRetryPolicy() {
        ScriptedTransport transport = new ScriptedTransport();
        for (int i = 0; i < RetryPolicy.defaults().maxAttempts(); i++) {
            transport.bodies.add(cutOffAfter("[{\"Key\":\"1\"}"));
        }

        assertThatThrownBy(() -> client(transport).ticketsOfDay(DAY)).isInstanceOf(TrivecTransportException.class);
        assertThat(transport.requests).hasSize(RetryPolicy.defaults().maxAttempts());
    }

    @Test
    void aBodyThatStallsHalfWay_failsAfterTheAttemptTimeout_insteadOfBlocking() throws Exception {
        // A server that sends the headers and the first ticket, then nothing more for a long while.
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread stalling = new Thread(() -> {
                try (Socket socket = server.accept()) {
                    socket.getOutputStream().write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                            + "Content-Length: 1000\r\n\r\n[{\"Key\":\"1\"},").getBytes(StandardCharsets.US_ASCII));
                    socket.getOutputStream().flush();
                    Thread.sleep(30_000);
                } catch (IOException | InterruptedException ignored) {
                    // the client hung up, or the test ended
                }
            });
            stalling.setDaemon(true);
            stalling.start();
            TrivecClient client = TrivecClient.builder()
                    .site(TrivecSite.atBaseUri("SHOP1", URI.create("http://localhost:" + server.getLocalPort())))
                    .appId(GatewayStubs.KEY).clock(time).sleeper(time).minInterval(Duration.ZERO)
                    .attemptTimeout(Duration.ofMillis(500)).retryPolicy(RetryPolicy.none()).build();

            assertThatThrownBy(() -> client.ticketsOfDay(DAY)).isInstanceOf(TrivecTransportException.class)
                    .hasMessageContaining("stalled");
            stalling.interrupt();
        }
    }
}
