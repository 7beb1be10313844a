package io.cellarsync.sync;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A stock ledger written only to the port's contract (every movement stored whole, balances summed by the port's
 * default), as a host would over its own table: for tests.
 */
final class PlainStockLedger implements StockLedger {

    private final Map<String, List<StockMovement>> byWine = new HashMap<>();

    @Override
    public void record(StockMovement movement) {
        byWine.computeIfAbsent(movement.wineId(), w -> new ArrayList<>()).add(movement);
    }

    @Override
    public List<StockMovement> movementsOf(String wineId) {
        return List.copyOf(byWine.getOrDefault(wineId, List.of()));
    }
}
