package io.cellarsync.sync;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * One movement of a wine's stock in one cellar, with its cause (semantic 15).
 *
 * @param at when the engine applied it (from its clock)
 * @param wineId the wine
 * @param cellar the cellar
 * @param cause why the stock moved
 */
public record StockMovement(Instant at, String wineId, String cellar, MovementCause cause) {

    /** Checks the components are present. */
    public StockMovement {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(wineId, "wineId");
        Objects.requireNonNull(cellar, "cellar");
        Objects.requireNonNull(cause, "cause");
    }

    /**
     * The signed change of stock in bottles.
     *
     * @return positive for bottles in, negative for bottles out
     */
    public BigDecimal bottles() {
        return cause.bottles();
    }
}
