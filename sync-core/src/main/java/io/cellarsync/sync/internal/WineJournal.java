package io.cellarsync.sync.internal;

import io.cellarsync.sync.Attribution;
import io.cellarsync.sync.StockBalance;
import io.cellarsync.sync.StockMovement;
import java.util.Arrays;

/**
 * What the in-memory stock ledger keeps per wine: the attributions its sales went through, each with its running sums
 * and the head of its chain of facts in the ledger's log ({@link SaleSums}), the head of the chain of its other
 * movements (initial stock, manual adjustments), and their balance. The wine's audit trail is the union of these
 * chains, in log order.
 */
final class WineJournal {

    private SaleSums[] sums = new SaleSums[2];
    private int attributionCount;
    /** Position in the log of the wine's last movement stored whole, or -1. */
    long lastWhole = -1;
    /** The balance of the movements that are not sale effects. */
    private final RunningBalance base = new RunningBalance();

    /** Counts a movement that is not a sale effect. */
    void addToBase(StockMovement movement) {
        base.add(movement);
    }

    /** The sums of an attribution of this wine, added if new; the latest first, since a wine's attributions repeat. */
    SaleSums sumsOf(Attribution attribution) {
        for (int i = attributionCount - 1; i >= 0; i--) {
            if (sums[i].attribution == attribution) {
                return sums[i];
            }
        }
        for (int i = attributionCount - 1; i >= 0; i--) {
            if (sums[i].attribution.equals(attribution)) {
                return sums[i];
            }
        }
        if (attributionCount == sums.length) {
            sums = Arrays.copyOf(sums, attributionCount * 2);
        }
        SaleSums added = new SaleSums(attribution);
        sums[attributionCount++] = added;
        return added;
    }

    /** The sums of each attribution, in the order first used. */
    SaleSums[] attributions() {
        return Arrays.copyOf(sums, attributionCount);
    }

    /** The balance: the movements stored whole, and the sums of each attribution. */
    StockBalance balance() {
        RunningBalance balance = base.copy();
        for (int i = 0; i < attributionCount; i++) {
            sums[i].addTo(balance);
        }
        return balance.balance();
    }
}
