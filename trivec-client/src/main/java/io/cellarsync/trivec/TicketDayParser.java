package io.cellarsync.trivec;

import io.cellarsync.trivec.internal.JsonSupport;
import io.cellarsync.trivec.internal.Redactor;
import io.cellarsync.trivec.internal.ResponseContext;
import io.cellarsync.trivec.internal.TicketStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Parses a {@code ticket/day.json} body that is already at hand (a stored raw response, a fixture), with the
 * same tolerant streaming parser the client uses: one ticket in memory at a time.
 */
public final class TicketDayParser {

    private static final String OPERATION = "ticket/day.json";

    private TicketDayParser() {}

    /**
     * Parses a day, ticket by ticket.
     *
     * @param body the JSON array of tickets, closed when parsed
     * @param site the site code the tickets belong to (keys collide across sites)
     * @param action called once per ticket, in the order of the body
     * @throws TrivecMalformedResponseException if the body is not a JSON array of tickets, or is truncated
     */
    public static void parse(InputStream body, String site, Consumer<? super Ticket> action) {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(action, "action");
        ResponseContext context = new ResponseContext(OPERATION, site, 200, new Redactor(""), body);
        try (TicketStreamReader reader = new TicketStreamReader(JsonSupport.instance(), context)) {
            for (Ticket ticket = reader.next(); ticket != null; ticket = reader.next()) {
                action.accept(ticket);
            }
        } catch (IOException e) {
            throw context.failure(e);
        }
    }

    /**
     * Parses a whole day into a list.
     *
     * @param body the JSON array of tickets, closed when parsed
     * @param site the site code
     * @return the tickets, in the order of the body
     */
    public static List<Ticket> parseAll(InputStream body, String site) {
        List<Ticket> tickets = new ArrayList<>();
        parse(body, site, tickets::add);
        return tickets;
    }
}
