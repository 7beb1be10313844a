package io.cellarsync.trivec.testkit.internal;

import io.cellarsync.trivec.TicketQuery;
import io.cellarsync.trivec.testkit.DayTotals;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** What one {@code ticket/day.json} request returns, and its totals. */
public final class Selection {

    private Selection() {}

    /**
     * The tickets a request for a day returns: the day's billed tickets (internal ones only when asked), then the
     * open tickets when asked (whatever the day), filtered by centre and user.
     *
     * @param day the billed tickets of the requested day (empty for a day not served)
     * @param open the open tickets
     * @param query the flags and filters
     * @return the tickets, in the order served
     */
    public static List<SimTicket> select(List<SimTicket> day, List<SimTicket> open, TicketQuery query) {
        List<SimTicket> selected = new ArrayList<>();
        for (SimTicket ticket : day) {
            if ((query.includeInternal() || !ticket.isInternal()) && matches(ticket, query)) {
                selected.add(ticket);
            }
        }
        if (query.includeOpen()) {
            for (SimTicket ticket : open) {
                if (matches(ticket, query)) {
                    selected.add(ticket);
                }
            }
        }
        return selected;
    }

    private static boolean matches(SimTicket ticket, TicketQuery query) {
        boolean centre = query.centerKeys().isEmpty() || query.centerKeys().contains(ticket.centre().key());
        boolean user = query.userKey().isEmpty() || query.userKey().equals(ticket.userKey());
        return centre && user;
    }

    /**
     * The totals of the selected tickets.
     *
     * @param tickets the tickets served
     * @param freeAddons whether free add-ons were served
     * @return the totals
     */
    public static DayTotals totals(List<SimTicket> tickets, boolean freeAddons) {
        int open = 0;
        int internal = 0;
        int lines = 0;
        int addons = 0;
        BigDecimal gross = BigDecimal.ZERO;
        BigDecimal net = BigDecimal.ZERO;
        for (SimTicket ticket : tickets) {
            open += ticket.isOpen() ? 1 : 0;
            internal += ticket.isInternal() ? 1 : 0;
            for (SimOrder order : ticket.orders()) {
                for (SimLine line : order.lines()) {
                    lines++;
                    if (!ticket.isOpen()) {
                        gross = gross.add(line.totalInc());
                        net = net.add(line.totalEx());
                    }
                    for (SimLine addon : line.addons()) {
                        if (freeAddons || !addon.isFree()) {
                            addons++;
                            if (!ticket.isOpen()) {
                                gross = gross.add(addon.totalInc());
                                net = net.add(addon.totalEx());
                            }
                        }
                    }
                }
            }
        }
        return new DayTotals(tickets.size(), open, internal, lines, addons, gross, net);
    }
}
