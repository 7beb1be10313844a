package io.cellarsync.sync.trivec;

import io.cellarsync.trivec.ActionId;
import io.cellarsync.trivec.Order;
import io.cellarsync.trivec.OrderLine;
import io.cellarsync.trivec.Ticket;
import io.cellarsync.trivec.TrivecDate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Hand-built Trivec model objects for the mapping tests: only the fields the mapping reads are varied. */
final class TrivecModel {

    static final String SITE = "TESTSITE";
    static final String CENTRE = "7700000000001";

    private TrivecModel() {}

    /** A line with its add-ons; positions of the add-ons are fixed by {@link #order}. */
    record LineSpec(String key, String productKey, long productNr, String name, String qty, String inc, String ex,
            String vat, List<LineSpec> addons) {}

    static LineSpec line(String productKey, String name, String qty, String inc, String ex, String vat,
            LineSpec... addons) {
        return new LineSpec("3386000000000001", productKey, 100001, name, qty, inc, ex, vat, List.of(addons));
    }

    static LineSpec lineWithKey(String key, String productKey, String name, String qty, String inc, String ex,
            String vat) {
        return new LineSpec(key, productKey, 100001, name, qty, inc, ex, vat, List.of());
    }

    /** A line as the client reads one sent without {@code ProductKey}: an empty key, and this product number. */
    static LineSpec lineWithoutProductKey(long productNr, String name, String qty, String inc, String ex,
            String vat) {
        return new LineSpec("3386000000000001", "", productNr, name, qty, inc, ex, vat, List.of());
    }

    static Order order(String ticketKey, String orderKey, LineSpec... specs) {
        return orderOn(TrivecDate.none(), ticketKey, orderKey, specs);
    }

    /** An ordering round entered on a business day. */
    static Order orderOn(TrivecDate businessDay, String ticketKey, String orderKey, LineSpec... specs) {
        List<OrderLine> lines = new ArrayList<>();
        for (int i = 0; i < specs.length; i++) {
            LineSpec spec = specs[i];
            List<OrderLine> addons = new ArrayList<>();
            for (int a = 0; a < spec.addons().size(); a++) {
                addons.add(orderLine(spec.addons().get(a), ticketKey, orderKey, i + 1, a + 1, List.of()));
            }
            lines.add(orderLine(spec, ticketKey, orderKey, i + 1, 0, addons));
        }
        return new Order(orderKey, ticketKey, ActionId.ORDER_ENTRY, businessDay, TrivecDate.none(),
                LocalTime.NOON, 0, 1, "POS-01", "1", "Sam", lines, List.of(), Map.of());
    }

    private static OrderLine orderLine(LineSpec spec, String ticketKey, String orderKey, int position, int addon,
            List<OrderLine> addons) {
        return new OrderLine(new io.cellarsync.trivec.LineId(SITE, ticketKey, orderKey, position, addon), spec.key(),
                spec.productKey(), spec.name(), spec.productNr(), "SalesProduct", "3300000000000001", "Wines", 0, "",
                0, "", "", "", new BigDecimal(spec.qty()), new BigDecimal(spec.qty()).signum(), BigDecimal.ZERO,
                BigDecimal.ZERO, new BigDecimal(spec.inc()), new BigDecimal(spec.ex()), 1, new BigDecimal(spec.vat()),
                addons, Map.of());
    }

    static Ticket billed(String key, LocalDate businessDate, Order... orders) {
        return ticket(key, TrivecDate.of(businessDate), TrivecDate.of(businessDate), CENTRE, "", orders);
    }

    static Ticket open(String key, Order... orders) {
        return ticket(key, TrivecDate.none(), TrivecDate.none(), CENTRE, "", orders);
    }

    static Ticket ticket(String key, TrivecDate date, TrivecDate actualDate, String centreKey, String internal,
            Order... orders) {
        return new Ticket(SITE, key, date, actualDate, LocalTime.NOON, centreKey, "Main", "", 1001, "1-1001", 1,
                "POS-01", 12, "", "1", "Sam", internal, "", "", "", "", 42, BigDecimal.ZERO, BigDecimal.ZERO,
                List.of(orders), Map.of());
    }
}
