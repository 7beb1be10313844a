package io.cellarsync.sync;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A wine's line of the stock report.
 *
 * @param wine the wine as the library holds it
 * @param balance its stock and revenue
 * @param salePrice the POS price of its bottle link (one bottle per unit sold), if it has one (semantic 12)
 * @param vatRate the POS VAT rate of that link, if known
 * @param links the number of POS references linked to it
 */
public record WineStock(
        LibraryWine wine, StockBalance balance, Optional<BigDecimal> salePrice, Optional<BigDecimal> vatRate,
        int links) {

    /** Checks the components are present. */
    public WineStock {
        Objects.requireNonNull(wine, "wine");
        Objects.requireNonNull(balance, "balance");
        Objects.requireNonNull(salePrice, "salePrice");
        Objects.requireNonNull(vatRate, "vatRate");
    }

    /**
     * Whether more bottles were sold than the cellar holds (semantic 7).
     *
     * @return {@code true} if the stock is below zero
     */
    public boolean negative() {
        return balance.stock().signum() < 0;
    }
}
