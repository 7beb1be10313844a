package io.cellarsync.sync.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Rounding of bottle counts for display: at most 6 decimal places, no trailing zeros, never exponent notation. */
public final class Decimals {

    private Decimals() {}

    /**
     * Rounds to 6 decimal places and drops trailing zeros while keeping a plain (non-negative) scale.
     *
     * @param value the value
     * @return the tidy value
     */
    public static BigDecimal tidy(BigDecimal value) {
        BigDecimal rounded = value.scale() > 6 ? value.setScale(6, RoundingMode.HALF_EVEN) : value;
        if (rounded.signum() == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal stripped = rounded.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
