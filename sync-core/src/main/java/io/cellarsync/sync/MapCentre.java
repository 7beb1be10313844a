package io.cellarsync.sync;

import java.util.Objects;

/**
 * Sends the sales of a point of sale to a cellar of its own (R1, semantic 14). Without a mapping every centre depletes
 * {@link SyncEngine#DEFAULT_CELLAR}. A mapping applies to sales recorded after it; past movements stay in their cellar.
 *
 * @param site the site
 * @param centre the point of sale's key
 * @param cellar the cellar's name; not blank
 */
public record MapCentre(SiteId site, String centre, String cellar) implements SyncCommand {

    /** Checks the components are present. */
    public MapCentre {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(centre, "centre");
        Objects.requireNonNull(cellar, "cellar");
    }
}
