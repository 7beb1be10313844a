package io.cellarsync.sync;

import java.util.Objects;

/**
 * A change of the engine's state. Every command that is applied produces events, and the state is a fold of them:
 * {@link SyncEngine#replay(java.util.List)} of the events of a history gives the same state as the history did.
 */
public sealed interface SyncEvent {

    /**
     * A wine entered the library.
     *
     * @param wine the wine
     */
    record WineAdded(LibraryWine wine) implements SyncEvent {

        /** Checks the wine is present. */
        public WineAdded {
            Objects.requireNonNull(wine, "wine");
        }
    }

    /**
     * A wine's vintage was set by an "almost" answer (R9).
     *
     * @param wineId the wine
     * @param vintage the new vintage
     */
    record VintageSet(String wineId, int vintage) implements SyncEvent {

        /** Checks the wine id is present. */
        public VintageSet {
            Objects.requireNonNull(wineId, "wineId");
        }
    }

    /**
     * A site became known (its catalogue was imported).
     *
     * @param site the site
     */
    record SiteRegistered(SiteId site) implements SyncEvent {

        /** Checks the site is present. */
        public SiteRegistered {
            Objects.requireNonNull(site, "site");
        }
    }

    /**
     * A catalogue product was seen, new or with changed fields.
     *
     * @param entry the product as the catalogue gave it
     */
    record CatalogueEntrySeen(CatalogueEntry entry) implements SyncEvent {

        /** Checks the entry is present. */
        public CatalogueEntrySeen {
            Objects.requireNonNull(entry, "entry");
        }
    }

    /**
     * A sale line was recorded, new or replacing an earlier version whose effect was reversed just before.
     *
     * @param sale the line
     */
    record SaleRecorded(RecordedSale sale) implements SyncEvent {

        /** Checks the sale is present. */
        public SaleRecorded {
            Objects.requireNonNull(sale, "sale");
        }
    }

    /**
     * A sale line disappeared from a newer version of its ticket; its effect was reversed just before.
     *
     * @param line the line
     */
    record SaleWithdrawn(SaleLineId line) implements SyncEvent {

        /** Checks the line is present. */
        public SaleWithdrawn {
            Objects.requireNonNull(line, "line");
        }
    }

    /**
     * A wine's stock moved.
     *
     * @param movement the movement
     */
    record StockMoved(StockMovement movement) implements SyncEvent {

        /** Checks the movement is present. */
        public StockMoved {
            Objects.requireNonNull(movement, "movement");
        }
    }

    /**
     * A POS reference was linked to a wine.
     *
     * @param link the link
     */
    record Linked(Link link) implements SyncEvent {

        /** Checks the link is present. */
        public Linked {
            Objects.requireNonNull(link, "link");
        }
    }

    /**
     * A link was broken.
     *
     * @param link the link that was broken
     * @param keepPastSales whether its past sales stayed on the wine
     */
    record Unlinked(Link link, boolean keepPastSales) implements SyncEvent {

        /** Checks the link is present. */
        public Unlinked {
            Objects.requireNonNull(link, "link");
        }
    }

    /**
     * A POS reference was left out of the queue.
     *
     * @param reference the reference
     */
    record Ignored(PosReferenceId reference) implements SyncEvent {

        /** Checks the reference is present. */
        public Ignored {
            Objects.requireNonNull(reference, "reference");
        }
    }

    /**
     * A POS reference was put back into the queue.
     *
     * @param reference the reference
     */
    record Unignored(PosReferenceId reference) implements SyncEvent {

        /** Checks the reference is present. */
        public Unignored {
            Objects.requireNonNull(reference, "reference");
        }
    }

    /**
     * A point of sale was mapped to a cellar.
     *
     * @param site the site
     * @param centre the point of sale
     * @param cellar the cellar
     */
    record CentreMapped(SiteId site, String centre, String cellar) implements SyncEvent {

        /** Checks the components are present. */
        public CentreMapped {
            Objects.requireNonNull(site, "site");
            Objects.requireNonNull(centre, "centre");
            Objects.requireNonNull(cellar, "cellar");
        }
    }

    /**
     * A wine received its product number for the reset report (R15).
     *
     * @param wineId the wine
     * @param productNumber the number, never given to another wine
     * @param exportedName the name exported with it
     */
    record ProductNumberAssigned(String wineId, long productNumber, String exportedName) implements SyncEvent {

        /** Checks the components are present. */
        public ProductNumberAssigned {
            Objects.requireNonNull(wineId, "wineId");
            Objects.requireNonNull(exportedName, "exportedName");
        }
    }
}
