package io.cellarsync.trivec;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

/**
 * One round on a ticket: lines ordered, payments taken, or an action without either (next course, a name set).
 *
 * <p>Orders are kept in the order the gateway sent them, which is not time order; {@link #date()} is the business
 * day the round was entered and {@link #actualDate()} its calendar day (they differ after midnight).
 *
 * @param key the order's key, unique within a site
 * @param ticketKey the parent ticket's key
 * @param actionId what the round did (open enum; {@link ActionId#ORDER_ENTRY} when absent)
 * @param date the business date the round was entered
 * @param actualDate the calendar date the round was entered
 * @param time the local wall-clock time of entry
 * @param tableNr the table at the time of entry, 0 when none
 * @param pcNr the terminal number
 * @param pcName the terminal name
 * @param userKey the staff member's key
 * @param userName the staff member's name
 * @param lines the sale lines, in the order sent
 * @param paymodes the payment lines, in the order sent
 * @param extraFields every property this type does not model, by its name as sent ({@code $type} dropped)
 */
public record Order(
        String key,
        String ticketKey,
        ActionId actionId,
        TrivecDate date,
        TrivecDate actualDate,
        LocalTime time,
        long tableNr,
        long pcNr,
        String pcName,
        String userKey,
        String userName,
        List<OrderLine> lines,
        List<Paymode> paymodes,
        Map<String, JsonNode> extraFields) {

    /**
     * Copies the collections.
     *
     * @param key the order key
     * @param ticketKey the ticket key
     * @param actionId the action
     * @param date the business date
     * @param actualDate the calendar date
     * @param time the time of entry
     * @param tableNr the table number
     * @param pcNr the terminal number
     * @param pcName the terminal name
     * @param userKey the user key
     * @param userName the user name
     * @param lines the lines
     * @param paymodes the payments
     * @param extraFields the unmodelled properties
     */
    public Order {
        lines = List.copyOf(lines);
        paymodes = List.copyOf(paymodes);
        extraFields = Map.copyOf(extraFields);
    }
}
