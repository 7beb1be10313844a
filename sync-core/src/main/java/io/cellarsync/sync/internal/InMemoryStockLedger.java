package io.cellarsync.sync.internal;

import io.cellarsync.sync.StockLedger;
import io.cellarsync.sync.StockMovement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A {@link StockLedger} keeping each wine's movements in a list, in a hash map by wine. */
public final class InMemoryStockLedger implements StockLedger {

    /** Room of a new per-wine list: a wine's movements are many, so skip the first rounds of growth. */
    private static final int FIRST_ROOM = 16;

    private final Map<String, List<StockMovement>> byWine = new HashMap<>();

    /** An empty ledger. */
    public InMemoryStockLedger() {}

    @Override
    public void record(StockMovement movement) {
        byWine.computeIfAbsent(movement.wineId(), id -> new ArrayList<>(FIRST_ROOM)).add(movement);
    }

    /**
     * Appends a movement of a sale line of a reference, finding the wine's list through the reference's slot when the
     * reference last moved the same wine.
     */
    @SuppressWarnings("unchecked")
    void record(StockMovement movement, ReferenceState reference) {
        Object slot = reference.stockSlot;
        List<StockMovement> movements;
        if (slot != null && reference.stockSlotWine == movement.wineId()) {
            movements = (List<StockMovement>) slot;
        } else {
            movements = byWine.computeIfAbsent(movement.wineId(), id -> new ArrayList<>(FIRST_ROOM));
            reference.stockSlotWine = movement.wineId();
            reference.stockSlot = movements;
        }
        movements.add(movement);
    }

    @Override
    public List<StockMovement> movementsOf(String wineId) {
        List<StockMovement> movements = byWine.get(wineId);
        return movements == null ? List.of() : List.copyOf(movements);
    }
}
