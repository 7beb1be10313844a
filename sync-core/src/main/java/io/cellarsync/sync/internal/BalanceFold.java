package io.cellarsync.sync.internal;

import io.cellarsync.sync.StockBalance;
import io.cellarsync.sync.StockMovement;

/**
 * Sums stock movements into a {@link StockBalance}, with the same {@link RunningBalance} the in-memory stock ledger
 * keeps per wine. Sale quantities are summed per ratio (bottles per unit) and multiplied once at the end, so that
 * fractional ratios such as 1/6 add up exactly.
 */
public final class BalanceFold {

    private BalanceFold() {}

    /**
     * Sums movements.
     *
     * @param movements the movements of one wine
     * @return the balance
     */
    public static StockBalance sum(Iterable<StockMovement> movements) {
        RunningBalance balance = new RunningBalance();
        for (StockMovement movement : movements) {
            balance.add(movement);
        }
        return balance.balance();
    }
}
