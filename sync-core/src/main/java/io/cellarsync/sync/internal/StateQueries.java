package io.cellarsync.sync.internal;

import io.cellarsync.sync.BottlesPerUnit;
import io.cellarsync.sync.CatalogueEntry;
import io.cellarsync.sync.LibraryWine;
import io.cellarsync.sync.Link;
import io.cellarsync.sync.LinkView;
import io.cellarsync.sync.PosReferenceId;
import io.cellarsync.sync.RecordedTicket;
import io.cellarsync.sync.QueueEntry;
import io.cellarsync.sync.ReferenceView;
import io.cellarsync.sync.ResetReport;
import io.cellarsync.sync.ResetReportRow;
import io.cellarsync.sync.SalesTotals;
import io.cellarsync.sync.SiteId;
import io.cellarsync.sync.StockMovement;
import io.cellarsync.sync.SyncEvent.ProductNumberAssigned;
import io.cellarsync.sync.SyncPorts;
import io.cellarsync.sync.WineStock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Read-only views of the state: queue, stock, links, audit trail, reset report. */
public final class StateQueries {

    private static final Comparator<QueueEntry> QUEUE_ORDER = Comparator
            .comparing(QueueEntry::sold).reversed()
            .thenComparing(QueueEntry::revenue, Comparator.reverseOrder())
            .thenComparing(entry -> entry.reference().site().code())
            .thenComparing(entry -> entry.reference().productKey());

    private final Registry registry;
    private final SyncPorts ports;

    /**
     * Queries over a registry and ports.
     *
     * @param registry the registry
     * @param ports the ports
     */
    public StateQueries(Registry registry, SyncPorts ports) {
        this.registry = registry;
        this.ports = ports;
    }

    /**
     * The queue of references to link (R5): unlinked, not ignored; sold first (a line on a ticket that is not
     * internal), then by revenue.
     *
     * @return the queue
     */
    public List<QueueEntry> queue() {
        List<QueueEntry> queue = new ArrayList<>();
        for (ReferenceState state : registry.references.values()) {
            if (state.ignored() || ports.links().linkOf(state.id()).isPresent()) {
                continue;
            }
            SalesTotals totals = ports.sales().totalsOf(state.id());
            queue.add(new QueueEntry(state.id(), state.name(), totals.lines() > 0 && soldToGuests(state.id()),
                    totals.quantity(), totals.gross(), state.catalogue() != null));
        }
        queue.sort(QUEUE_ORDER);
        return List.copyOf(queue);
    }

    /**
     * Whether a recorded line of the reference is on a ticket that is not internal (R5's tag icon): a line of own use
     * booked to a cost post (staff, waste; semantic 4) depletes stock but is no sale.
     */
    private boolean soldToGuests(PosReferenceId reference) {
        for (RecordedTicket ticket : ports.sales().ticketsOf(reference)) {
            if (ticket.ticket().internal() || !ticket.ticket().site().equals(reference.site())) {
                continue;
            }
            for (int i = 0; i < ticket.size(); i++) {
                if (ticket.line(i).productKey().equals(reference.productKey())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Every wine's stock line, in library order.
     *
     * @return the stock report
     */
    public List<WineStock> stock() {
        List<WineStock> rows = new ArrayList<>(registry.wines.size());
        for (LibraryWine wine : registry.wines.values()) {
            rows.add(stockOf(wine));
        }
        return List.copyOf(rows);
    }

    /**
     * One wine's stock line.
     *
     * @param wineId the wine
     * @return its line, or empty if the library has no such wine
     */
    public Optional<WineStock> stockOf(String wineId) {
        LibraryWine wine = registry.wine(wineId);
        return wine == null ? Optional.empty() : Optional.of(stockOf(wine));
    }

    private WineStock stockOf(LibraryWine wine) {
        List<Link> links = ports.links().linksTo(wine.id());
        Optional<CatalogueEntry> bottle = bottleEntry(links);
        return new WineStock(wine, ports.stock().balanceOf(wine.id()),
                bottle.map(CatalogueEntry::price), bottle.map(CatalogueEntry::vatRate), links.size());
    }

    /** Semantic 12: the wine's price is that of its first link with one bottle per unit sold. */
    private Optional<CatalogueEntry> bottleEntry(List<Link> links) {
        for (Link link : links) {
            if (link.perSale().sameRatioAs(BottlesPerUnit.ONE_BOTTLE)) {
                ReferenceState state = registry.reference(link.reference());
                if (state != null && state.catalogue() != null) {
                    return Optional.of(state.catalogue());
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The references linked to a wine (R11), in the order they were linked.
     *
     * @param wineId the wine
     * @return the links, possibly none
     */
    public List<LinkView> linksOf(String wineId) {
        List<LinkView> views = new ArrayList<>();
        for (Link link : ports.links().linksTo(wineId)) {
            ReferenceState state = registry.reference(link.reference());
            CatalogueEntry entry = state == null ? null : state.catalogue();
            views.add(new LinkView(link, state == null ? "" : state.name(),
                    state == null ? List.of() : state.earlierNames(),
                    entry == null ? Optional.empty() : Optional.ofNullable(entry.price()),
                    entry == null ? Optional.empty() : Optional.ofNullable(entry.vatRate())));
        }
        return List.copyOf(views);
    }

    /**
     * A wine's audit trail, oldest first.
     *
     * @param wineId the wine
     * @return its movements
     */
    public List<StockMovement> historyOf(String wineId) {
        return ports.stock().movementsOf(wineId);
    }

    /**
     * What is known of a reference.
     *
     * @param reference the reference
     * @return the view, or empty if it was never seen
     */
    public Optional<ReferenceView> reference(PosReferenceId reference) {
        ReferenceState state = registry.reference(reference);
        if (state == null) {
            return Optional.empty();
        }
        CatalogueEntry entry = state.catalogue();
        return Optional.of(new ReferenceView(reference, state.name(), state.earlierNames(), entry != null,
                state.ignored(), ports.links().linkOf(reference),
                entry == null ? Optional.empty() : Optional.ofNullable(entry.productNumber()),
                entry == null ? Optional.empty() : Optional.ofNullable(entry.groupName()),
                entry == null ? Optional.empty() : Optional.ofNullable(entry.price()),
                entry == null ? Optional.empty() : Optional.ofNullable(entry.vatRate()),
                ports.sales().totalsOf(reference)));
    }

    /**
     * Every reference seen, in the order first seen.
     *
     * @return the references
     */
    public List<PosReferenceId> references() {
        return List.copyOf(registry.references.keySet());
    }

    /**
     * The library.
     *
     * @return the wines, in the order added
     */
    public List<LibraryWine> wines() {
        return List.copyOf(registry.wines.values());
    }

    /**
     * One wine.
     *
     * @param wineId the id
     * @return the wine, or empty
     */
    public Optional<LibraryWine> wine(String wineId) {
        return Optional.ofNullable(registry.wine(wineId));
    }

    /**
     * The known sites.
     *
     * @return the sites, in the order registered
     */
    public List<SiteId> sites() {
        return List.copyOf(registry.sites);
    }

    /**
     * The reset report of the wines that have a product number.
     *
     * @return the report
     */
    public ResetReport resetReport() {
        List<ResetReportRow> rows = new ArrayList<>();
        for (ProductNumberAssigned assigned : registry.productNumbers.values()) {
            LibraryWine wine = registry.wine(assigned.wineId());
            WineStock stock = stockOf(wine);
            // The wine's name and vintage as they are now (an "almost" answer may have changed the vintage since the
            // number was assigned); the auto-link recognises the products of earlier reports too (semantic 16).
            String name = Registry.exportedName(wine);
            String shortName = shortName(name);
            String group = wine.colour() == null || wine.colour().isBlank() ? "Wine" : wine.colour();
            rows.add(new ResetReportRow(assigned.productNumber(), wine.id(), name, shortName, group,
                    stock.salePrice(), stock.vatRate()));
        }
        rows.sort(Comparator.comparingLong(ResetReportRow::productNumber));
        return new ResetReport(rows);
    }

    /**
     * The name cut to {@link ResetReport#SHORT_NAME_LENGTH} UTF-16 units, or one fewer when the cut would fall inside a
     * character outside the Basic Multilingual Plane (an emoji, a rare CJK ideograph): half of one is no character,
     * and UTF-8 cannot write it.
     */
    private static String shortName(String name) {
        int end = ResetReport.SHORT_NAME_LENGTH;
        if (name.length() <= end) {
            return name;
        }
        if (Character.isHighSurrogate(name.charAt(end - 1)) && Character.isLowSurrogate(name.charAt(end))) {
            end--;
        }
        return name.substring(0, end).trim();
    }

}
