package io.cellarsync.sync.internal;

import io.cellarsync.sync.InvalidHistoryException;
import io.cellarsync.sync.Rejection;
import io.cellarsync.sync.StockBalance;
import io.cellarsync.sync.StockMovement;
import java.util.Objects;

/**
 * Sums stock movements into a {@link StockBalance}, with the same {@link RunningBalance} the in-memory stock ledger
 * keeps per wine, after checking each with the rules of the command that makes it. Sale quantities are summed per
 * ratio (bottles per unit) and multiplied once at the end, so that fractional ratios such as 1/6 add up exactly.
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
        Objects.requireNonNull(movements, "movements");
        RunningBalance balance = new RunningBalance();
        int index = 0;
        for (StockMovement movement : movements) {
            if (movement == null) {
                throw new InvalidHistoryException("Movement " + index + " is null; give a wine's movements, none"
                        + " null.", index, null);
            }
            // Checked before it joins the sums: one number of 100,000,000 digits makes every later sum that long.
            Rejection problem = Rejections.movementProblem(movement);
            if (problem != null) {
                throw new InvalidHistoryException("Movement " + index + " (of wine '" + movement.wineId()
                        + "') cannot be summed: " + problem.message(), index, problem);
            }
            balance.add(movement);
            index++;
        }
        return balance.balance();
    }
}
