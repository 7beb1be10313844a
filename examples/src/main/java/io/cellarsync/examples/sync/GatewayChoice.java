package io.cellarsync.examples.sync;

import io.cellarsync.trivec.TrivecClient;
import io.cellarsync.trivec.TrivecClientBuilder;
import java.net.URI;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/**
 * The gateway {@code import} reads from: {@code --site CODE|DOMAIN} or {@code --base-uri URI}, and
 * {@code --app-id KEY} (or the {@code TRIVEC_APP_ID} variable). The key is never printed.
 */
public final class GatewayChoice {

    static final class Where {
        @Option(names = "--site", paramLabel = "CODE|DOMAIN", required = true,
                description = "The site's code (ABCDEFGHIJKL123) or domain (ABCDEFGHIJKL123.trivecgateway.com).")
        @Nullable String site;

        @Option(names = "--base-uri", paramLabel = "URI", required = true,
                description = "An explicit gateway base URI instead (a proxy, the testkit's simulator).")
        @Nullable URI baseUri;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Where where = new Where();

    @Option(names = "--app-id", paramLabel = "KEY",
            description = "The application key (appid); default: the " + TrivecClientBuilder.APP_ID_VARIABLE
                    + " environment variable.")
    @Nullable String appId;

    /** @return a client for the chosen gateway */
    TrivecClient client() {
        TrivecClientBuilder builder = TrivecClient.builder();
        if (where.baseUri != null) {
            builder.baseUri(where.baseUri);
        } else if (where.site != null) {
            builder.site(where.site);
        }
        if (appId != null) {
            builder.appId(appId);
        }
        return builder.build();
    }

    @Override
    public String toString() {
        return "GatewayChoice[site=" + where.site + ", baseUri=" + where.baseUri + ", appId=***]";
    }
}
