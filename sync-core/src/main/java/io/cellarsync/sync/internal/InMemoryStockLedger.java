package io.cellarsync.sync.internal;

import io.cellarsync.sync.Attribution;
import io.cellarsync.sync.RecordedTicket;
import io.cellarsync.sync.SaleEffectKind;
import io.cellarsync.sync.StockBalance;
import io.cellarsync.sync.StockLedger;
import io.cellarsync.sync.StockMovement;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link StockLedger} keeping each wine's audit trail as compact facts ({@link WineJournal}) with a running balance,
 * in a hash map by wine. Movements are made from the facts when {@link #movementsOf(String)} is asked.
 */
public final class InMemoryStockLedger implements StockLedger {

    private final Map<String, WineJournal> byWine = new HashMap<>();

    /** An empty ledger. */
    public InMemoryStockLedger() {}

    @Override
    public void record(StockMovement movement) {
        journal(movement.wineId()).add(movement);
    }

    @Override
    public void recordSaleEffect(Instant at, SaleEffectKind kind, RecordedTicket ticket, int line,
            Attribution attribution) {
        journal(attribution.wineId()).addSale(at, kind, ticket, line, attribution);
    }

    /**
     * As {@link #recordSaleEffect}, finding the wine's journal and the attribution's index in it through the
     * reference's slot when the reference last moved the wine through the same attribution.
     */
    void recordSaleEffect(Instant at, SaleEffectKind kind, RecordedTicket ticket, int line, Attribution attribution,
            ReferenceState reference) {
        Object slot = reference.stockSlot;
        Object sums = reference.stockSlotSums;
        WineJournal journal;
        if (slot != null && sums != null && reference.stockSlotAttribution == attribution) {
            journal = (WineJournal) slot;
        } else {
            journal = journal(attribution.wineId());
            int index = journal.indexOf(attribution);
            sums = journal.sums(index);
            reference.stockSlot = journal;
            reference.stockSlotAttribution = attribution;
            reference.stockSlotIndex = index;
            reference.stockSlotSums = sums;
        }
        journal.addSale(at, kind, ticket, line, reference.stockSlotIndex, (SaleSums) sums);
    }

    private WineJournal journal(String wineId) {
        return byWine.computeIfAbsent(wineId, id -> new WineJournal());
    }

    @Override
    public List<StockMovement> movementsOf(String wineId) {
        WineJournal journal = byWine.get(wineId);
        return journal == null ? List.of() : List.copyOf(journal.movements());
    }

    @Override
    public StockBalance balanceOf(String wineId) {
        WineJournal journal = byWine.get(wineId);
        return journal == null ? StockBalance.of(List.of()) : journal.balance();
    }
}
