package io.cellarsync.sync;

import java.util.List;
import java.util.Optional;

/**
 * Port: where the engine keeps every billed sale line, linked or not, and which wine each line currently counts for.
 * Only the engine writes to it, by folding its events. Lookups by line, by ticket and by reference must not scan all
 * sales: importing is linear in lines and linking touches only the reference's own sales.
 */
public interface SalesLedger {

    /**
     * Stores a line, or replaces the line with the same identity; a replaced line loses its attribution.
     *
     * @param sale the line
     */
    void record(RecordedSale sale);

    /**
     * Removes a line and its attribution.
     *
     * @param line the line
     */
    void withdraw(SaleLineId line);

    /**
     * Records that a line counts for a wine.
     *
     * @param line the line, recorded
     * @param attribution through which link, for which wine and cellar
     */
    void attribute(SaleLineId line, Attribution attribution);

    /**
     * Records that a line no longer counts for any wine.
     *
     * @param line the line
     */
    void unattribute(SaleLineId line);

    /**
     * A recorded line.
     *
     * @param line the identity
     * @return the line, or empty
     */
    Optional<RecordedSale> sale(SaleLineId line);

    /**
     * The wine a line currently counts for.
     *
     * @param line the identity
     * @return the attribution, or empty if the line counts for no wine
     */
    Optional<Attribution> attributionOf(SaleLineId line);

    /**
     * The recorded lines of a ticket.
     *
     * @param site the site
     * @param ticketKey the ticket key
     * @return the lines' identities, in recording order
     */
    List<SaleLineId> ticketLines(SiteId site, String ticketKey);

    /**
     * The recorded lines of a reference.
     *
     * @param reference the reference
     * @return the lines' identities, in recording order
     */
    List<SaleLineId> referenceLines(PosReferenceId reference);

    /**
     * The totals of a reference's recorded lines.
     *
     * @param reference the reference
     * @return the totals, {@link SalesTotals#NONE} if it has none
     */
    SalesTotals totalsOf(PosReferenceId reference);
}
