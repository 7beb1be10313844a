package io.cellarsync.sync;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A change of the engine's state. A command that changes the state produces events (one that changes nothing, such as
 * importing the same day again, produces none), and the state is a fold of them:
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
     * Billed tickets, new or in a newer version, were imported at an instant (semantic 2). One event stands for the
     * whole import: the fold expands it against the state, ticket by ticket and line by line, exactly as the import
     * did: each line is compared with its recorded version (identical lines do nothing; a changed line has its old
     * effect reversed, a {@link SaleEffectKind#CORRECTION}; a line missing from the newer version is reversed and
     * withdrawn), new and changed lines are recorded and applied through their reference's current link, if it covers
     * their day ({@link SaleEffectKind#SALE}), references first seen are registered. Links, centre mappings and recorded
     * tickets are state, so replaying the events of a history gives the same state. Tickets skipped by the import
     * (open, training, other centres) and tickets identical to their recorded version are not in the event.
     *
     * @param at the instant of the import, which stamps its stock movements
     * @param tickets the tickets that changed the state, in the order applied
     */
    record SalesImported(Instant at, List<SaleTicket> tickets) implements SyncEvent {

        /**
         * Checks the components and copies the tickets.
         *
         * @throws IllegalArgumentException if a ticket is open, a training ticket or has no business day
         */
        public SalesImported {
            Objects.requireNonNull(at, "at");
            tickets = List.copyOf(tickets);
            for (SaleTicket ticket : tickets) {
                if (ticket.open() || ticket.training() || ticket.businessDate() == null) {
                    throw new IllegalArgumentException("Ticket '" + ticket.ticketKey() + "' of site " + ticket.site()
                            + " is open, a training ticket or has no business day: it cannot have been imported.");
                }
            }
        }
    }

    /**
     * A wine's stock moved by hand: its initial stock or a manual adjustment. Movements caused by sales are not events
     * of their own: the fold derives them from {@link SalesImported}, {@link Linked} and {@link Unlinked}.
     *
     * @param movement the movement
     */
    record StockMoved(StockMovement movement) implements SyncEvent {

        /**
         * Checks the movement is present and not caused by a sale.
         *
         * @throws IllegalArgumentException if its cause is a {@link MovementCause.SaleEffect}
         */
        public StockMoved {
            Objects.requireNonNull(movement, "movement");
            if (movement.cause() instanceof MovementCause.SaleEffect) {
                throw new IllegalArgumentException("Stock movement of wine '" + movement.wineId() + "' is caused by"
                        + " a sale; sale effects follow from SalesImported, Linked and Unlinked, not from StockMoved.");
            }
        }
    }

    /**
     * A POS reference was linked to a wine. The fold back-fills the reference's recorded lines that count for no wine
     * and whose day the link covers ({@link SaleEffectKind#BACKFILL}, semantic 9).
     *
     * @param link the link
     * @param at the instant of the link, which stamps its back-fill movements
     */
    record Linked(Link link, Instant at) implements SyncEvent {

        /** Checks the components are present. */
        public Linked {
            Objects.requireNonNull(link, "link");
            Objects.requireNonNull(at, "at");
        }
    }

    /**
     * A link was broken. Unless its past sales are kept, the fold reverses every line the link applied
     * ({@link SaleEffectKind#UNLINK}, semantic 10).
     *
     * @param link the link that was broken
     * @param keepPastSales whether its past sales stayed on the wine
     * @param at the instant of the unlink, which stamps its reversal movements
     */
    record Unlinked(Link link, boolean keepPastSales, Instant at) implements SyncEvent {

        /** Checks the components are present. */
        public Unlinked {
            Objects.requireNonNull(link, "link");
            Objects.requireNonNull(at, "at");
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
     * @param exportedName the wine's name and vintage when the number was assigned; the report shows the wine's
     *     current ones, and a product that comes back under either is recognised (semantic 16)
     */
    record ProductNumberAssigned(String wineId, long productNumber, String exportedName) implements SyncEvent {

        /** Checks the components are present. */
        public ProductNumberAssigned {
            Objects.requireNonNull(wineId, "wineId");
            Objects.requireNonNull(exportedName, "exportedName");
        }
    }
}
