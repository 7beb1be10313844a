/**
 * Maps the Trivec gateway's model ({@code io.cellarsync.trivec}: tickets, orders, lines, add-ons, products,
 * product groups) to the sync engine's vendor-neutral records ({@code io.cellarsync.sync}), so that a host imports
 * a Trivec business day without writing the mapping itself.
 *
 * <ul>
 *   <li>{@link io.cellarsync.sync.trivec.TrivecSiteIds}: the site a gateway is known by (its host, or host:port).
 *   <li>{@link io.cellarsync.sync.trivec.TrivecTickets}: tickets to sale tickets, lines and add-ons with their
 *       identity, business date, flags, centre and exact signed amounts.
 *   <li>{@link io.cellarsync.sync.trivec.TrivecCatalogue}: products to catalogue entries with price and VAT rate.
 * </ul>
 *
 * <p>A host's nightly job, in short:
 *
 * <pre>{@code
 * TrivecClient client = TrivecClient.builder().site("ABCDEFGHIJKL123").build(); // key from TRIVEC_APP_ID
 * SiteId site = TrivecSiteIds.of(client.site());
 * engine.apply(new ImportCatalogue(site,
 *         TrivecCatalogue.toEntries(site, client.products(), client.productGroups())));
 * TicketQuery query = new TicketQuery(true, true, false, true, List.of(), "");
 * List<Ticket> tickets = client.ticketsOfDay(yesterday, query);
 * SyncOutcome outcome = engine.apply(ImportSales.of(TrivecTickets.toSaleTickets(site, tickets)));
 * }</pre>
 *
 * <p>The mapping decides nothing the engine decides: open, internal and negative lines are passed on as they are,
 * and the engine applies the sync semantics (see {@code docs/sync-semantics.md}).
 */
@NullMarked
package io.cellarsync.sync.trivec;

import org.jspecify.annotations.NullMarked;
