package io.cellarsync.sync;

import java.util.List;

/**
 * Port: where the engine keeps every stock movement, the audit trail of each wine (semantic 15). Only the engine
 * writes to it, by folding its events.
 */
public interface StockLedger {

    /**
     * Appends a movement.
     *
     * @param movement the movement
     */
    void record(StockMovement movement);

    /**
     * A wine's movements, oldest first.
     *
     * @param wineId the wine
     * @return its movements, possibly none
     */
    List<StockMovement> movementsOf(String wineId);

    /**
     * A wine's balance; the default sums {@link #movementsOf(String)}.
     *
     * @param wineId the wine
     * @return its balance
     */
    default StockBalance balanceOf(String wineId) {
        return StockBalance.of(movementsOf(wineId));
    }
}
