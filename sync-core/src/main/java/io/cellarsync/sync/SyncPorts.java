package io.cellarsync.sync;

import io.cellarsync.sync.internal.InMemoryLinkStore;
import io.cellarsync.sync.internal.InMemorySalesLedger;
import io.cellarsync.sync.internal.InMemoryStockLedger;
import java.util.Objects;

/**
 * The three stores an engine keeps its state in. They must be empty when the engine is created.
 *
 * @param links the links
 * @param sales the sales ledger
 * @param stock the stock ledger
 */
public record SyncPorts(LinkStore links, SalesLedger sales, StockLedger stock) {

    /** Checks the components are present. */
    public SyncPorts {
        Objects.requireNonNull(links, "links");
        Objects.requireNonNull(sales, "sales");
        Objects.requireNonNull(stock, "stock");
    }

    /**
     * New, empty, map-backed stores; not thread-safe (the engine is not either).
     *
     * @return the stores
     */
    public static SyncPorts inMemory() {
        return new SyncPorts(new InMemoryLinkStore(), new InMemorySalesLedger(), new InMemoryStockLedger());
    }
}
