package io.cellarsync.trivec.testkit.internal;

import io.cellarsync.trivec.TicketQuery;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Everything a simulated site serves, generated once from the seed. */
public final class SimulatedSite {

    private final Catalogue catalogue;
    private final Map<LocalDate, List<SimTicket>> days = new LinkedHashMap<>();
    private final List<SimTicket> open;

    /**
     * Generates a site.
     *
     * @param seed the seed
     * @param firstDay the first day served
     * @param dayCount how many days
     * @param ticketsPerDay billed tickets per day
     * @param centres how many centres
     */
    public SimulatedSite(long seed, LocalDate firstDay, int dayCount, int ticketsPerDay, int centres) {
        this.catalogue = new Catalogue(seed, centres);
        DayGenerator generator = new DayGenerator(seed, catalogue);
        for (int i = 0; i < dayCount; i++) {
            LocalDate day = firstDay.plusDays(i);
            days.put(day, List.copyOf(generator.day(day, ticketsPerDay)));
        }
        markRefundedTickets();
        this.open = List.copyOf(generator.openTickets(firstDay.plusDays(dayCount - 1L)));
    }

    /**
     * Sets {@code RefundedBy} on every served ticket a served refund names: a refund of the first day's ticket names
     * a day not served, and the last day's first ticket is refunded by no served day.
     */
    private void markRefundedTickets() {
        Map<String, String> refundedBy = new HashMap<>();
        for (List<SimTicket> tickets : days.values()) {
            for (SimTicket ticket : tickets) {
                if (!ticket.refundFor().isEmpty()) {
                    refundedBy.put(ticket.refundFor(), ticket.key());
                }
            }
        }
        days.replaceAll((day, tickets) -> tickets.stream().map(t -> refundedBy.containsKey(t.key())
                ? t.withRefundedBy(refundedBy.get(t.key())) : t).toList());
    }

    /** @return the catalogue */
    public Catalogue catalogue() {
        return catalogue;
    }

    /** @return the days served */
    public List<LocalDate> days() {
        return List.copyOf(days.keySet());
    }

    /**
     * The tickets a request returns.
     *
     * @param day the requested day
     * @param query the flags and filters
     * @return the tickets
     */
    public List<SimTicket> select(LocalDate day, TicketQuery query) {
        return Selection.select(days.getOrDefault(day, List.of()), open, query);
    }

    /**
     * The JSON body of a request.
     *
     * @param day the requested day
     * @param query the flags and filters
     * @return the body
     */
    public byte[] dayJson(LocalDate day, TicketQuery query) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            GatewayJson json = GatewayJson.open(bytes, query.includeFreeAddons());
            for (SimTicket ticket : select(day, query)) {
                json.write(ticket);
            }
            json.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
