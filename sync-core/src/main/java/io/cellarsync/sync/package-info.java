/**
 * The pure-domain sync engine: library wines, POS references, links, nightly sales and stock.
 *
 * <p>Everything here is vendor-neutral: a host maps its point-of-sale records to {@link io.cellarsync.sync.SaleTicket}
 * and {@link io.cellarsync.sync.CatalogueEntry}, sends {@link io.cellarsync.sync.SyncCommand commands} to a
 * {@link io.cellarsync.sync.SyncEngine} and reads back {@link io.cellarsync.sync.SyncEvent events} and queries. The
 * engine reads time only from the {@link java.time.Clock} it is given, and keeps its state behind three small ports
 * ({@link io.cellarsync.sync.LinkStore}, {@link io.cellarsync.sync.SalesLedger}, {@link io.cellarsync.sync.StockLedger}).
 * The rules it follows are documented in {@code docs/sync-semantics.md}.
 */
@NullMarked
package io.cellarsync.sync;

import org.jspecify.annotations.NullMarked;
