package io.cellarsync.sync.trivec;

import io.cellarsync.sync.SaleLine;
import io.cellarsync.sync.SaleTicket;
import io.cellarsync.sync.SiteId;
import io.cellarsync.trivec.Order;
import io.cellarsync.trivec.OrderLine;
import io.cellarsync.trivec.Ticket;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Maps Trivec tickets to the engine's {@link SaleTicket}s, line by line, without deciding anything the engine
 * decides.
 *
 * <ul>
 *   <li>Identity: a line is (site, ticket key, order key, position in the order); an add-on adds its number under
 *       its main line ({@link io.cellarsync.trivec.LineId#addonPosition()}, its position in the line's
 *       {@code Addons}) and becomes a line of its own, with its own product (semantics 1 and 6). An add-on of an
 *       add-on (never seen, allowed by the model) is a line of its own too, with the number the client gives it,
 *       after its main line's own add-ons, so no sale is left out and no two lines share an id. Line keys are not
 *       used: the gateway repeats them across orders.
 *   <li>Business date: the ticket's {@code Date}. An open ticket (not billed, {@code ActualDate 10101}) has none
 *       and is passed on as open, so it moves nothing until it is billed (semantics 3). A billed ticket without
 *       {@code Date} (never seen: every billed ticket of the samples has one) is still billed, so it is passed on as
 *       billed, on the latest business day of its rounds (the billing round is its last), else on its calendar day
 *       of billing ({@code ActualDate}): it is imported rather than skipped forever or refused with its whole
 *       night.
 *   <li>Internal (cost-post) tickets keep their flag (semantics 4); training tickets cannot be told apart in the
 *       export and are never requested by the runner ({@code IncTraining=false}), so the flag is always false.
 *   <li>Amounts: quantity, {@code TotalInc}, {@code TotalEx} and {@code VatPerc} exactly as sent, with their sign
 *       (semantics 5 and 8): voids, corrections, transfers out and refunds stay negative. A menu header line keeps
 *       its zero totals, so revenue is never counted twice.
 *   <li>Centre: the ticket's centre key, or none when the gateway sends an empty one (semantics 14).
 *   <li>Product: the line's {@code ProductKey}. Every line of the samples has one, but the client reads an absent one
 *       as empty; such a line becomes a line of the placeholder reference {@link #MISSING_PRODUCT_KEY} followed by
 *       {@code -} and its {@code ProductNr} (the placeholder alone when the number is absent too), so that it is
 *       kept, counted and listed in the queue under its POS name, and the night is imported (the engine refuses a
 *       blank product key, which would refuse the whole import).
 *   <li>Round: the order's {@code Key}; a round sent without one (never seen) gets the placeholder
 *       {@link #MISSING_ORDER_KEY} followed by {@code -} and its place in the ticket, so that two keyless rounds of
 *       one ticket do not give two lines one identity, which would refuse the whole import.
 *   <li>Ticket: its {@code Key}. Every ticket of the samples has one, but the client reads an absent one as empty;
 *       such a ticket gets the placeholder key {@link #MISSING_TICKET_KEY} followed by {@code -} and the key of its
 *       first keyed order, so that two keyless tickets stay two tickets and the night is imported (the engine
 *       refuses a blank ticket key).
 * </ul>
 */
public final class TrivecTickets {

    /**
     * The product key of a line the gateway sent without {@code ProductKey}, followed by {@code -} and its
     * {@code ProductNr} when it has one, such as {@code NO-PRODUCT-KEY-301001}. Real keys are numeric, so it never
     * meets one. It is an ordinary POS reference: it shows in the queue and can be linked or ignored.
     */
    public static final String MISSING_PRODUCT_KEY = "NO-PRODUCT-KEY";

    /**
     * The key of a ticket the gateway sent without {@code Key}, followed by {@code -} and the key of its first order
     * that has one, such as {@code NO-TICKET-KEY-3317000000000001}: order keys are unique within a site, so two keyless
     * tickets are never taken for versions of one ticket (the engine refuses a blank ticket key). Real keys are
     * numeric, so it never meets one.
     */
    public static final String MISSING_TICKET_KEY = "NO-TICKET-KEY";

    /**
     * The order key of the lines of a round the gateway sent without {@code Key}, followed by {@code -} and the
     * round's 1-based place in its ticket, such as {@code NO-ORDER-KEY-2}: two keyless rounds of one ticket stay two
     * rounds, and a ticket fetched again gives its rounds the same places (the gateway sends them in the same order,
     * as it does their lines). Real keys are numeric, so it never meets one.
     */
    public static final String MISSING_ORDER_KEY = "NO-ORDER-KEY";

    private TrivecTickets() {}

    /**
     * Maps one ticket.
     *
     * @param site the site the ticket was fetched from (see {@link TrivecSiteIds})
     * @param ticket the ticket as the client parsed it
     * @return the engine's sale ticket, with one line per order line and per add-on at any depth, in order (each
     *     add-on after the line it sits under)
     */
    public static SaleTicket toSaleTicket(SiteId site, Ticket ticket) {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(ticket, "ticket");
        boolean open = ticket.isOpen();
        @Nullable LocalDate businessDate = open ? null : businessDay(ticket);
        @Nullable String centre = ticket.centerKey() == null || ticket.centerKey().isBlank() ? null : ticket.centerKey();
        return new SaleTicket(site, ticketKey(ticket), businessDate, open, ticket.isInternal(), false, centre,
                lines(ticket));
    }

    /**
     * Maps the tickets of one or more fetched days. A ticket seen more than once (an open ticket comes back with
     * every day while it stays open) is kept once, in the version seen last, which is the newest fetch when the
     * days are given in the order they were fetched; but an open version never replaces a billed one seen before it
     * (a reopen, gateway notes §6.1): the engine keeps a ticket's billed version while it is open again (semantic 3),
     * so the billed version is what it must be given.
     *
     * @param site the site the tickets were fetched from
     * @param tickets the tickets, in fetch order
     * @return one sale ticket per ticket key, in order of first appearance
     */
    public static List<SaleTicket> toSaleTickets(SiteId site, Collection<Ticket> tickets) {
        Objects.requireNonNull(site, "site");
        Map<String, SaleTicket> byKey = new LinkedHashMap<>();
        for (Ticket ticket : tickets) {
            SaleTicket sale = toSaleTicket(site, ticket);
            SaleTicket earlier = byKey.get(sale.ticketKey());
            if (earlier == null || !sale.open() || earlier.open()) {
                byKey.put(sale.ticketKey(), sale);
            }
        }
        return List.copyOf(byKey.values());
    }

    /**
     * The business day of a billed ticket: its {@code Date}, else the latest {@code Date} of its rounds, else its
     * {@code ActualDate} (which a billed ticket always has: it is what tells it from an open one).
     */
    private static LocalDate businessDay(Ticket ticket) {
        Optional<LocalDate> date = ticket.businessDate();
        if (date.isPresent()) {
            return date.get();
        }
        LocalDate latest = null;
        for (Order order : ticket.orders()) {
            LocalDate round = order.date().toLocalDate().orElse(null);
            if (round != null && (latest == null || round.isAfter(latest))) {
                latest = round;
            }
        }
        return latest != null ? latest : ticket.calendarDate().orElseThrow();
    }

    private static List<SaleLine> lines(Ticket ticket) {
        List<SaleLine> lines = new ArrayList<>();
        List<Order> orders = ticket.orders();
        for (int i = 0; i < orders.size(); i++) {
            String orderKey = orderKey(orders.get(i), i + 1);
            for (OrderLine line : orders.get(i).lines()) {
                lines.add(saleLine(orderKey, line, null));
                addAddons(orderKey, line, lines);
            }
        }
        return lines;
    }

    /**
     * Adds the line's add-ons at any depth, each followed by its own: an add-on of an add-on is a sale like any
     * other, and the client numbers it after its main line's own add-ons, so each has an id of its own.
     */
    private static void addAddons(String orderKey, OrderLine line, List<SaleLine> lines) {
        for (OrderLine addon : line.addons()) {
            lines.add(saleLine(orderKey, addon, addon.id().addonPosition()));
            addAddons(orderKey, addon, lines);
        }
    }

    private static SaleLine saleLine(String orderKey, OrderLine line, @Nullable Integer addOnPosition) {
        return new SaleLine(orderKey, line.id().position(), addOnPosition, productKey(line),
                line.productName(), line.qty(), line.totalInc(), line.totalEx(), line.vatPerc());
    }

    /**
     * The order's key, or the placeholder {@link #MISSING_ORDER_KEY} and its 1-based place in the ticket when the
     * gateway sent none: lines are told apart by (order, position), so the first lines of two keyless rounds would
     * otherwise be one line twice, and the engine would refuse the whole import ({@code DUPLICATE_SALE_LINE}).
     */
    private static String orderKey(Order order, int place) {
        return order.key().isBlank() ? MISSING_ORDER_KEY + "-" + place : order.key();
    }

    /** The ticket's key, or the placeholder {@link #MISSING_TICKET_KEY} when the gateway sent none. */
    private static String ticketKey(Ticket ticket) {
        if (!ticket.key().isBlank()) {
            return ticket.key();
        }
        for (Order order : ticket.orders()) {
            if (!order.key().isBlank()) {
                return MISSING_TICKET_KEY + "-" + order.key();
            }
        }
        return MISSING_TICKET_KEY;
    }

    /** The line's product key, or the placeholder {@link #MISSING_PRODUCT_KEY} when the gateway sent none. */
    private static String productKey(OrderLine line) {
        String key = line.productKey();
        if (key != null && !key.isBlank()) {
            return key;
        }
        return line.productNr() > 0 ? MISSING_PRODUCT_KEY + "-" + line.productNr() : MISSING_PRODUCT_KEY;
    }
}
