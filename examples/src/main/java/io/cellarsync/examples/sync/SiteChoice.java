package io.cellarsync.examples.sync;

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
        throw new IllegalArgumentException("Unknown site '" + given + "'; the state knows "
                + (known.isEmpty() ? "no site yet: run cellarsync import first." : names(known) + "."));
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
