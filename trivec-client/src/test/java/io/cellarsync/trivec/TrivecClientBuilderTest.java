package io.cellarsync.trivec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.lang.reflect.Field;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/** Configuration of the client: the key's sources, refusals that say what is accepted. */
class TrivecClientBuilderTest {

    private static final String KEY = "0123456789abcdef0123456789abcdef";

    @Test
    void theKey_fallsBackOnTrivecAppIdInTheEnvironment() {
        TrivecClient client = TrivecClient.builder().site("SHOP123")
                .environment(name -> name.equals("TRIVEC_APP_ID") ? KEY : null).build();

        assertThat(client.site().code()).isEqualTo("SHOP123");
    }

    /** Builds a client on a transport that records the query of every request and answers an empty list. */
    private static TrivecClient recording(TrivecClientBuilder builder, List<String> queries) {
        return builder.site("SHOP123").minInterval(Duration.ZERO).transport(request -> {
            queries.add(request.uri().getQuery());
            return new TransportResponse(200, Map.of(), new ByteArrayInputStream("[]".getBytes()));
        }).build();
    }

    @Test
    void theKeyFromTheEnvironment_isTheOneSent() {
        List<String> queries = new ArrayList<>();
        TrivecClient client = recording(TrivecClient.builder()
                .environment(name -> name.equals("TRIVEC_APP_ID") ? KEY : null), queries);

        client.users();

        assertThat(queries).singleElement().isEqualTo("appid=" + KEY);
    }

    @Test
    void aKeyGivenToTheBuilder_winsOverTheEnvironment() {
        List<String> queries = new ArrayList<>();
        TrivecClient client = recording(TrivecClient.builder().appId("fedcba9876543210")
                .environment(name -> name.equals("TRIVEC_APP_ID") ? KEY : null), queries);

        client.users();

        assertThat(queries).singleElement().isEqualTo("appid=fedcba9876543210");
    }

    @Test
    void aBlankKey_orOneWithSurroundingSpaces_isRefused_withoutShowingIt() {
        assertThatThrownBy(() -> TrivecClient.builder().site("SHOP123").appId("   ").environment(name -> KEY)
                .build()).isInstanceOf(TrivecConfigurationException.class).hasMessageContaining("TRIVEC_APP_ID")
                .hasMessageNotContaining(KEY);
        assertThatThrownBy(() -> TrivecClient.builder().site("SHOP123").environment(name -> "  ").build())
                .isInstanceOf(TrivecConfigurationException.class).hasMessageContaining("TRIVEC_APP_ID");
        assertThatThrownBy(() -> TrivecClient.builder().site("SHOP123").appId(KEY + " ").build())
                .isInstanceOf(TrivecConfigurationException.class).hasMessageContaining("spaces")
                .hasMessageNotContaining(KEY);
    }

    @Test
    void noKeyAnywhere_isRefused_namingBothWaysToGiveIt() {
        assertThatThrownBy(() -> TrivecClient.builder().site("SHOP123").environment(name -> null).build())
                .isInstanceOf(TrivecConfigurationException.class)
                .hasMessageContaining("appId(")
                .hasMessageContaining("TRIVEC_APP_ID");
    }

    @Test
    void noSite_isRefused() {
        assertThatThrownBy(() -> TrivecClient.builder().appId(KEY).build())
                .isInstanceOf(TrivecConfigurationException.class)
                .hasMessageContaining("site(");
    }

    @Test
    void toString_neverShowsTheKey() {
        TrivecClient client = TrivecClient.builder().site("SHOP123").appId(KEY).build();

        assertThat(client.toString()).contains("SHOP123", "appid=***").doesNotContain(KEY);
    }

    @Test
    void badDurations_areRefused_namingTheValue() {
        TrivecClientBuilder builder = TrivecClient.builder();

        assertThatThrownBy(() -> builder.deadline(Duration.ZERO)).hasMessageContaining("deadline")
                .hasMessageContaining("PT0S");
        assertThatThrownBy(() -> builder.attemptTimeout(Duration.ofSeconds(-1)))
                .isInstanceOf(TrivecConfigurationException.class);
        assertThatThrownBy(() -> builder.minInterval(Duration.ofMillis(-1)))
                .isInstanceOf(TrivecConfigurationException.class);
        assertThatThrownBy(() -> builder.catalogueCacheTtl(Duration.ofMillis(-1)))
                .isInstanceOf(TrivecConfigurationException.class);
        assertThatThrownBy(() -> new RetryPolicy(0, Duration.ZERO, Duration.ZERO, 0, Duration.ZERO))
                .hasMessageContaining("maxAttempts");
        assertThatThrownBy(() -> new RetryPolicy(2, Duration.ZERO, Duration.ZERO, 1.5, Duration.ZERO))
                .hasMessageContaining("jitter");
    }

    @Test
    void aConnectTimeoutThatIsNotPositive_isRefused_namingTheValue() {
        TrivecClientBuilder builder = TrivecClient.builder();

        assertThatThrownBy(() -> builder.connectTimeout(Duration.ZERO))
                .isInstanceOf(TrivecConfigurationException.class).hasMessageContaining("connectTimeout")
                .hasMessageContaining("PT0S");
        assertThatThrownBy(() -> builder.connectTimeout(Duration.ofSeconds(-2)))
                .isInstanceOf(TrivecConfigurationException.class).hasMessageContaining("PT-2S");
        assertThatThrownBy(() -> builder.attemptTimeout(Duration.ZERO))
                .isInstanceOf(TrivecConfigurationException.class).hasMessageContaining("attemptTimeout")
                .hasMessageContaining("PT0S");
    }

    @Test
    void badFilterKeys_areRefused_beforeAnyRequest() {
        assertThatThrownBy(() -> TicketQuery.billedOnly().withCenters(java.util.List.of("12 34")))
                .isInstanceOf(TrivecConfigurationException.class).hasMessageContaining("'12 34'");
        assertThatThrownBy(() -> TicketQuery.billedOnly().withUser("x&appid=y"))
                .isInstanceOf(TrivecConfigurationException.class);
    }

    // Each centre is one request: the same centre twice would return, and count, its tickets twice.
    @Test
    void theSameCentreTwice_isRefused_namingIt() {
        assertThatThrownBy(() -> TicketQuery.billedOnly().withCenters(java.util.List.of("11", "12", "11")))
                .isInstanceOf(TrivecConfigurationException.class).hasMessageContaining("'11'")
                .hasMessageContaining("once");
    }

    @Test
    void anEmptyRange_isRefused() {
        TrivecClient client = TrivecClient.builder().site("SHOP123").appId(KEY).build();

        assertThatThrownBy(() -> client.ticketsOfDays(java.time.LocalDate.of(2026, 1, 2),
                java.time.LocalDate.of(2026, 1, 1), TicketQuery.billedOnly()))
                .isInstanceOf(TrivecConfigurationException.class).hasMessageContaining("2026-01-02");
    }

    /**
     * One client serves concurrent calls, and each retry draws its jitter from the builder's default source. A source
     * that is not safe to share hands two threads the same draws (and can get stuck on one value): the retries of
     * concurrent calls then fall in step, which the jitter is there to prevent. Two threads draw from the one default
     * source at once, in ten rounds (two threads may not overlap in every round on a busy machine); a sound source
     * gives all different longs (a repeat by chance: about 1 in 20 million over the ten rounds; doubles, of 53 bits,
     * would repeat about once in 10,000 runs).
     */
    @Test
    void theDefaultJitterSource_givesConcurrentCallsDrawsOfTheirOwn() throws Exception {
        // Read from the builder's field: the default is not reachable otherwise, and is what every client gets.
        Field field = TrivecClientBuilder.class.getDeclaredField("random");
        field.setAccessible(true);
        RandomGenerator jitter = (RandomGenerator) field.get(TrivecClient.builder());

        for (int round = 1; round <= 10; round++) {
            long[] drawn = drawnAtOnce(jitter, 2, 200_000);
            assertThat(Arrays.stream(drawn).distinct().count()).as("different draws in round %d", round)
                    .isEqualTo(drawn.length);
        }
    }

    /** What {@code threads} threads drew from one source, {@code draws} each, starting together. */
    private static long[] drawnAtOnce(RandomGenerator source, int threads, int draws) throws Exception {
        long[][] drawn = new long[threads][draws];
        CyclicBarrier start = new CyclicBarrier(threads);
        List<Thread> running = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            long[] mine = drawn[t];
            Thread thread = new Thread(() -> {
                try {
                    start.await();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                for (int i = 0; i < draws; i++) {
                    mine[i] = source.nextLong();
                }
            });
            thread.start();
            running.add(thread);
        }
        for (Thread thread : running) {
            thread.join();
        }
        return Arrays.stream(drawn).flatMapToLong(Arrays::stream).toArray();
    }
}
