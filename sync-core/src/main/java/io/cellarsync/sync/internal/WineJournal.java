package io.cellarsync.sync.internal;

import io.cellarsync.sync.Attribution;
import io.cellarsync.sync.StockBalance;
import io.cellarsync.sync.StockMovement;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * What the in-memory stock ledger keeps per wine: the attributions its sales went through, each with its running sums
 * and the head of its chain of facts in the ledger's log ({@link SaleSums}), the head of the chain of its other
 * movements (initial stock, manual adjustments), and their balance. The wine's audit trail is the union of these
 * chains, in log order.
 */
final class WineJournal {

    /** How many of the latest attributions are compared by identity before the map is asked. */
    private static final int RECENT = 4;

    private SaleSums[] sums = new SaleSums[2];
    private final Map<Attribution, SaleSums> byAttribution = new HashMap<>(4);
    private int attributionCount;
    /** Position in the log of the wine's last movement stored whole, or -1. */
    long lastWhole = -1;
    /** The balance of the movements that are not sale effects. */
    private final RunningBalance base = new RunningBalance();

    /** Counts a movement that is not a sale effect. */
    void addToBase(StockMovement movement) {
        base.add(movement);
    }

    /**
     * The sums of an attribution of this wine, added if new: the latest ones are compared by identity first (a wine's
     * sales go through a few attributions, each shared by many lines), then a map by value is asked, so that a wine
     * linked and unlinked many times does not make each new link scan all its earlier ones.
     */
    SaleSums sumsOf(Attribution attribution) {
        for (int i = attributionCount - 1; i >= 0 && i >= attributionCount - RECENT; i--) {
            if (sums[i].attribution == attribution) {
                return sums[i];
            }
        }
        SaleSums known = byAttribution.get(attribution);
        if (known != null) {
            return known;
        }
        if (attributionCount == sums.length) {
            sums = Arrays.copyOf(sums, attributionCount * 2);
        }
        SaleSums added = new SaleSums(attribution);
        sums[attributionCount++] = added;
        byAttribution.put(attribution, added);
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
