package io.cellarsync.sync;

import java.time.Instant;
import java.util.List;

/**
 * Port: where the engine keeps every stock movement, the audit trail of each wine (semantic 15). Only the engine
 * writes to it, by folding its events. A host needs only {@link #record(StockMovement)} and
 * {@link #movementsOf(String)}; the other methods have defaults built on them, which an implementation may override to
 * store sale effects as compact facts (a ticket version, a line and an attribution) and to keep running balances, as
 * the in-memory ledger does.
 */
public interface StockLedger {

    /**
     * Appends a movement.
     *
     * @param movement the movement
     */
    void record(StockMovement movement);

    /**
     * Appends the movement by which a recorded line's effect was applied to, or reversed from, the wine of an
     * attribution; the default records {@link StockMovement#ofSale}.
     *
     * @param at the instant of the movement
     * @param kind why the effect was applied or reversed
     * @param ticket the ticket version holding the line (for a reversal, the version whose effect is reversed)
     * @param line the line's index in the ticket
     * @param attribution the link, wine, cellar and ratio the effect goes through
     */
    default void recordSaleEffect(Instant at, SaleEffectKind kind, RecordedTicket ticket, int line,
            Attribution attribution) {
        record(StockMovement.ofSale(at, kind, ticket, line, attribution));
    }

    /**
     * A wine's movements, oldest first.
     *
     * @param wineId the wine
     * @return its movements, possibly none
     */
    List<StockMovement> movementsOf(String wineId);

    /**
     * A wine's balance; the default sums {@link #movementsOf(String)} with {@link StockBalance#of(Iterable)}, which
     * refuses a movement no command could have made.
     *
     * @param wineId the wine
     * @return its balance
     * @throws InvalidHistoryException from the default, naming a movement refused
     */
    default StockBalance balanceOf(String wineId) {
        return StockBalance.of(movementsOf(wineId));
    }
}
