package io.cellarsync.trivec;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.cellarsync.trivec.GatewayStubs.KEY;
import static io.cellarsync.trivec.GatewayStubs.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The application key never appears in the log, in exception messages, excerpts, causes or stack traces, even
 * when the gateway echoes the request URI (key included) in its error bodies.
 */
class KeyRedactionTest {

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final LocalDate DAY = LocalDate.of(2026, 12, 3);
    private static final String ECHO = "{\"Message\":\"No HTTP resource was found that matches the request URI"
            + " 'https://SHOP1.trivecgateway.com/Catalog/PaymodeList.json?appid=" + KEY + "'.\"}";

    private final FakeTime time = new FakeTime();

    /** Runs the action while capturing what slf4j-simple writes (it writes to System.err at each call). */
    private static String capturingTheLog(Runnable action) {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setErr(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    private static String everythingAbout(Throwable failure) {
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        String excerpt = failure instanceof TrivecException t ? t.bodyExcerpt() : "";
        return failure + "\n" + excerpt + "\n" + trace;
    }

    @Test
    void retriedAndFailedCalls_logRedactedUrlsOnly() {
        GatewayStubs.inTurn(wm, "/ticket/day.json/20261203", List.of(json(503, "down for " + KEY),
                json(200, "[]")));
        wm.stubFor(get(urlPathEqualTo("/catalog/paymodelist.json")).willReturn(json(404, ECHO)));
        TrivecClient client = GatewayStubs.client(wm, time).build();

        String log = capturingTheLog(() -> {
            client.ticketsOfDay(DAY);
            catchThrowable(client::paymodes);
        });

        assertThat(log).contains("appid=***", "ticket/day.json/20261203", "503", "catalog/paymodelist.json")
                .doesNotContain(KEY);
    }

    @Test
    void anEchoedKeyInAnErrorBody_isRedactedFromMessageAndExcerpt() {
        wm.stubFor(get(urlPathEqualTo("/catalog/paymodelist.json")).willReturn(json(404, ECHO)));

        Throwable failure = catchThrowable(() -> GatewayStubs.client(wm, time).build().paymodes());

        assertThat(failure).isInstanceOf(TrivecNotFoundException.class);
        assertThat(((TrivecException) failure).bodyExcerpt()).contains("appid=***");
        assertThat(everythingAbout(failure)).doesNotContain(KEY);
    }

    @Test
    void anEchoedKeyInA200ErrorObject_isRedacted() {
        wm.stubFor(get(urlPathEqualTo("/catalog/paymodelist.json")).willReturn(json(200, ECHO)));

        Throwable failure = catchThrowable(() -> GatewayStubs.client(wm, time).build().paymodes());

        assertThat(failure).isInstanceOf(TrivecNotFoundException.class);
        assertThat(everythingAbout(failure)).doesNotContain(KEY);
    }

    @Test
    void malformedBodiesEchoingTheKey_areRedacted() {
        wm.stubFor(get(urlPathEqualTo("/users.json")).willReturn(json(200, KEY + " is not valid JSON")));

        Throwable failure = catchThrowable(() -> GatewayStubs.client(wm, time).build().users());

        assertThat(failure).isInstanceOf(TrivecMalformedResponseException.class);
        assertThat(everythingAbout(failure)).doesNotContain(KEY);
    }

    @Test
    void aKeyCutByTheEndOfAnErrorExcerpt_leavesNoPartOfIt() {
        String head = KEY.substring(0, 12);
        String body = "x".repeat(2048 - head.length()) + KEY + " was refused";
        wm.stubFor(get(urlPathEqualTo("/users.json")).willReturn(json(404, body)));

        Throwable failure = catchThrowable(() -> GatewayStubs.client(wm, time).build().users());

        assertThat(failure).isInstanceOf(TrivecNotFoundException.class);
        assertThat(((TrivecException) failure).bodyExcerpt()).startsWith("xxxx").endsWith("***");
        assertThat(everythingAbout(failure)).doesNotContain(head);
    }

    @Test
    void aKeyCutByTheEndOfAMalformedBodysHead_leavesNoPartOfIt() {
        for (int cut = 8; cut < KEY.length(); cut += 7) {
            String head = KEY.substring(0, cut);
            String body = "y".repeat(512 - head.length()) + KEY + " is not valid JSON";
            wm.stubFor(get(urlPathEqualTo("/users.json")).willReturn(json(200, body)));

            Throwable failure = catchThrowable(() -> GatewayStubs.client(wm, time).build().users());

            assertThat(failure).isInstanceOf(TrivecMalformedResponseException.class);
            assertThat(everythingAbout(failure)).as("key cut after %s characters", cut).doesNotContain(head);
        }
    }

    @Test
    void aKeyCutAfterFewerThanEightCharacters_leavesNoneOfThemAtTheExcerptsEnd() {
        // A review: only heads of 8 characters or more were masked, so a cut after up to 7 left them in the excerpt.
        for (int cut = 1; cut < 8; cut++) {
            String head = KEY.substring(0, cut);
            String malformed = "y".repeat(512 - head.length()) + KEY + " is not valid JSON";
            wm.stubFor(get(urlPathEqualTo("/users.json")).willReturn(json(200, malformed)));
            Throwable failure = catchThrowable(() -> GatewayStubs.client(wm, time).build().users());
            String refused = "x".repeat(2048 - head.length()) + KEY + " was refused";
            wm.stubFor(get(urlPathEqualTo("/centers.json")).willReturn(json(404, refused)));
            Throwable notFound = catchThrowable(() -> GatewayStubs.client(wm, time).build().centres());

            assertThat(failure).isInstanceOf(TrivecMalformedResponseException.class);
            assertThat(((TrivecException) failure).bodyExcerpt()).as("cut after %s", cut).endsWith("yyyy***");
            assertThat(everythingAbout(failure)).as("cut after %s", cut).doesNotContain("yyyy" + head);
            assertThat(((TrivecException) notFound).bodyExcerpt()).as("cut after %s", cut).endsWith("xxxx***");
            assertThat(everythingAbout(notFound)).as("cut after %s", cut).doesNotContain("xxxx" + head);
        }
    }

    @Test
    void transportFailures_doNotCarryTheKeyInTheirCauses() {
        wm.stubFor(get(urlPathEqualTo("/users.json")).willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));

        Throwable failure = catchThrowable(() -> GatewayStubs.client(wm, time).retryPolicy(RetryPolicy.none())
                .build().users());

        assertThat(failure).isInstanceOf(TrivecTransportException.class);
        assertThat(everythingAbout(failure)).doesNotContain(KEY);
    }

    @Test
    void aFailureWhileClosingADayStream_isATypedTransportError_withoutTheKey() {
        TrivecClient client = TrivecClient.builder().site("SHOP1").appId(KEY).clock(time).sleeper(time)
                .minInterval(Duration.ZERO).transport(request -> new TransportResponse(200, Map.of(),
                        new ByteArrayInputStream("[]".getBytes(StandardCharsets.UTF_8)) {
                            @Override
                            public void close() throws IOException {
                                throw new IOException("reset while closing " + request.uri());
                            }
                        })).build();

        Throwable failure = catchThrowable(() -> {
            try (Stream<Ticket> tickets = client.streamTicketsOfDay(DAY, TicketQuery.billedOnly())) {
                tickets.forEach(ticket -> { });
            }
        });

        assertThat(failure).isInstanceOf(TrivecTransportException.class).hasMessageContaining("reset while closing");
        assertThat(everythingAbout(failure)).doesNotContain(KEY);
    }

    @Test
    void theUserinfoOfABaseUri_isNeverInTheSiteCodeLineIdsMessagesLogsEventsOrToString() {
        wm.stubFor(get(urlPathEqualTo("/ticket/day.json/20261203")).willReturn(json(200, "[{\"Key\":\"1\","
                + "\"ActualDate\":20261203,\"Date\":20261203,\"Orders\":[{\"Key\":\"2\",\"Lines\":["
                + "{\"Key\":\"1\",\"ProductKey\":\"P\",\"Qty\":1}]}]}]")));
        wm.stubFor(get(urlPathEqualTo("/users.json")).willReturn(json(503, "down")));
        List<String> events = new java.util.ArrayList<>();
        TrivecClient client = TrivecClient.builder()
                .baseUri(java.net.URI.create("http://user:s3cret@localhost:" + wm.getPort())).appId(KEY)
                .clock(time).sleeper(time).minInterval(Duration.ZERO).retryPolicy(RetryPolicy.none())
                .eventListener(new TrivecEventListener() {
                    @Override
                    public void requestStarted(String operation, int attempt, String redactedUri) {
                        events.add(redactedUri);
                    }
                }).build();
        List<Ticket> tickets = new java.util.ArrayList<>();
        Throwable[] failure = new Throwable[1];

        String log = capturingTheLog(() -> {
            tickets.addAll(client.ticketsOfDay(DAY));
            failure[0] = catchThrowable(client::users);
        });

        assertThat(client.site().code()).isEqualTo("localhost:" + wm.getPort());
        assertThat(tickets.get(0).lines().get(0).id().toString()).startsWith("localhost:" + wm.getPort() + "/");
        assertThat(((TrivecException) failure[0]).site()).isEqualTo("localhost:" + wm.getPort());
        assertThat(events).hasSize(2).allSatisfy(uri -> assertThat(uri).contains("***@localhost"));
        assertThat(log).contains("***@localhost");
        assertThat(String.join("\n", log, everythingAbout(failure[0]), String.join(" ", events), client.toString(),
                client.site().toString(), tickets.toString())).doesNotContain("s3cret", "user:");
    }

    @Test
    void theTransportRequestsToString_isRedacted() {
        TransportRequest request = new TransportRequest(java.net.URI.create("https://X.trivecgateway.com/users.json?appid="
                + KEY + "&IncOpen=true"), java.util.Map.of(), java.time.Duration.ofSeconds(1));

        assertThat(request.toString()).contains("appid=***&IncOpen=true").doesNotContain(KEY);
    }
}
