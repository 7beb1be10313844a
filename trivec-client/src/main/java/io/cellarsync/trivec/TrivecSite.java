package io.cellarsync.trivec;

import io.cellarsync.trivec.internal.Redactor;
import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One Trivec gateway (rule R1): a site code such as {@code ABCDEFGHIJKL123} and the base URI its requests go to.
 *
 * <p>{@link #of(String)} accepts the two forms a Trivec account manager hands over, the bare code or the full
 * domain (with or without {@code https://}), and both give {@code https://CODE.trivecgateway.com}.
 * {@link #atBaseUri(String, URI)} is the separate, explicit option for tests, proxies and the testkit: an absolute
 * http(s) URI, perhaps with a path, without a query or a fragment (the client appends each request's path and query).
 *
 * <p>A base URI may carry userinfo ({@code http://user:password@proxy:8080}) for a transport of your own; it is
 * never part of the code and never shown: {@link #toString()}, messages and logged URIs show {@code ***@}.
 *
 * @param code the site code, used to namespace keys (keys collide across sites)
 * @param baseUri the URI every request path is appended to, without a trailing slash
 */
public record TrivecSite(String code, URI baseUri) {

    /** The domain every production site lives under. */
    public static final String GATEWAY_DOMAIN = "trivecgateway.com";

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9]+");
    private static final Pattern DOMAIN =
            Pattern.compile("(?i)(?:https://)?([A-Za-z0-9]+)\\.trivecgateway\\.com/?");
    private static final String ACCEPTED =
            "a site code such as ABCDEFGHIJKL123, or its domain ABCDEFGHIJKL123.trivecgateway.com"
                    + " (optionally with https://), nothing else: no other host, path, port, query or http://";

    /**
     * Checks the components.
     *
     * @param code the site code
     * @param baseUri the base URI
     * @throws TrivecConfigurationException if the code is blank, or the URI is not an absolute http or https URI
     *     with a host, or it has a query or a fragment
     */
    public TrivecSite {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(baseUri, "baseUri");
        if (code.isBlank()) {
            throw new TrivecConfigurationException("The site code is empty; expected " + ACCEPTED + ".");
        }
        if (!baseUri.isAbsolute() || baseUri.getHost() == null
                || !(baseUri.getScheme().equalsIgnoreCase("http") || baseUri.getScheme().equalsIgnoreCase("https"))) {
            throw new TrivecConfigurationException("The base URI '" + shown(baseUri)
                    + "' is not an absolute http(s) URI such as http://localhost:8089.");
        }
        if (baseUri.getRawQuery() != null || baseUri.getRawFragment() != null) {
            // Each request's path and appid are appended to the base URI: behind a query the path would be sent as
            // part of it, behind a fragment not at all. What they hold is not shown: a key may have been pasted there.
            throw new TrivecConfigurationException("The base URI '" + withoutQueryOrFragmentShown(baseUri)
                    + "' has " + (baseUri.getRawQuery() == null ? "a fragment"
                            : baseUri.getRawFragment() == null ? "a query" : "a query and a fragment")
                    + "; expected an absolute http(s) URI without a query or a fragment, such as"
                    + " http://localhost:8089 or http://proxy.local/trivec (the client adds each request's path and"
                    + " the appid parameter itself).");
        }
    }

    /**
     * Parses a site given as its code or its domain (rule R1).
     *
     * @param codeOrDomain {@code CODE}, {@code CODE.trivecgateway.com} or {@code https://CODE.trivecgateway.com}
     * @return the site, whose base URI is {@code https://CODE.trivecgateway.com}
     * @throws TrivecConfigurationException if the text is anything else, naming what is accepted
     */
    public static TrivecSite of(String codeOrDomain) {
        Objects.requireNonNull(codeOrDomain, "codeOrDomain");
        String code;
        Matcher domain = DOMAIN.matcher(codeOrDomain);
        if (CODE.matcher(codeOrDomain).matches()) {
            code = codeOrDomain;
        } else if (domain.matches()) {
            code = domain.group(1);
        } else {
            throw new TrivecConfigurationException("'" + Redactor.withoutCredentials(codeOrDomain)
                    + "' is not a Trivec site; expected " + ACCEPTED + ".");
        }
        String upper = code.toUpperCase(Locale.ROOT);
        return new TrivecSite(upper, URI.create("https://" + upper + "." + GATEWAY_DOMAIN));
    }

    /**
     * A site served at an explicit base URI: a test server, a proxy or the testkit's simulator.
     *
     * @param code the code that namespaces this site's keys
     * @param baseUri an absolute URI without a query or a fragment; a trailing slash is dropped
     * @return the site
     * @throws TrivecConfigurationException if the code is empty or the URI is not an absolute http(s) URI, or it has a
     *     query or a fragment
     */
    public static TrivecSite atBaseUri(String code, URI baseUri) {
        Objects.requireNonNull(baseUri, "baseUri");
        String text = baseUri.toString();
        while (text.endsWith("/")) {
            text = text.substring(0, text.length() - 1);
        }
        return new TrivecSite(code, URI.create(text));
    }

    /**
     * A site served at an explicit base URI, named after the URI's host and port.
     *
     * @param baseUri an absolute URI such as {@code http://localhost:8089}
     * @return the site, whose code is the URI's host and port (e.g. {@code localhost:8089}), never its userinfo
     * @throws TrivecConfigurationException if the URI is not an absolute http(s) URI with a host, or it has a query
     *     or a fragment
     */
    public static TrivecSite atBaseUri(URI baseUri) {
        Objects.requireNonNull(baseUri, "baseUri");
        if (baseUri.getHost() == null) {
            throw new TrivecConfigurationException("The base URI '" + shown(baseUri)
                    + "' is not an absolute http(s) URI such as http://localhost:8089.");
        }
        String code = baseUri.getPort() == -1 ? baseUri.getHost() : baseUri.getHost() + ":" + baseUri.getPort();
        return atBaseUri(code, baseUri);
    }

    /** The base URI as it may be shown: its userinfo, if any, masked. */
    static String shown(URI baseUri) {
        return Redactor.withoutCredentials(baseUri.toString());
    }

    /** The base URI as it may be shown, its query and fragment, if any, masked as {@code ?***} and {@code #***}. */
    private static String withoutQueryOrFragmentShown(URI baseUri) {
        String text = baseUri.toString();
        int query = text.indexOf('?');
        int fragment = text.indexOf('#');
        int end = query < 0 ? fragment : fragment < 0 ? query : Math.min(query, fragment);
        return shown(URI.create(text.substring(0, end))) + (baseUri.getRawQuery() == null ? "" : "?***")
                + (baseUri.getRawFragment() == null ? "" : "#***");
    }

    /** @return the code and the base URI, its userinfo masked */
    @Override
    public String toString() {
        return "TrivecSite[code=" + code + ", baseUri=" + shown(baseUri) + "]";
    }
}
