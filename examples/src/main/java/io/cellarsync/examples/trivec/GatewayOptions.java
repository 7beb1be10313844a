package io.cellarsync.examples.trivec;

import io.cellarsync.trivec.TrivecClient;
import io.cellarsync.trivec.TrivecClientBuilder;
import java.net.URI;
import java.util.function.UnaryOperator;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/**
 * The picocli mixin of every command that reads a gateway: {@code --site CODE|DOMAIN} or {@code --base-uri URI}
 * (exactly one), and {@code --app-id KEY}, which falls back on the {@code TRIVEC_APP_ID} environment variable.
 * The key is never printed: not by {@link #toString()}, not in any error.
 */
public final class GatewayOptions {

    /** Where the gateway is: exactly one of the two options. */
    static final class Where {
        @Option(names = "--site", paramLabel = "CODE|DOMAIN", required = true,
                description = "The site's code (ABCDEFGHIJKL123) or domain (ABCDEFGHIJKL123.trivecgateway.com).")
        String site;

        @Option(names = "--base-uri", paramLabel = "URI", required = true,
                description = "An explicit gateway base URI instead (a proxy, the testkit's simulator).")
        URI baseUri;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Where where = new Where();

    @Option(names = "--app-id", paramLabel = "KEY",
            description = "The application key (appid); default: the TRIVEC_APP_ID environment variable.")
    String appId;

    /**
     * A client builder for the chosen gateway, the key from {@code --app-id} or the environment.
     *
     * @return the builder, to complete and build
     */
    public TrivecClientBuilder clientBuilder() {
        return clientBuilder(System::getenv);
    }

    /**
     * A client builder, reading environment variables from the given function (for tests).
     *
     * @param environment from a variable name to its value, or null
     * @return the builder
     */
    public TrivecClientBuilder clientBuilder(UnaryOperator<String> environment) {
        // Said in the runner's words: the client's own message asks a Java caller to "call appId(...)".
        if (appId != null && appId.isBlank()) {
            throw new IllegalArgumentException("--app-id is empty: give the gateway key, or leave --app-id out to use"
                    + " the TRIVEC_APP_ID environment variable");
        }
        String fromEnvironment = environment.apply("TRIVEC_APP_ID");
        if (appId == null && (fromEnvironment == null || fromEnvironment.isBlank())) {
            throw new IllegalArgumentException("No gateway key: give --app-id KEY or set the TRIVEC_APP_ID"
                    + " environment variable");
        }
        TrivecClientBuilder builder = TrivecClient.builder().environment(environment);
        if (where.baseUri != null) {
            builder.baseUri(where.baseUri);
        } else {
            builder.site(where.site);
        }
        if (appId != null) {
            builder.appId(appId);
        }
        return builder;
    }

    /**
     * A client for the chosen gateway with the default resilience settings.
     *
     * @return the client
     * @throws io.cellarsync.trivec.TrivecConfigurationException if the site or the key is not usable
     */
    public TrivecClient client() {
        return clientBuilder().build();
    }

    /** @return the gateway chosen, never the key */
    @Override
    public String toString() {
        return "GatewayOptions[" + (where.baseUri != null ? "baseUri=" + where.baseUri : "site=" + where.site)
                + ", appid=***]";
    }
}
