package io.cellarsync.examples.sync;

import io.cellarsync.sync.PosReferenceId;
import io.cellarsync.sync.SyncEngine;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** {@code [--site S] --pos-product KEY}: the POS reference a decision is about. */
public final class ReferenceOptions {

    @Option(names = "--site", paramLabel = "SITE",
            description = "The site (as the state shows it, its code, domain or base URI); may be left out while"
                    + " the state knows one site.")
    @Nullable String site;

    @Option(names = "--pos-product", paramLabel = "KEY", required = true, description = "The POS product key.")
    String productKey;

    /** @return the reference, on the site chosen or the only one the engine knows */
    PosReferenceId reference(SyncEngine engine) {
        return new PosReferenceId(SiteChoice.resolve(site, engine.sites()), productKey);
    }
}
