package io.cellarsync.trivec;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One ticket (a bill) as the gateway exports it, with its orders, lines, add-ons and payments.
 *
 * <p>An <em>open</em> ticket is not billed yet: its {@code ActualDate} is {@code 10101} ("no date") and it is
 * returned for every requested day while it stays open, so never attribute it to the requested day. An
 * <em>internal</em> ticket was booked to a cost post (own use, waste, representation): it moves stock but is not
 * revenue. Ticket keys are unique within a site only: identify a ticket by ({@link #site()}, {@link #key()}).
 *
 * @param site the site code the ticket was read from
 * @param key the ticket's key, unique within the site
 * @param date the business date of billing ({@code Date}); "no date" while open
 * @param actualDate the calendar date of billing ({@code ActualDate}); "no date" ({@code 10101}) while open
 * @param time the local wall-clock time of billing; midnight while open or when absent
 * @param centerKey the point of sale's key
 * @param centerName the point of sale's name
 * @param centerNr the point of sale's number (a string, often empty)
 * @param ticketNr the bill number, unique per terminal; 0 while open
 * @param receiptNr the printed receipt number, {@code <PcNr>-<TicketNr>}
 * @param pcNr the terminal number
 * @param pcName the terminal name
 * @param tableNr the table number, 0 when none
 * @param tableName the table label, empty when none
 * @param userKey the staff member's key ({@code 0} while open)
 * @param userName the staff member's name
 * @param internal the cost post's name for an internal ticket, empty otherwise
 * @param accountKey the customer account's key, empty when none
 * @param accountName the customer account's name, empty when none
 * @param refundFor the key of the ticket this one refunds, empty when none
 * @param refundedBy the key of the ticket refunding this one, empty when none
 * @param zNumber the day-close counter, 0 while open
 * @param totalPrice the gateway's gross total (lines and add-ons, including VAT)
 * @param totalToPay the amount still unpaid
 * @param orders the rounds of the ticket, in the order sent (not time order)
 * @param extraFields every property this type does not model, by its name as sent ({@code $type} dropped)
 */
public record Ticket(
        String site,
        String key,
        TrivecDate date,
        TrivecDate actualDate,
        LocalTime time,
        String centerKey,
        String centerName,
        String centerNr,
        long ticketNr,
        String receiptNr,
        long pcNr,
        String pcName,
        long tableNr,
        String tableName,
        String userKey,
        String userName,
        String internal,
        String accountKey,
        String accountName,
        String refundFor,
        String refundedBy,
        long zNumber,
        BigDecimal totalPrice,
        BigDecimal totalToPay,
        List<Order> orders,
        Map<String, JsonNode> extraFields) {

    /**
     * Checks the components and copies the collections.
     *
     * @param site the site code
     * @param key the ticket key
     * @param date the business date
     * @param actualDate the calendar date
     * @param time the billing time
     * @param centerKey the centre key
     * @param centerName the centre name
     * @param centerNr the centre number
     * @param ticketNr the bill number
     * @param receiptNr the receipt number
     * @param pcNr the terminal number
     * @param pcName the terminal name
     * @param tableNr the table number
     * @param tableName the table name
     * @param userKey the user key
     * @param userName the user name
     * @param internal the cost post
     * @param accountKey the account key
     * @param accountName the account name
     * @param refundFor the refunded ticket's key
     * @param refundedBy the refunding ticket's key
     * @param zNumber the day-close counter
     * @param totalPrice the gross total
     * @param totalToPay the unpaid amount
     * @param orders the orders
     * @param extraFields the unmodelled properties
     */
    public Ticket {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(actualDate, "actualDate");
        orders = List.copyOf(orders);
        extraFields = Map.copyOf(extraFields);
    }

    /**
     * Whether the ticket is not billed yet ({@code ActualDate} is {@code 10101}). Open tickets are not revenue and
     * come back with every requested day while they stay open.
     *
     * @return true while the ticket is open
     */
    public boolean isOpen() {
        return actualDate.isNone();
    }

    /**
     * Whether the ticket was booked to a cost post ({@code Internal} present): moves stock, is not revenue.
     *
     * @return true for an internal ticket
     */
    public boolean isInternal() {
        return !internal.isEmpty();
    }

    /**
     * The business day the ticket was billed on: the day it belongs to, the day selector of the export.
     *
     * @return the business date, empty while the ticket is open
     */
    public Optional<LocalDate> businessDate() {
        return date.toLocalDate();
    }

    /**
     * The calendar day the ticket was billed on (differs from {@link #businessDate()} after midnight).
     *
     * @return the calendar date, empty while the ticket is open
     */
    public Optional<LocalDate> calendarDate() {
        return actualDate.toLocalDate();
    }

    /**
     * The key of the original ticket this refund reverses.
     *
     * @return the key, empty when this ticket is not a refund
     */
    public Optional<String> refundForKey() {
        return refundFor.isEmpty() ? Optional.empty() : Optional.of(refundFor);
    }

    /**
     * Whether this ticket refunds another one ({@code RefundFor} set).
     *
     * @return true for a refund ticket
     */
    public boolean isRefund() {
        return !refundFor.isEmpty();
    }

    /**
     * Every main line of every order, in the order sent (add-ons stay under their line).
     *
     * @return the lines
     */
    public List<OrderLine> lines() {
        List<OrderLine> lines = new ArrayList<>();
        for (Order order : orders) {
            lines.addAll(order.lines());
        }
        return lines;
    }

    /**
     * The number of main lines over all orders.
     *
     * @return the count
     */
    public int lineCount() {
        int count = 0;
        for (Order order : orders) {
            count += order.lines().size();
        }
        return count;
    }

    /**
     * The number of add-ons over all lines, add-ons of add-ons included.
     *
     * @return the count
     */
    public int addonCount() {
        int count = 0;
        for (Order order : orders) {
            for (OrderLine line : order.lines()) {
                count += addonCount(line);
            }
        }
        return count;
    }

    private static int addonCount(OrderLine line) {
        int count = line.addons().size();
        for (OrderLine addon : line.addons()) {
            count += addonCount(addon);
        }
        return count;
    }

    /**
     * The gross total: the exact sum of {@code TotalInc} over every line and add-on (add-ons of add-ons
     * included), negative lines included.
     *
     * @return the sum, in the scale the gateway sent
     */
    public BigDecimal grossTotal() {
        BigDecimal sum = BigDecimal.ZERO;
        for (Order order : orders) {
            for (OrderLine line : order.lines()) {
                sum = sum.add(line.totalIncWithAddons());
            }
        }
        return sum;
    }

    /**
     * The net total: the exact sum of {@code TotalEx} over every line and add-on (add-ons of add-ons
     * included), unrounded.
     *
     * @return the sum
     */
    public BigDecimal netTotal() {
        BigDecimal sum = BigDecimal.ZERO;
        for (Order order : orders) {
            for (OrderLine line : order.lines()) {
                sum = sum.add(line.totalExWithAddons());
            }
        }
        return sum;
    }

    /**
     * The sum of the payment lines' {@code Total} over all orders.
     *
     * @return the amount paid
     */
    public BigDecimal paidTotal() {
        BigDecimal sum = BigDecimal.ZERO;
        for (Order order : orders) {
            for (Paymode paymode : order.paymodes()) {
                sum = sum.add(paymode.total());
            }
        }
        return sum;
    }
}
