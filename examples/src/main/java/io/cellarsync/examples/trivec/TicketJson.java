package io.cellarsync.examples.trivec;

import io.cellarsync.trivec.Order;
import io.cellarsync.trivec.OrderLine;
import io.cellarsync.trivec.Paymode;
import io.cellarsync.trivec.Ticket;
import io.cellarsync.trivec.TrivecDate;
import java.math.BigDecimal;
import java.util.List;

/**
 * The JSON shape of a ticket printed by {@code cellarsync tickets --json}: camelCase, amounts as the exact
 * decimals the gateway sent, {@code null} for "no date", {@code open} and {@code internal} spelled out.
 */
record TicketJson(String site, String key, String businessDate, String calendarDate, String time, boolean open,
        boolean internal, String costPost, String refundFor, String centerKey, String centerName, long ticketNr,
        String receiptNr, long tableNr, String tableName, String userKey, String userName, String accountKey,
        String accountName, BigDecimal totalPrice, BigDecimal totalToPay, BigDecimal grossTotal,
        BigDecimal netTotal, List<OrderJson> orders) {

    static TicketJson of(Ticket t) {
        return new TicketJson(t.site(), t.key(), date(t.date()), date(t.actualDate()), t.time().toString(),
                t.isOpen(), t.isInternal(), t.internal(), t.refundFor(), t.centerKey(), t.centerName(),
                t.ticketNr(), t.receiptNr(), t.tableNr(), t.tableName(), t.userKey(), t.userName(), t.accountKey(),
                t.accountName(), t.totalPrice(), t.totalToPay(), t.grossTotal(), t.netTotal(),
                t.orders().stream().map(OrderJson::of).toList());
    }

    /** The date as {@code yyyy-MM-dd}, or null for "no date" ({@code 10101}). */
    static String date(TrivecDate date) {
        return date.toLocalDate().map(Object::toString).orElse(null);
    }

    /** An order round. */
    record OrderJson(String key, int actionId, String action, String businessDate, String calendarDate,
            String time, long tableNr, String userKey, String userName, List<LineJson> lines,
            List<PaymentJson> payments) {

        static OrderJson of(Order o) {
            return new OrderJson(o.key(), o.actionId().code(), o.actionId().meaning().orElse("unknown"),
                    date(o.date()), date(o.actualDate()), o.time().toString(), o.tableNr(), o.userKey(),
                    o.userName(), o.lines().stream().map(LineJson::of).toList(),
                    o.paymodes().stream().map(PaymentJson::of).toList());
        }
    }

    /** A sale line or an add-on. */
    record LineJson(String id, String productKey, String productName, long productNr, String productType,
            String groupKey, String groupName, String menuId, String promoName, BigDecimal qty, BigDecimal price,
            BigDecimal totalDisc, BigDecimal totalInc, BigDecimal totalEx, BigDecimal vatPerc,
            List<LineJson> addons) {

        static LineJson of(OrderLine l) {
            return new LineJson(l.id().toString(), l.productKey(), l.productName(), l.productNr(),
                    l.productType(), l.groupKey(), l.groupName(), l.menuId(), l.promoName(), l.qty(), l.price(),
                    l.totalDisc(), l.totalInc(), l.totalEx(), l.vatPerc(),
                    l.addons().stream().map(LineJson::of).toList());
        }
    }

    /** A payment line. */
    record PaymentJson(String paymodeKey, String paymodeName, BigDecimal price, BigDecimal qty, BigDecimal total) {

        static PaymentJson of(Paymode p) {
            return new PaymentJson(p.paymodeKey(), p.paymodeName(), p.price(), p.qty(), p.total());
        }
    }
}
