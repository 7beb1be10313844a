package io.cellarsync.trivec;

import io.cellarsync.trivec.internal.ExecutorSettings;
import io.cellarsync.trivec.internal.HttpClientTransport;
import io.cellarsync.trivec.internal.PerThreadRandom;
import io.cellarsync.trivec.internal.Redactor;
import io.cellarsync.trivec.internal.RequestExecutor;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/**
 * Configures a {@link TrivecClient}. Only the site is required; the application key comes from
 * {@link #appId(String)} or, failing that, the {@code TRIVEC_APP_ID} environment variable.
 */
public final class TrivecClientBuilder {

    /** The environment variable the application key is read from when none is given. */
    public static final String APP_ID_VARIABLE = "TRIVEC_APP_ID";

    private @Nullable TrivecSite site;
    private @Nullable String appId;
    private UnaryOperator<String> environment = System::getenv;
    private @Nullable TrivecTransport transport;
    private @Nullable HttpClient httpClient;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration attemptTimeout = Duration.ofSeconds(60);
    private Duration deadline = Duration.ofMinutes(5);
    private Duration minInterval = Duration.ofMillis(100);
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Sleeper.SYSTEM;
    private RandomGenerator random = PerThreadRandom.INSTANCE;
    private TrivecEventListener listener = TrivecEventListener.NONE;
    private Duration catalogueCacheTtl = Duration.ZERO;

    TrivecClientBuilder() {}

    /**
     * The site, given as its code or its domain (rule R1).
     *
     * @param codeOrDomain {@code CODE}, {@code CODE.trivecgateway.com} or {@code https://CODE.trivecgateway.com}
     * @return this builder
     * @throws TrivecConfigurationException if it is neither
     */
    public TrivecClientBuilder site(String codeOrDomain) {
        this.site = TrivecSite.of(codeOrDomain);
        return this;
    }

    /**
     * The site, already parsed or at an explicit base URI.
     *
     * @param site the site
     * @return this builder
     */
    public TrivecClientBuilder site(TrivecSite site) {
        this.site = Objects.requireNonNull(site, "site");
        return this;
    }

    /**
     * An explicit base URI instead of a site code: for tests, proxies and the testkit's simulator. The site code
     * used to namespace keys is the URI's host and port.
     *
     * @param baseUri e.g. {@code http://localhost:8089}
     * @return this builder
     * @throws TrivecConfigurationException if it is not an absolute {@code http} or {@code https} URI with a host, or
     *     it has a query or a fragment
     */
    public TrivecClientBuilder baseUri(URI baseUri) {
        this.site = TrivecSite.atBaseUri(baseUri);
        return this;
    }

    /**
     * The application key ({@code appid}). It is sent as a query parameter and never logged.
     *
     * @param key the key
     * @return this builder
     */
    public TrivecClientBuilder appId(String key) {
        this.appId = Objects.requireNonNull(key, "key");
        return this;
    }

    /**
     * Where environment variables are read (default {@link System#getenv(String)}); for tests.
     *
     * @param variables from a variable name to its value, or null when unset
     * @return this builder
     */
    public TrivecClientBuilder environment(UnaryOperator<String> variables) {
        this.environment = Objects.requireNonNull(variables, "variables");
        return this;
    }

    /**
     * A whole transport instead of the default {@code java.net.http} one.
     *
     * @param transport the transport
     * @return this builder
     */
    public TrivecClientBuilder transport(TrivecTransport transport) {
        this.transport = Objects.requireNonNull(transport, "transport");
        return this;
    }

    /**
     * Your own {@link HttpClient} (proxy, TLS) for the default transport; its connect timeout is then its own.
     *
     * @param client the client; it should not follow redirects, the key is in the URI
     * @return this builder
     */
    public TrivecClientBuilder httpClient(HttpClient client) {
        this.httpClient = Objects.requireNonNull(client, "client");
        return this;
    }

    /**
     * The connect timeout of the default transport (default 10 s).
     *
     * @param timeout a positive duration
     * @return this builder
     */
    public TrivecClientBuilder connectTimeout(Duration timeout) {
        this.connectTimeout = positive("connectTimeout", timeout);
        return this;
    }

    /**
     * How long one attempt may wait for the response headers (default 60 s: days with large open tabs are slow).
     *
     * @param timeout a positive duration
     * @return this builder
     */
    public TrivecClientBuilder attemptTimeout(Duration timeout) {
        this.attemptTimeout = positive("attemptTimeout", timeout);
        return this;
    }

    /**
     * The overall deadline of one call of the client, over every request it sends (each centre, each day of a
     * range), pacing, retries and waits included (default 5 min). The time a callback or a stream's consumer
     * spends with the tickets handed out is not counted.
     *
     * @param timeout a positive duration
     * @return this builder
     */
    public TrivecClientBuilder deadline(Duration timeout) {
        this.deadline = positive("deadline", timeout);
        return this;
    }

    /**
     * The minimum interval between two requests to this site (default 100 ms, what integrators use).
     *
     * @param interval zero or more
     * @return this builder
     */
    public TrivecClientBuilder minInterval(Duration interval) {
        Objects.requireNonNull(interval, "interval");
        if (interval.isNegative()) {
            throw new TrivecConfigurationException("minInterval must not be negative, was " + interval);
        }
        this.minInterval = interval;
        return this;
    }

    /**
     * The retry policy (default {@link RetryPolicy#defaults()}).
     *
     * @param policy the policy
     * @return this builder
     */
    public TrivecClientBuilder retryPolicy(RetryPolicy policy) {
        this.retryPolicy = Objects.requireNonNull(policy, "policy");
        return this;
    }

    /**
     * The clock deadlines, pacing and {@code Retry-After} dates are measured with (default UTC system clock).
     *
     * @param clock the clock
     * @return this builder
     */
    public TrivecClientBuilder clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return this;
    }

    /**
     * How the client waits (default {@link Sleeper#SYSTEM}); tests pass one that does not sleep.
     *
     * @param sleeper the sleeper
     * @return this builder
     */
    public TrivecClientBuilder sleeper(Sleeper sleeper) {
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        return this;
    }

    /**
     * The source of backoff jitter. The default draws from the calling thread's
     * {@link java.util.concurrent.ThreadLocalRandom}, safe for concurrent calls; a generator given here is used by
     * every call of the client, so it must be thread-safe if calls run concurrently (a seeded one is for tests).
     *
     * @param random the generator
     * @return this builder
     */
    public TrivecClientBuilder random(RandomGenerator random) {
        this.random = Objects.requireNonNull(random, "random");
        return this;
    }

    /**
     * A listener for request and retry events (metrics).
     *
     * @param listener the listener
     * @return this builder
     */
    public TrivecClientBuilder eventListener(TrivecEventListener listener) {
        this.listener = Objects.requireNonNull(listener, "listener");
        return this;
    }

    /**
     * Caches catalogue responses (products, groups, payment modes, centres, users) for this long; zero (the
     * default) turns the cache off. Tickets are never cached.
     *
     * @param ttl zero or more
     * @return this builder
     */
    public TrivecClientBuilder catalogueCacheTtl(Duration ttl) {
        Objects.requireNonNull(ttl, "ttl");
        if (ttl.isNegative()) {
            throw new TrivecConfigurationException("catalogueCacheTtl must not be negative, was " + ttl);
        }
        this.catalogueCacheTtl = ttl;
        return this;
    }

    /**
     * Builds the client.
     *
     * @return the client
     * @throws TrivecConfigurationException if no site was given, or no key was given nor found in the environment
     */
    public TrivecClient build() {
        if (site == null) {
            throw new TrivecConfigurationException(
                    "No site: call site(\"CODE\") with the site code or domain, or baseUri(...) for a test server.");
        }
        String key = appId != null ? appId : environment.apply(APP_ID_VARIABLE);
        if (key == null || key.isBlank()) {
            throw new TrivecConfigurationException("No application key: call appId(...) or set the "
                    + APP_ID_VARIABLE + " environment variable.");
        }
        if (!key.strip().equals(key)) {
            throw new TrivecConfigurationException("The application key has leading or trailing spaces; remove them.");
        }
        TrivecTransport chosen = transport != null ? transport
                : httpClient != null ? new HttpClientTransport(httpClient)
                : HttpClientTransport.withConnectTimeout(connectTimeout);
        ExecutorSettings settings = new ExecutorSettings(site.code(), new Redactor(key), chosen, retryPolicy,
                attemptTimeout, deadline, minInterval, clock, sleeper, random, listener);
        return new TrivecClient(site, key, new RequestExecutor(settings),
                catalogueCacheTtl.isZero() ? null : TrivecClient.newCache(catalogueCacheTtl, clock));
    }

    private static Duration positive(String name, Duration duration) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new TrivecConfigurationException(name + " must be positive, was " + duration);
        }
        return duration;
    }
}
