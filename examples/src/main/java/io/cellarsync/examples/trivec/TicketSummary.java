package io.cellarsync.examples.trivec;

import io.cellarsync.trivec.Ticket;
import java.math.BigDecimal;

/**
 * What {@code cellarsync tickets --summary} prints: counts over every ticket returned, and the exact sums of
 * {@code TotalInc} / {@code TotalEx} over all lines and add-ons of the billed (non-open) tickets: an open ticket
 * is not revenue yet.
 */
final class TicketSummary {

    private int tickets;
    private int openTickets;
    private int internalTickets;
    private int lines;
    private int addons;
    private BigDecimal grossTotal = BigDecimal.ZERO;
    private BigDecimal netTotal = BigDecimal.ZERO;

    void add(Ticket ticket) {
        tickets++;
        openTickets += ticket.isOpen() ? 1 : 0;
        internalTickets += ticket.isInternal() ? 1 : 0;
        lines += ticket.lineCount();
        addons += ticket.addonCount();
        if (!ticket.isOpen()) {
            grossTotal = grossTotal.add(ticket.grossTotal());
            netTotal = netTotal.add(ticket.netTotal());
        }
    }

    /** The printed shape, in the order the issue gives. */
    record Json(int tickets, int openTickets, int internalTickets, int lines, int addons, BigDecimal grossTotal,
            BigDecimal netTotal) {
    }

    Json json() {
        return new Json(tickets, openTickets, internalTickets, lines, addons, grossTotal, netTotal);
    }
}
