package io.cellarsync.sync.internal;

import io.cellarsync.sync.StockLedger;
import io.cellarsync.sync.StockMovement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A {@link StockLedger} keeping each wine's movements in a list, in a hash map by wine. */
public final class InMemoryStockLedger implements StockLedger {

    private final Map<String, List<StockMovement>> byWine = new HashMap<>();

    /** An empty ledger. */
    public InMemoryStockLedger() {}

    @Override
    public void record(StockMovement movement) {
        byWine.computeIfAbsent(movement.wineId(), id -> new ArrayList<>()).add(movement);
    }

    @Override
    public List<StockMovement> movementsOf(String wineId) {
        List<StockMovement> movements = byWine.get(wineId);
        return movements == null ? List.of() : List.copyOf(movements);
    }
}
