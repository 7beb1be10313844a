package io.cellarsync.examples.sync;

import io.cellarsync.examples.OneLineText;
import io.cellarsync.sync.SiteId;
import io.cellarsync.sync.trivec.TrivecSiteIds;
import io.cellarsync.trivec.TrivecConfigurationException;
import io.cellarsync.trivec.TrivecSite;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Which site a decision is about: the {@code --site} given, in any form that names it (the site id the state
 * shows, the site code, its domain, or the base URI it was imported from), or, when it is left out, the one site
 * the state knows.
 */
final class SiteChoice {

    private SiteChoice() {}

    static SiteId resolve(@Nullable String given, List<SiteId> known) {
        if (given == null || given.isBlank()) {
            if (known.size() == 1) {
                return known.get(0);
            }
            if (known.isEmpty()) {
                throw new IllegalArgumentException("The state knows no site yet: run cellarsync import first.");
            }
            throw new IllegalArgumentException("The state knows several sites (" + names(known)
                    + "): choose one with --site.");
        }
        SiteId wanted = asSiteId(given.strip());
        for (SiteId site : known) {
            if (site.code().equalsIgnoreCase(wanted.code())) {
                return site;
            }
        }
        SiteId legacy = legacyId(given.strip());
        if (legacy != null && known.contains(legacy)) {
            return legacy;
        }
        throw new IllegalArgumentException(OneLineText.printable("Unknown site '" + given + "'; the state knows "
                + (known.isEmpty() ? "no site yet: run cellarsync import first." : names(known) + ".")));
    }

    /**
     * The site id of a gateway reached at a base URI, as this state knows it: a state imported before 2026-12-05
     * with the scheme's default port spelled out ({@code https://CODE.trivecgateway.com:443}) knows the site as
     * {@code host:443}, which {@link TrivecSiteIds#of(URI)} no longer writes; its links and queue stay under that id.
     */
    static SiteId forImport(URI baseUri, List<SiteId> known) {
        SiteId site = TrivecSiteIds.of(baseUri);
        SiteId legacy = legacyId(baseUri);
        return !known.contains(site) && legacy != null && known.contains(legacy) ? legacy : site;
    }

    /**
     * The id a state imported before 2026-12-05 gave the site named by {@code given} when the default port was spelled
     * out: {@code host:443} for a site code, a domain or an {@code https} URI, {@code host:80} for an {@code http} URI;
     * null for a URI with another port or anything else.
     */
    private static @Nullable SiteId legacyId(String given) {
        if (given.contains("://")) {
            try {
                return legacyId(URI.create(given));
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        try {
            return legacyId(TrivecSite.of(given).baseUri());
        } catch (TrivecConfigurationException e) {
            return null;
        }
    }

    private static @Nullable SiteId legacyId(URI uri) {
        return TrivecSiteIds.withDefaultPort(uri).orElse(null);
    }

    private static SiteId asSiteId(String given) {
        if (given.contains("://")) {
            try {
                return TrivecSiteIds.of(URI.create(given));
            } catch (IllegalArgumentException e) {
                return new SiteId(given.toLowerCase(Locale.ROOT));
            }
        }
        try {
            return TrivecSiteIds.of(TrivecSite.of(given));
        } catch (TrivecConfigurationException e) {
            return new SiteId(given.toLowerCase(Locale.ROOT)); // host:port, as the state shows it
        }
    }

    private static String names(List<SiteId> sites) {
        return sites.stream().map(SiteId::code).collect(Collectors.joining(", "));
    }
}
