package io.cellarsync.sync;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A wine's revenue at one VAT rate, as the POS reported it (R6, semantic 8).
 *
 * @param vatRate the VAT percentage
 * @param gross the revenue incl. VAT
 * @param net the revenue excl. VAT
 */
public record VatRevenue(BigDecimal vatRate, BigDecimal gross, BigDecimal net) {

    /** Checks the components are present. */
    public VatRevenue {
        Objects.requireNonNull(vatRate, "vatRate");
        Objects.requireNonNull(gross, "gross");
        Objects.requireNonNull(net, "net");
    }
}
