package io.cellarsync.examples.sync;

import io.cellarsync.sync.SiteId;
import io.cellarsync.sync.SyncEngine;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** {@code [--site S]}: the site a decision is about, which may be left out while the state knows one site. */
public final class SiteOption {

    @Option(names = "--site", paramLabel = "SITE",
            description = "The site (as the state shows it, its code, domain or base URI); may be left out while"
                    + " the state knows one site.")
    @Nullable String site;

    /** @return the site chosen, or the only one the engine knows */
    SiteId site(SyncEngine engine) {
        return SiteChoice.resolve(site, engine.sites());
    }
}
