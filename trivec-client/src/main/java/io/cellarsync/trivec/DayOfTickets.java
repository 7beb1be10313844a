package io.cellarsync.trivec;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The tickets one request for one day returned.
 *
 * @param requestedDay the day asked for; open tickets in {@link #tickets()} do not belong to it
 * @param tickets the tickets, in the order sent
 */
public record DayOfTickets(LocalDate requestedDay, List<Ticket> tickets) {

    /**
     * Checks and copies the components.
     *
     * @param requestedDay the day
     * @param tickets the tickets
     */
    public DayOfTickets {
        Objects.requireNonNull(requestedDay, "requestedDay");
        tickets = List.copyOf(tickets);
    }
}
