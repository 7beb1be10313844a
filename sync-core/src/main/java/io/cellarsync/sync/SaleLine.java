package io.cellarsync.sync;

import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One line of a sale ticket, as the POS reported it. Add-ons are lines of their own with an add-on position
 * (semantic 6). Quantities and amounts are signed: voids, transfers out and refunds are negative (semantic 5).
 *
 * @param orderKey the key of the order (round) holding the line
 * @param position the line's position in its order, as the POS numbers it (Trivec's, which {@code trivec-sync}
 *     passes on, start at 1): used only to tell the lines of an order apart, so any numbering will do as long as a
 *     line keeps its number in every version of its ticket (semantic 1)
 * @param addOnPosition the add-on's position under its parent line, numbered the same way (from 1 in
 *     {@code trivec-sync}), or {@code null} for a main line
 * @param productKey the POS product key of the line
 * @param posName the POS's name of the product at the time of sale
 * @param quantity the signed quantity sold
 * @param gross the POS's line total including VAT ({@code TotalInc}), signed
 * @param net the POS's line total excluding VAT ({@code TotalEx}), signed
 * @param vatRate the VAT percentage, such as {@code 21}
 */
public record SaleLine(
        String orderKey,
        int position,
        @Nullable Integer addOnPosition,
        String productKey,
        String posName,
        BigDecimal quantity,
        BigDecimal gross,
        BigDecimal net,
        BigDecimal vatRate) {

    /** Checks the components are present. */
    public SaleLine {
        Objects.requireNonNull(orderKey, "orderKey");
        Objects.requireNonNull(productKey, "productKey");
        Objects.requireNonNull(posName, "posName");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(gross, "gross");
        Objects.requireNonNull(net, "net");
        Objects.requireNonNull(vatRate, "vatRate");
    }

    /**
     * A main line (not an add-on).
     *
     * @param orderKey the order key
     * @param position the position in the order, as the POS numbers it
     * @param productKey the product key
     * @param posName the POS name
     * @param quantity the signed quantity
     * @param gross the gross total incl. VAT
     * @param net the net total excl. VAT
     * @param vatRate the VAT percentage
     * @return the line
     */
    public static SaleLine main(String orderKey, int position, String productKey, String posName,
            BigDecimal quantity, BigDecimal gross, BigDecimal net, BigDecimal vatRate) {
        return new SaleLine(orderKey, position, null, productKey, posName, quantity, gross, net, vatRate);
    }
}
