package io.cellarsync.sync;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Port: where the engine keeps every billed ticket it imported, in its recorded version ({@link RecordedTicket}: the
 * ticket as the POS sent it, each line's cellar and the wine each line currently counts for). A ticket is the unit
 * stored: a newer version replaces the recorded one whole. Only the engine writes to it, by folding its events.
 * Lookups by ticket and by reference must not scan all sales: importing is linear in lines and linking touches only the
 * tickets of the reference's own sales.
 */
public interface SalesLedger {

    /**
     * The recorded version of a ticket.
     *
     * @param site the site
     * @param ticketKey the ticket key
     * @return the recorded version, or empty if the ticket was never recorded
     */
    Optional<RecordedTicket> ticket(SiteId site, String ticketKey);

    /**
     * Stores a ticket's version, replacing the recorded version of the same site and ticket key, if any.
     *
     * @param ticket the version
     */
    void record(RecordedTicket ticket);

    /**
     * The recorded versions of the tickets that have, or once had, a line of a reference, each once, in the order in
     * which they first had one (the order of the audit trail of a back-fill depends on it). A ticket whose current
     * version no longer has a line of the reference may be included: the engine reads the lines' references. The list
     * is a snapshot: the engine {@link #record records} new versions of these tickets while it goes through it (a
     * back-fill, an unlink), which must not change it.
     *
     * @param reference the reference
     * @return the tickets, as they are when asked
     */
    List<RecordedTicket> ticketsOf(PosReferenceId reference);

    /**
     * The totals of a reference's recorded lines; the default sums the lines of {@link #ticketsOf(PosReferenceId)}.
     *
     * @param reference the reference
     * @return the totals, {@link SalesTotals#NONE} if it has none
     */
    default SalesTotals totalsOf(PosReferenceId reference) {
        int lines = 0;
        BigDecimal quantity = BigDecimal.ZERO;
        BigDecimal gross = BigDecimal.ZERO;
        BigDecimal net = BigDecimal.ZERO;
        for (RecordedTicket ticket : ticketsOf(reference)) {
            if (!ticket.ticket().site().equals(reference.site())) {
                continue;
            }
            for (int i = 0; i < ticket.size(); i++) {
                if (ticket.line(i).productKey().equals(reference.productKey())) {
                    lines++;
                    quantity = quantity.add(ticket.line(i).quantity());
                    gross = gross.add(ticket.gross(i));
                    net = net.add(ticket.net(i));
                }
            }
        }
        return lines == 0 ? SalesTotals.NONE : new SalesTotals(lines, quantity, gross, net);
    }
}
