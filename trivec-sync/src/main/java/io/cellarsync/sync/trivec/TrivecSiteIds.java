package io.cellarsync.sync.trivec;

import io.cellarsync.sync.SiteId;
import io.cellarsync.trivec.TrivecSite;
import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@link SiteId} a Trivec gateway is known by in the sync engine: the host of its base URI, lower-cased, with
 * {@code :port} appended when the URI gives a port other than its scheme's default (443 for https, 80 for http).
 *
 * <p>Rule R1: a site given by its code ({@code ABCDEFGHIJKL123}) or its domain
 * ({@code ABCDEFGHIJKL123.trivecgateway.com}) is the same site, {@code abcdefghijkl123.trivecgateway.com}. A site
 * reached at an explicit base URI (a test server, a proxy, the testkit's simulator) is known by that URI's host and
 * port, e.g. {@code localhost:8089}, because keys collide across sites and two simulators on one host are two sites.
 * A default port spelled out ({@code https://CODE.trivecgateway.com:443}) names the same site as none.
 */
public final class TrivecSiteIds {

    private TrivecSiteIds() {}

    /**
     * The site id of a configured gateway.
     *
     * @param site the gateway, as the client knows it
     * @return its site id
     */
    public static SiteId of(TrivecSite site) {
        Objects.requireNonNull(site, "site");
        return of(site.baseUri());
    }

    /**
     * The site id of a gateway reached at a base URI.
     *
     * @param baseUri an absolute URI with a host, such as {@code https://CODE.trivecgateway.com} or
     *     {@code http://localhost:8089}
     * @return its host, lower-cased, and {@code :port} when the URI has one other than its scheme's default
     * @throws IllegalArgumentException if the URI has no host
     */
    public static SiteId of(URI baseUri) {
        Objects.requireNonNull(baseUri, "baseUri");
        String host = baseUri.getHost();
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("The gateway base URI '" + baseUri
                    + "' has no host; give an absolute URI such as https://CODE.trivecgateway.com or"
                    + " http://localhost:8089.");
        }
        String id = host.toLowerCase(Locale.ROOT);
        int port = baseUri.getPort();
        return new SiteId(port == -1 || port == defaultPort(baseUri.getScheme()) ? id : id + ":" + port);
    }

    /**
     * The id {@link #of(URI)} gave a gateway before 2026-12-05 when its URI spelled out the scheme's default port:
     * {@code host:443} for {@code https}, {@code host:80} for {@code http}. A host keeping the state of that time can
     * go on using it.
     *
     * @param baseUri an absolute URI with a host, with the scheme's default port or none
     * @return that id; empty for a URI with another port, another scheme or no host
     */
    public static Optional<SiteId> withDefaultPort(URI baseUri) {
        Objects.requireNonNull(baseUri, "baseUri");
        int defaultPort = defaultPort(baseUri.getScheme());
        int port = baseUri.getPort();
        if (baseUri.getHost() == null || defaultPort == -1 || (port != -1 && port != defaultPort)) {
            return Optional.empty();
        }
        return Optional.of(new SiteId(baseUri.getHost().toLowerCase(Locale.ROOT) + ":" + defaultPort));
    }

    private static int defaultPort(String scheme) {
        if ("https".equalsIgnoreCase(scheme)) {
            return 443;
        }
        return "http".equalsIgnoreCase(scheme) ? 80 : -1;
    }
}
