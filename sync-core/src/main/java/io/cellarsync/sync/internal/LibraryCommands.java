package io.cellarsync.sync.internal;

import io.cellarsync.sync.AddWines;
import io.cellarsync.sync.AdjustStock;
import io.cellarsync.sync.LibraryWine;
import io.cellarsync.sync.MapCentre;
import io.cellarsync.sync.MovementCause;
import io.cellarsync.sync.PrepareResetReport;
import io.cellarsync.sync.Rejection;
import io.cellarsync.sync.StockMovement;
import io.cellarsync.sync.SyncEvent;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/** Commands on the library side: wines, manual stock, centre mappings, product numbers of the reset report. */
final class LibraryCommands {

    private final Registry registry;

    LibraryCommands(Registry registry) {
        this.registry = registry;
    }

    /**
     * Checks each wine against the library and the wines before it in the batch. Only the batch's ids are kept: the
     * library's are looked up in the registry, which nothing changes until the command is applied, so that adding one
     * wine does not copy every id the library holds.
     */
    @Nullable Rejection validate(AddWines command) {
        Set<String> batch = new HashSet<>(command.wines().size() * 2);
        Predicate<String> taken = id -> registry.wines.containsKey(id) || batch.contains(id);
        for (LibraryWine wine : command.wines()) {
            Rejection rejection = Rejections.invalidWine(wine, taken);
            if (rejection != null) {
                return rejection;
            }
            batch.add(wine.id());
        }
        return null;
    }

    void apply(AddWines command, Changes changes, Instant at) {
        for (LibraryWine wine : command.wines()) {
            addWine(wine, changes, at);
        }
    }

    void addWine(LibraryWine wine, Changes changes, Instant at) {
        changes.emit(new SyncEvent.WineAdded(wine));
        if (wine.initialStock().signum() != 0) {
            changes.emit(new SyncEvent.StockMoved(new StockMovement(at, wine.id(), Registry.DEFAULT_CELLAR,
                    new MovementCause.InitialStock(wine.initialStock()))));
        }
    }

    @Nullable Rejection validate(AdjustStock command) {
        if (registry.wine(command.wineId()) == null) {
            return Rejections.unknownWine(command.wineId());
        }
        Rejection adjustment = Rejections.adjustmentProblem(command.wineId(), command.bottles(), command.reason());
        if (adjustment != null) {
            return adjustment;
        }
        String cellar = command.cellar();
        return cellar == null ? null : Rejections.blankCellar(cellar);
    }

    void apply(AdjustStock command, Changes changes, Instant at) {
        String cellar = command.cellar() == null ? Registry.DEFAULT_CELLAR : command.cellar();
        changes.emit(new SyncEvent.StockMoved(new StockMovement(at, command.wineId(), cellar,
                new MovementCause.ManualAdjustment(command.bottles(), command.reason()))));
    }

    @Nullable Rejection validate(MapCentre command) {
        if (!registry.sites.contains(command.site())) {
            return Rejections.unknownSite(command.site().code());
        }
        return Rejections.centreMappingProblem(command.centre(), command.cellar());
    }

    void apply(MapCentre command, Changes changes) {
        Map<String, String> centres = registry.cellarByCentre.get(command.site());
        if (centres == null || !command.cellar().equals(centres.get(command.centre()))) {
            changes.emit(new SyncEvent.CentreMapped(command.site(), command.centre(), command.cellar()));
        }
    }

    @Nullable Rejection validate(PrepareResetReport command) {
        for (String wineId : command.wineIds()) {
            if (registry.wine(wineId) == null) {
                return Rejections.unknownWine(wineId);
            }
        }
        return null;
    }

    void apply(PrepareResetReport command, Changes changes) {
        List<String> wineIds = command.wineIds().isEmpty() ? List.copyOf(registry.wines.keySet()) : command.wineIds();
        for (String wineId : wineIds) {
            if (!registry.productNumbers.containsKey(wineId)) {
                LibraryWine wine = registry.wine(wineId);
                changes.emit(new SyncEvent.ProductNumberAssigned(wineId, registry.nextProductNumber,
                        Registry.exportedName(wine)));
            }
        }
    }
}
