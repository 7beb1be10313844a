package io.cellarsync.trivec.testkit.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A generated ticket.
 *
 * @param key the ticket key
 * @param date the business date, null while open
 * @param actualDate the calendar date, null while open
 * @param time the billing time
 * @param centre the point of sale
 * @param ticketNr the bill number, 0 while open
 * @param tableNr the table number, 0 when none
 * @param userKey the biller's key
 * @param userName the biller's name
 * @param internal the cost post, empty when not internal
 * @param refundFor the refunded ticket's key, empty when none
 * @param refundedBy the key of the ticket refunding this one, empty when none
 * @param orders the orders
 */
public record SimTicket(String key, @Nullable LocalDate date, @Nullable LocalDate actualDate, LocalTime time,
        SimCentre centre, long ticketNr, long tableNr, String userKey, String userName, String internal,
        String refundFor, String refundedBy, List<SimOrder> orders) {

    /** This ticket, refunded by another. */
    SimTicket withRefundedBy(String refundKey) {
        return new SimTicket(key, date, actualDate, time, centre, ticketNr, tableNr, userKey, userName, internal,
                refundFor, refundKey, orders);
    }

    boolean isOpen() {
        return actualDate == null;
    }

    boolean isInternal() {
        return !internal.isEmpty();
    }

    /** The gross total of the lines and add-ons, free add-ons included or not. */
    BigDecimal totalInc(boolean freeAddons) {
        BigDecimal sum = BigDecimal.ZERO;
        for (SimOrder order : orders) {
            for (SimLine line : order.lines()) {
                sum = sum.add(line.totalInc());
                for (SimLine addon : line.addons()) {
                    if (freeAddons || !addon.isFree()) {
                        sum = sum.add(addon.totalInc());
                    }
                }
            }
        }
        return sum;
    }

    BigDecimal paid() {
        BigDecimal sum = BigDecimal.ZERO;
        for (SimOrder order : orders) {
            for (BigDecimal payment : order.payments()) {
                sum = sum.add(payment);
            }
        }
        return sum;
    }
}
