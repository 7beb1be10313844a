package io.cellarsync.sync;

import java.util.List;
import java.util.Objects;

/**
 * Imports a site's POS catalogue (R3, R7). Makes the site known, so that its sales can be imported. A reference whose
 * name changed keeps its link and its name history (R8). A product that comes back with a number and name exported by
 * the reset report is linked to its wine automatically (R15), unless it is linked or the user ever unlinked or ignored
 * it (R12): the first time it comes back, not again every night (semantic 16).
 *
 * @param site the site the catalogue belongs to; every entry must belong to it
 * @param entries the catalogue's products, possibly none
 */
public record ImportCatalogue(SiteId site, List<CatalogueEntry> entries) implements SyncCommand {

    /** Checks the site and copies the list. */
    public ImportCatalogue {
        Objects.requireNonNull(site, "site");
        entries = List.copyOf(entries);
    }
}
