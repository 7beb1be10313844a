package io.cellarsync.sync.internal;

import io.cellarsync.sync.LibraryWine;
import io.cellarsync.sync.Link;
import io.cellarsync.sync.PosReferenceId;
import io.cellarsync.sync.SaleTicket;
import io.cellarsync.sync.SyncEvent;
import io.cellarsync.sync.SyncPorts;
import java.time.Instant;
import java.util.HashMap;
import org.jspecify.annotations.Nullable;

/**
 * Applies one event to the state (registry and ports). It is the only code that changes state, so that replaying the
 * events of a history rebuilds the same state.
 */
public final class EventFold {

    private final Registry registry;
    private final SyncPorts ports;
    private final SaleFold sales;

    /**
     * A fold over a registry and ports.
     *
     * @param registry the registry
     * @param ports the ports
     */
    public EventFold(Registry registry, SyncPorts ports) {
        this.registry = registry;
        this.ports = ports;
        this.sales = new SaleFold(registry, ports);
    }

    /**
     * Applies an event, as on replay.
     *
     * @param event the event
     */
    public void apply(SyncEvent event) {
        apply(event, null);
    }

    /**
     * Applies an event, counting what it changes into a command's changes when given.
     *
     * @param event the event
     * @param changes the changes of the command being applied, or {@code null} on replay
     */
    void apply(SyncEvent event, @Nullable Changes changes) {
        if (event instanceof SyncEvent.SalesImported) {
            SyncEvent.SalesImported imported = (SyncEvent.SalesImported) event;
            for (SaleTicket ticket : imported.tickets()) {
                sales.recordTicket(ticket, imported.at(), changes);
            }
        } else if (event instanceof SyncEvent.StockMoved) {
            ports.stock().record(((SyncEvent.StockMoved) event).movement());
            if (changes != null) {
                changes.stockMovements++;
            }
        } else if (event instanceof SyncEvent.Linked) {
            SyncEvent.Linked linked = (SyncEvent.Linked) event;
            Link link = linked.link();
            ports.links().put(link);
            ReferenceState state = registry.reference(link.reference());
            if (state != null) {
                state.link(link);
            }
            registry.nextLinkNumber = Math.max(registry.nextLinkNumber, link.number() + 1);
            sales.backfill(link, linked.at(), changes);
        } else if (event instanceof SyncEvent.Unlinked) {
            SyncEvent.Unlinked unlinked = (SyncEvent.Unlinked) event;
            if (!unlinked.keepPastSales()) {
                sales.reverseLink(unlinked.link(), unlinked.at(), changes);
            }
            PosReferenceId reference = unlinked.link().reference();
            ports.links().remove(reference);
            ReferenceState state = registry.reference(reference);
            if (state != null) {
                state.link(null);
                state.unlinked();
            }
        } else {
            applyRegistryEvent(event);
        }
    }

    /**
     * Records one ticket of an import as {@link SyncEvent.SalesImported} does on replay; the import calls it ticket by
     * ticket, then emits one event of the tickets that changed.
     *
     * @return whether the ticket changed the state
     */
    boolean recordTicket(SaleTicket ticket, Instant at, Changes changes) {
        return sales.recordTicket(ticket, at, changes);
    }

    private void applyRegistryEvent(SyncEvent event) {
        if (event instanceof SyncEvent.WineAdded) {
            LibraryWine wine = ((SyncEvent.WineAdded) event).wine();
            registry.wines.put(wine.id(), wine);
        } else if (event instanceof SyncEvent.VintageSet) {
            SyncEvent.VintageSet set = (SyncEvent.VintageSet) event;
            LibraryWine wine = registry.wines.computeIfPresent(set.wineId(), (id, w) -> w.withVintage(set.vintage()));
            if (wine != null) {
                registry.reported(wine.id(), Registry.exportedName(wine));
            }
        } else if (event instanceof SyncEvent.SiteRegistered) {
            registry.sites.add(((SyncEvent.SiteRegistered) event).site());
        } else if (event instanceof SyncEvent.CatalogueEntrySeen) {
            var entry = ((SyncEvent.CatalogueEntrySeen) event).entry();
            ReferenceState state = registry.reference(entry.reference());
            if (state == null) {
                state = newReference(entry.reference(), entry.name());
                registry.add(state);
            }
            state.catalogue(entry);
        } else if (event instanceof SyncEvent.Ignored) {
            registry.references.get(((SyncEvent.Ignored) event).reference()).ignored(true);
        } else if (event instanceof SyncEvent.Unignored) {
            registry.references.get(((SyncEvent.Unignored) event).reference()).ignored(false);
        } else if (event instanceof SyncEvent.CentreMapped) {
            SyncEvent.CentreMapped mapped = (SyncEvent.CentreMapped) event;
            registry.cellarByCentre.computeIfAbsent(mapped.site(), s -> new HashMap<>())
                    .put(mapped.centre(), mapped.cellar());
        } else if (event instanceof SyncEvent.ProductNumberAssigned) {
            SyncEvent.ProductNumberAssigned assigned = (SyncEvent.ProductNumberAssigned) event;
            registry.productNumbers.put(assigned.wineId(), assigned);
            registry.wineByProductNumber.put(assigned.productNumber(), assigned.wineId());
            registry.reported(assigned.wineId(), assigned.exportedName());
            registry.nextProductNumber = Math.max(registry.nextProductNumber, assigned.productNumber() + 1);
        } else {
            throw new IllegalStateException("No fold for event " + event.getClass().getName());
        }
    }

    private ReferenceState newReference(PosReferenceId id, String name) {
        return new ReferenceState(id, name, ports.links().linkOf(id).orElse(null));
    }
}
