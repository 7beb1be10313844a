package io.cellarsync.sync;

import io.cellarsync.sync.internal.BalanceFold;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A wine's stock and revenue, the sum of its {@link StockMovement movements}. Always
 * {@code stock + depleted = initial + received}. Depletion through a fractional ratio such as 1/6 is summed per ratio
 * before dividing, so six glasses make exactly one bottle; figures are rounded to 6 decimal places at most.
 *
 * @param initial bottles the wine entered the library with
 * @param received the sum of manual adjustments, signed
 * @param depleted bottles taken by sales, net of reversals and refunds
 * @param stock bottles in stock; may be negative, which is reported, not refused (semantic 7)
 * @param stockByCellar bottles in stock per cellar, by cellar name
 * @param revenueByVat revenue per VAT rate, by ascending rate
 */
public record StockBalance(
        BigDecimal initial,
        BigDecimal received,
        BigDecimal depleted,
        BigDecimal stock,
        Map<String, BigDecimal> stockByCellar,
        List<VatRevenue> revenueByVat) {

    /** Checks the components and copies the collections. */
    public StockBalance {
        Objects.requireNonNull(initial, "initial");
        Objects.requireNonNull(received, "received");
        Objects.requireNonNull(depleted, "depleted");
        Objects.requireNonNull(stock, "stock");
        stockByCellar = Map.copyOf(stockByCellar);
        revenueByVat = List.copyOf(revenueByVat);
    }

    /**
     * Sums movements into a balance. A host that keeps movements in its own store can use it to implement
     * {@link StockLedger#balanceOf(String)}. Every movement must be one a command could have made: an initial stock,
     * an adjustment, a link's ratio and a sale's numbers within the bounds the engine's commands accept
     * ({@link SyncEngine#MAX_DECIMAL_PLACES}, {@link SyncEngine#MAX_WHOLE_DIGITS}, {@link LibraryWine#MAX_BOTTLES}),
     * so that a number such as {@code 1e-100000000} cannot make the sum, and every query of it, run for minutes. Two
     * equal movements are both counted: two like adjustments at one instant are two movements.
     *
     * @param movements the wine's movements, in any order
     * @return the balance
     * @throws InvalidHistoryException naming the first movement refused (its index, its wine, the value and what is
     *     accepted), or a null one
     */
    public static StockBalance of(Iterable<StockMovement> movements) {
        return BalanceFold.sum(movements);
    }

    /**
     * The revenue incl. VAT over all rates.
     *
     * @return the gross revenue
     */
    public BigDecimal gross() {
        return revenueByVat.stream().map(VatRevenue::gross).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * The revenue excl. VAT over all rates.
     *
     * @return the net revenue
     */
    public BigDecimal net() {
        return revenueByVat.stream().map(VatRevenue::net).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
