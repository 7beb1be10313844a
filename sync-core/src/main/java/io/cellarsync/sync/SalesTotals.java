package io.cellarsync.sync;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Totals of the recorded sales of one POS reference.
 *
 * @param lines the number of recorded lines
 * @param quantity the signed quantity sold
 * @param gross the revenue incl. VAT
 * @param net the revenue excl. VAT
 */
public record SalesTotals(int lines, BigDecimal quantity, BigDecimal gross, BigDecimal net) {

    /** No sales. */
    public static final SalesTotals NONE = new SalesTotals(0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

    /** Checks the components are present. */
    public SalesTotals {
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(gross, "gross");
        Objects.requireNonNull(net, "net");
    }

    /**
     * These totals with a sale added.
     *
     * @param sale the sale
     * @return the new totals
     */
    public SalesTotals plus(RecordedSale sale) {
        return new SalesTotals(lines + 1, quantity.add(sale.quantity()), gross.add(sale.gross()), net.add(sale.net()));
    }

    /**
     * These totals with a sale taken away.
     *
     * @param sale the sale
     * @return the new totals
     */
    public SalesTotals minus(RecordedSale sale) {
        return new SalesTotals(lines - 1, quantity.subtract(sale.quantity()), gross.subtract(sale.gross()),
                net.subtract(sale.net()));
    }
}
