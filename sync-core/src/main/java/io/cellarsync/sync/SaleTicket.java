package io.cellarsync.sync;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A whole sale ticket in its latest version. Importing it replaces any earlier version of the same ticket
 * (semantic 2).
 *
 * @param site the site
 * @param ticketKey the ticket's key, unique within the site
 * @param businessDate the business day the ticket was billed on, or {@code null} while it is open
 * @param open whether the ticket is still open (not billed); open tickets move nothing (semantic 3)
 * @param internal whether the ticket was booked to a cost post: it depletes stock but brings no revenue (semantic 4)
 * @param training whether it is a training ticket; those are never imported (semantic 3)
 * @param centre the point of sale (revenue centre) of the ticket, or {@code null} when the site has none (R1)
 * @param lines the lines and add-ons, in any order
 */
public record SaleTicket(
        SiteId site,
        String ticketKey,
        @Nullable LocalDate businessDate,
        boolean open,
        boolean internal,
        boolean training,
        @Nullable String centre,
        List<SaleLine> lines) {

    /** Checks the components are present and copies the lines. */
    public SaleTicket {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(ticketKey, "ticketKey");
        lines = List.copyOf(lines);
    }

    /**
     * A billed ticket of a regular sale, without a centre.
     *
     * @param site the site
     * @param ticketKey the ticket key
     * @param businessDate the business day
     * @param lines the lines
     * @return the ticket
     */
    public static SaleTicket billed(SiteId site, String ticketKey, LocalDate businessDate, List<SaleLine> lines) {
        return new SaleTicket(site, ticketKey, businessDate, false, false, false, null, lines);
    }

    /**
     * The identity of one of this ticket's lines.
     *
     * @param line a line of this ticket
     * @return its identity
     */
    public SaleLineId lineId(SaleLine line) {
        return new SaleLineId(site, ticketKey, line.orderKey(), line.position(), line.addOnPosition());
    }
}
