package io.cellarsync.trivec.testkit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.cellarsync.trivec.TicketQuery;
import io.cellarsync.trivec.TrivecClient;
import io.cellarsync.trivec.TrivecClientBuilder;
import io.cellarsync.trivec.testkit.internal.ClosedAdminApi;
import io.cellarsync.trivec.testkit.internal.EscapeCheckingHttpServerFactory;
import io.cellarsync.trivec.testkit.internal.FaultSwitch;
import io.cellarsync.trivec.testkit.internal.GatewayTransformer;
import io.cellarsync.trivec.testkit.internal.KeyRedaction;
import io.cellarsync.trivec.testkit.internal.Selection;
import io.cellarsync.trivec.testkit.internal.SimProduct;
import io.cellarsync.trivec.testkit.internal.SimulatedSite;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A simulated Trivec gateway on a local port: serves the seeded catalogue and days of a {@link SimulatorConfig}
 * exactly as the real gateway formats them, and answers with a {@link Fault} when told to.
 *
 * <pre>{@code
 * try (GatewaySimulator gateway = GatewaySimulator.start(SimulatorConfig.defaults())) {
 *     TrivecClient client = gateway.newClient();
 *     List<Ticket> tickets = client.ticketsOfDay(gateway.days().get(0));
 * }
 * }</pre>
 */
public final class GatewaySimulator implements AutoCloseable {

    private final SimulatorConfig config;
    private final SimulatedSite site;
    private final FaultSwitch faults = new FaultSwitch();
    private final WireMockServer server;
    private final KeyRedaction redaction;

    private GatewaySimulator(SimulatorConfig config) {
        this.config = config;
        this.redaction = KeyRedaction.of(config.appId());
        this.site = new SimulatedSite(config.seed(), config.firstDay(), config.dayCount(), config.ticketsPerDay(),
                config.centres());
        // HTTP/1.1 only: the gateway is HTTPS and never upgrades a cleartext connection, while WireMock would accept
        // the JDK client's h2c upgrade, whose first DATA frame the JDK 17 client now and then corrupts (a correct day
        // read as malformed JSON; see HttpClientTransport).
        GatewayTransformer gateway = new GatewayTransformer(site, config.appId(), faults, config.slowDelay());
        WireMockConfiguration options = WireMockConfiguration.options()
                .http2PlainDisabled(true)
                .httpServerFactory(new EscapeCheckingHttpServerFactory(gateway))
                .extensions(gateway, new ClosedAdminApi(gateway));
        options = config.port() == 0 ? options.dynamicPort() : options.port(config.port());
        this.server = new WireMockServer(options);
    }

    /**
     * Generates the site and starts serving it.
     *
     * @param config the configuration
     * @return the running simulator; close it when done
     */
    public static GatewaySimulator start(SimulatorConfig config) {
        GatewaySimulator simulator = new GatewaySimulator(Objects.requireNonNull(config, "config"));
        simulator.server.start();
        simulator.server.stubFor(any(anyUrl()).willReturn(aResponse()));
        return simulator;
    }

    /**
     * Where the simulator listens.
     *
     * @return e.g. {@code http://localhost:41234}
     */
    public URI baseUri() {
        return URI.create("http://localhost:" + server.port());
    }

    /**
     * The application key the simulator accepts (any other gets 401).
     *
     * @return the key
     */
    public String appId() {
        return config.appId();
    }

    /**
     * The site code the simulator stands for.
     *
     * @return the code
     */
    public String siteCode() {
        return config.siteCode();
    }

    /**
     * The configuration it was started with.
     *
     * @return the configuration
     */
    public SimulatorConfig config() {
        return config;
    }

    /**
     * The business days served with billed tickets (other days are empty, but still carry open tickets).
     *
     * @return the days, in order
     */
    public List<LocalDate> days() {
        return site.days();
    }

    /**
     * The catalogue's products: wines with French POS labels, beers, coffee, softs, food, supplements, a menu.
     *
     * @return the products, in the order served
     */
    public List<SimulatedProduct> products() {
        List<SimulatedProduct> products = new ArrayList<>();
        for (SimProduct p : site.catalogue().products()) {
            products.add(new SimulatedProduct(p.key(), p.number(), p.name(), p.groupKey(), p.groupName(),
                    p.price(), p.vatRate(), p.wine()));
        }
        return products;
    }

    /**
     * What a request for a day returns, with exact totals, to compare a client's results with.
     *
     * @param day the requested day
     * @param query the flags and filters of the request (several centres: the sum of one request per centre;
     *     a query never lists a centre twice)
     * @return the totals
     */
    public DayTotals expectedTotals(LocalDate day, TicketQuery query) {
        return Selection.totals(site.select(day, query), query.includeFreeAddons());
    }

    /**
     * The exact body served for a day (a fixture for parser tests, or for a benchmark).
     *
     * @param day the requested day
     * @param query the flags and filters
     * @return the JSON bytes
     */
    public byte[] dayJson(LocalDate day, TicketQuery query) {
        return site.dayJson(day, query);
    }

    /**
     * A client builder aimed at this simulator: base URI, key, no pacing.
     *
     * @return the builder, to complete (retry policy, sleeper) and build
     */
    public TrivecClientBuilder clientBuilder() {
        return TrivecClient.builder().site(io.cellarsync.trivec.TrivecSite.atBaseUri(siteCode(), baseUri()))
                .appId(appId()).minInterval(Duration.ZERO);
    }

    /**
     * A client of this simulator with the default resilience settings and no pacing.
     *
     * @return the client
     */
    public TrivecClient newClient() {
        return clientBuilder().build();
    }

    /**
     * Answers every following request with a fault, until {@link #clearFaults()}.
     *
     * @param fault the fault
     */
    public void injectFault(Fault fault) {
        faults.set(Objects.requireNonNull(fault, "fault"), -1);
    }

    /**
     * Answers the next {@code times} requests with a fault, then normally again.
     *
     * @param fault the fault
     * @param times how many requests, at least 1
     */
    public void injectFault(Fault fault, int times) {
        if (times < 1) {
            throw new IllegalArgumentException("times must be 1 or more, was " + times);
        }
        faults.set(Objects.requireNonNull(fault, "fault"), times);
    }

    /** Answers normally again. */
    public void clearFaults() {
        faults.clear();
    }

    /**
     * How many requests arrived since the start or the last {@link #resetRequests()}. A request whose query holds a
     * malformed percent-escape is answered 400 before WireMock records it, and is not counted (nor listed by
     * {@link #requestedUrls()}).
     *
     * @return the count
     */
    public int requestCount() {
        return server.getAllServeEvents().size();
    }

    /**
     * The URLs (path and query) requested, oldest first, the key redacted: every value of {@code appid} is shown as
     * {@code ***} (also when its name is percent-encoded), and so is the simulator's own key anywhere else in the URL,
     * as sent or percent-encoded, in any case, unless it is {@link SimulatorConfig#DEFAULT_APP_ID}.
     *
     * @return the URLs
     */
    public List<String> requestedUrls() {
        List<String> urls = new ArrayList<>();
        for (ServeEvent event : server.getAllServeEvents()) {
            urls.add(redaction.redacted(event.getRequest().getUrl()));
        }
        Collections.reverse(urls);
        return urls;
    }

    /** Forgets the requests counted so far. */
    public void resetRequests() {
        server.resetRequests();
    }

    /** Stops serving. */
    @Override
    public void close() {
        server.stop();
    }

    /** @return the base URI and the days, never the key */
    @Override
    public String toString() {
        return "GatewaySimulator[" + baseUri() + ", site=" + siteCode() + ", days=" + config.firstDay() + ".."
                + config.lastDay() + "]";
    }
}
