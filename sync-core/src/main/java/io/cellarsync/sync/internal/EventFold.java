package io.cellarsync.sync.internal;

import io.cellarsync.sync.Attribution;
import io.cellarsync.sync.LibraryWine;
import io.cellarsync.sync.MovementCause;
import io.cellarsync.sync.PosReferenceId;
import io.cellarsync.sync.RecordedSale;
import io.cellarsync.sync.StockMovement;
import io.cellarsync.sync.SyncEvent;
import io.cellarsync.sync.SyncPorts;
import java.util.HashMap;
import org.jspecify.annotations.Nullable;

/**
 * Applies one event to the state (registry and ports). It is the only code that changes state, so that replaying the
 * events of a history rebuilds the same state.
 */
public final class EventFold {

    private final Registry registry;
    private final SyncPorts ports;

    /**
     * A fold over a registry and ports.
     *
     * @param registry the registry
     * @param ports the ports
     */
    public EventFold(Registry registry, SyncPorts ports) {
        this.registry = registry;
        this.ports = ports;
    }

    /**
     * Applies an event.
     *
     * @param event the event
     */
    public void apply(SyncEvent event) {
        if (event instanceof SyncEvent.SaleRecorded) {
            saleRecorded(((SyncEvent.SaleRecorded) event).sale());
        } else if (event instanceof SyncEvent.StockMoved) {
            stockMoved(((SyncEvent.StockMoved) event).movement());
        } else if (event instanceof SyncEvent.SaleWithdrawn) {
            ports.sales().withdraw(((SyncEvent.SaleWithdrawn) event).line());
        } else if (event instanceof SyncEvent.Linked) {
            SyncEvent.Linked linked = (SyncEvent.Linked) event;
            ports.links().put(linked.link());
            ReferenceState state = registry.reference(linked.link().reference());
            if (state != null) {
                state.link(linked.link());
            }
            registry.nextLinkNumber = Math.max(registry.nextLinkNumber, linked.link().number() + 1);
        } else if (event instanceof SyncEvent.Unlinked) {
            PosReferenceId reference = ((SyncEvent.Unlinked) event).link().reference();
            ports.links().remove(reference);
            ReferenceState state = registry.reference(reference);
            if (state != null) {
                state.link(null);
            }
        } else {
            applyRegistryEvent(event);
        }
    }

    private void applyRegistryEvent(SyncEvent event) {
        if (event instanceof SyncEvent.WineAdded) {
            LibraryWine wine = ((SyncEvent.WineAdded) event).wine();
            registry.wines.put(wine.id(), wine);
        } else if (event instanceof SyncEvent.VintageSet) {
            SyncEvent.VintageSet set = (SyncEvent.VintageSet) event;
            registry.wines.computeIfPresent(set.wineId(), (id, wine) -> wine.withVintage(set.vintage()));
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
            registry.nextProductNumber = Math.max(registry.nextProductNumber, assigned.productNumber() + 1);
        } else {
            throw new IllegalStateException("No fold for event " + event.getClass().getName());
        }
    }

    private void saleRecorded(RecordedSale sale) {
        ReferenceState state = registry.lastFoundIf(sale.reference());
        if (state != null && ports.sales() instanceof InMemorySalesLedger) {
            ((InMemorySalesLedger) ports.sales()).record(sale, state);
        } else {
            ports.sales().record(sale);
        }
        if (state == null && !registry.knows(sale.reference())) {
            registry.add(newReference(sale.reference(), sale.posName()));
        }
    }

    private void recordMovement(StockMovement movement, @Nullable ReferenceState state) {
        if (state != null && ports.stock() instanceof InMemoryStockLedger) {
            ((InMemoryStockLedger) ports.stock()).record(movement, state);
        } else {
            ports.stock().record(movement);
        }
    }

    /**
     * The attribution of a line applied by a movement: the one shared by the reference's earlier lines when it is equal
     * (same link, wine, cellar and ratio), so that a large import keeps one attribution per link rather than per line.
     */
    private static Attribution attribution(StockMovement movement, MovementCause.SaleEffect effect,
            @Nullable ReferenceState state) {
        Attribution shared = state == null ? null : state.sharedAttribution;
        if (shared != null && shared.linkNumber() == effect.linkNumber()
                && (shared.perSale() == effect.perSale() || shared.perSale().equals(effect.perSale()))
                && shared.wineId().equals(movement.wineId()) && shared.cellar().equals(movement.cellar())) {
            return shared;
        }
        Attribution fresh = new Attribution(effect.linkNumber(), movement.wineId(), movement.cellar(), effect.perSale());
        if (state != null) {
            state.sharedAttribution = fresh;
        }
        return fresh;
    }

    private ReferenceState newReference(PosReferenceId id, String name) {
        return new ReferenceState(id, name, ports.links().linkOf(id).orElse(null));
    }

    private void stockMoved(StockMovement movement) {
        if (!(movement.cause() instanceof MovementCause.SaleEffect)) {
            ports.stock().record(movement);
        } else {
            MovementCause.SaleEffect effect = (MovementCause.SaleEffect) movement.cause();
            ReferenceState state = registry.lastFoundIf(effect.reference());
            recordMovement(movement, state);
            if (effect.kind().applies()) {
                ports.sales().attribute(effect.line(), attribution(movement, effect, state));
            } else {
                ports.sales().unattribute(effect.line());
            }
        }
    }
}
