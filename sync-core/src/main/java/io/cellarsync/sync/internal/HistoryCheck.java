package io.cellarsync.sync.internal;

import io.cellarsync.sync.CatalogueEntry;
import io.cellarsync.sync.InvalidHistoryException;
import io.cellarsync.sync.LibraryWine;
import io.cellarsync.sync.Link;
import io.cellarsync.sync.PosReferenceId;
import io.cellarsync.sync.Rejection;
import io.cellarsync.sync.SaleLine;
import io.cellarsync.sync.SaleTicket;
import io.cellarsync.sync.SiteId;
import io.cellarsync.sync.StockMovement;
import io.cellarsync.sync.SyncEvent;
import io.cellarsync.sync.SyncPorts;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Checks a history before {@link CommandDispatch#replay} folds any of it, so that a history a host hands back is
 * refused whole, naming its first bad event, rather than folded half-way (an {@code Ignored} of a reference never seen
 * threw in the middle) or into a state no command could make (a number of 100,000,000 digits, a wine twice, a link
 * number reused). Each event is checked with the checks of the command that produces it, against the state as the
 * events before it would leave it. Only what those checks read is followed (the ids of wines, sites and references,
 * the current links, the numbers given), never the sales themselves, and only what the history adds is kept: the rest
 * is read from the registry and the link port, which nothing changes until the whole history is checked, so that a
 * host replaying one event at a time does not pay for the whole state at each call.
 */
final class HistoryCheck {

    private final Registry registry;
    private final SyncPorts ports;
    /** Wines the history adds; those of the registry are looked up there. */
    private final Set<String> newWines = new HashSet<>();
    /** Sites the history registers; those of the registry are looked up there. */
    private final Set<SiteId> newSites = new HashSet<>();
    /** Product keys of references the history registers, by site; those of the registry are looked up there. */
    private final Map<SiteId, Set<String>> newProductKeys = new HashMap<>();
    /** Links the history makes or breaks, by reference (a broken one maps to {@code null}); others are in the port. */
    private final Map<PosReferenceId, @Nullable Link> links = new HashMap<>();
    /** Wines the history gives a product number; those of the registry are looked up there. */
    private final Set<String> newlyNumberedWines = new HashSet<>();
    private long nextLinkNumber;
    private long nextProductNumber;

    HistoryCheck(Registry registry, SyncPorts ports) {
        this.registry = registry;
        this.ports = ports;
        this.nextLinkNumber = registry.nextLinkNumber;
        this.nextProductNumber = registry.nextProductNumber;
    }

    /**
     * Checks every event, in order.
     *
     * @throws InvalidHistoryException naming the first event refused
     */
    void check(List<SyncEvent> events) {
        int index = 0;
        for (SyncEvent event : events) {
            if (event == null) {
                throw new InvalidHistoryException("Event " + index + " of the history is null; give the events of"
                        + " the engine's applied outcomes, in order, none null. Nothing was replayed.", index, null);
            }
            Problem problem = problem(event);
            if (problem != null) {
                // The event's kind, never its toString: an import's holds every ticket it brought.
                throw new InvalidHistoryException("Event " + index + " of the history (" + event.getClass()
                        .getSimpleName() + ") cannot be replayed: " + problem.message() + " Nothing was replayed.",
                        index, problem.rejection());
            }
            index++;
        }
    }

    private @Nullable Problem problem(SyncEvent event) {
        if (event instanceof SyncEvent.WineAdded added) {
            return wineAdded(added.wine());
        } else if (event instanceof SyncEvent.VintageSet set) {
            return vintageSet(set);
        } else if (event instanceof SyncEvent.SiteRegistered registered) {
            newSites.add(registered.site());
            return null;
        } else if (event instanceof SyncEvent.CatalogueEntrySeen seen) {
            return catalogueEntrySeen(seen.entry());
        } else if (event instanceof SyncEvent.SalesImported imported) {
            return salesImported(imported.tickets());
        } else if (event instanceof SyncEvent.StockMoved moved) {
            return stockMoved(moved.movement());
        } else if (event instanceof SyncEvent.Linked linked) {
            return linked(linked.link());
        } else if (event instanceof SyncEvent.Unlinked unlinked) {
            return unlinked(unlinked.link());
        } else if (event instanceof SyncEvent.Ignored ignored) {
            return ignored(ignored.reference());
        } else if (event instanceof SyncEvent.Unignored unignored) {
            return knownReference(unignored.reference()) ? null
                    : Problem.of(Rejections.unknownReference(unignored.reference()));
        } else if (event instanceof SyncEvent.CentreMapped mapped) {
            return centreMapped(mapped);
        }
        return productNumberAssigned((SyncEvent.ProductNumberAssigned) event);
    }

    private @Nullable Problem wineAdded(LibraryWine wine) {
        Rejection rejection = Rejections.invalidWine(wine, this::knownWine);
        if (rejection != null) {
            return Problem.of(rejection);
        }
        newWines.add(wine.id());
        return null;
    }

    private @Nullable Problem vintageSet(SyncEvent.VintageSet set) {
        if (!knownWine(set.wineId())) {
            return Problem.of(Rejections.unknownWine(set.wineId()));
        }
        return Rejections.plausibleVintage(set.vintage()) ? null
                : Problem.of(Rejections.invalidVintage(set.wineId(), set.vintage()));
    }

    private @Nullable Problem catalogueEntrySeen(CatalogueEntry entry) {
        if (!knownSite(entry.reference().site())) {
            return Problem.of(Rejections.unknownSite(entry.reference().site().code()));
        }
        Rejection number = CatalogueImport.outOfRangeNumber(entry);
        if (number != null) {
            return Problem.of(number);
        }
        registered(entry.reference().site(), entry.reference().productKey());
        return null;
    }

    private @Nullable Problem salesImported(List<SaleTicket> tickets) {
        for (SaleTicket ticket : tickets) {
            if (!knownSite(ticket.site())) {
                return Problem.of(Rejections.unknownSite(ticket.site().code()));
            }
            // Not the key: the engine took a billed ticket with a blank key until 2026-12-05 (MISSING_TICKET_KEY),
            // and folds it as it did then (keyless tickets are versions of one ticket), so a history of that time
            // still replays; everything else of the ticket is checked as an import checks it.
            Rejection rejection = SalesImport.dayAndLinesProblem(ticket);
            if (rejection != null) {
                return Problem.of(rejection);
            }
        }
        // Semantic 13: a line's reference is registered when first sold.
        for (SaleTicket ticket : tickets) {
            for (SaleLine line : ticket.lines()) {
                if (registry.found(ticket.site(), line.productKey()) == null) {
                    registered(ticket.site(), line.productKey());
                }
            }
        }
        return null;
    }

    private @Nullable Problem stockMoved(StockMovement movement) {
        if (!knownWine(movement.wineId())) {
            return Problem.of(Rejections.unknownWine(movement.wineId()));
        }
        Rejection cellar = Rejections.blankCellar(movement.cellar());
        if (cellar != null) {
            return Problem.of(cellar);
        }
        Rejection rejection = Rejections.movementProblem(movement);
        return rejection == null ? null : Problem.of(rejection);
    }

    private @Nullable Problem linked(Link link) {
        PosReferenceId reference = link.reference();
        if (!knownReference(reference)) {
            return Problem.of(Rejections.unknownReference(reference));
        }
        Link current = currentLink(reference);
        if (current != null) {
            return Problem.of(Rejections.alreadyLinked(reference, current.wineId()));
        }
        if (!knownWine(link.wineId())) {
            return Problem.of(Rejections.unknownWine(link.wineId()));
        }
        Rejection ratio = Rejections.ratioProblem(link.perSale());
        if (ratio != null) {
            return Problem.of(ratio);
        }
        // Sales applied through a link carry its number: a number used before would let an unlink reverse sales an
        // earlier link kept (semantic 10).
        if (link.number() < nextLinkNumber || link.number() == Long.MAX_VALUE) {
            return Problem.of("Link number " + link.number() + " of POS reference '" + reference + "' is not one"
                    + " the engine gives: it numbers links from 1 up, never twice, and the next is " + nextLinkNumber
                    + ".");
        }
        links.put(reference, link);
        nextLinkNumber = link.number() + 1;
        return null;
    }

    private @Nullable Problem unlinked(Link link) {
        PosReferenceId reference = link.reference();
        if (!knownReference(reference)) {
            return Problem.of(Rejections.unknownReference(reference));
        }
        Link current = currentLink(reference);
        if (current == null) {
            return Problem.of(Rejections.notLinked(reference));
        }
        // By number, the link's identity and all the fold reads: the event carries the link as the LinkStore gave it
        // back, which a host's database may write otherwise (a ratio of 1/6 read back as 1.000000/6.000000).
        if (current.number() != link.number()) {
            return Problem.of("POS reference '" + reference + "' is linked by link " + current.number()
                    + " (to wine '" + current.wineId() + "'), not by the link " + link.number() + " (to wine '"
                    + link.wineId() + "') this event breaks; an unlink breaks the reference's current link.");
        }
        links.put(reference, null);
        return null;
    }

    private @Nullable Problem ignored(PosReferenceId reference) {
        if (!knownReference(reference)) {
            return Problem.of(Rejections.unknownReference(reference));
        }
        Link current = currentLink(reference);
        return current == null ? null : Problem.of(Rejections.alreadyLinked(reference, current.wineId()));
    }

    private @Nullable Problem centreMapped(SyncEvent.CentreMapped mapped) {
        if (!knownSite(mapped.site())) {
            return Problem.of(Rejections.unknownSite(mapped.site().code()));
        }
        Rejection rejection = Rejections.centreMappingProblem(mapped.centre(), mapped.cellar());
        return rejection == null ? null : Problem.of(rejection);
    }

    private @Nullable Problem productNumberAssigned(SyncEvent.ProductNumberAssigned assigned) {
        if (!knownWine(assigned.wineId())) {
            return Problem.of(Rejections.unknownWine(assigned.wineId()));
        }
        if (numbered(assigned.wineId())) {
            return Problem.of("Wine '" + assigned.wineId() + "' is given product number "
                    + assigned.productNumber() + " but has one already; a wine is given one product number, once.");
        }
        // The reset report tells products apart by these numbers (semantic 16): one given twice names two wines.
        if (assigned.productNumber() < nextProductNumber || assigned.productNumber() == Long.MAX_VALUE) {
            return Problem.of("Product number " + assigned.productNumber() + " of wine '" + assigned.wineId()
                    + "' is not one the engine gives: it numbers wines from " + Registry.FIRST_PRODUCT_NUMBER
                    + " up, never twice, and the next is " + nextProductNumber + ".");
        }
        newlyNumberedWines.add(assigned.wineId());
        nextProductNumber = assigned.productNumber() + 1;
        return null;
    }

    private boolean knownWine(String wineId) {
        return registry.wine(wineId) != null || newWines.contains(wineId);
    }

    private boolean knownSite(SiteId site) {
        return registry.sites.contains(site) || newSites.contains(site);
    }

    private boolean numbered(String wineId) {
        return registry.productNumbers.containsKey(wineId) || newlyNumberedWines.contains(wineId);
    }

    private boolean knownReference(PosReferenceId reference) {
        if (registry.reference(reference) != null) {
            return true;
        }
        Set<String> keys = newProductKeys.get(reference.site());
        return keys != null && keys.contains(reference.productKey());
    }

    private void registered(SiteId site, String productKey) {
        newProductKeys.computeIfAbsent(site, s -> new HashSet<>()).add(productKey);
    }

    private @Nullable Link currentLink(PosReferenceId reference) {
        if (links.containsKey(reference)) {
            return links.get(reference);
        }
        return ports.links().linkOf(reference).orElse(null);
    }

    /**
     * What is wrong with an event: the rejection a command carrying the same value gets, or a sentence alone when
     * only a history can be wrong that way.
     */
    private record Problem(@Nullable Rejection rejection, String message) {

        static Problem of(Rejection rejection) {
            return new Problem(rejection, rejection.message());
        }

        static Problem of(String message) {
            return new Problem(null, message);
        }
    }
}
