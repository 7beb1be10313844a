package io.cellarsync.sync.internal;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A running sum of decimals, exact, without a {@code BigDecimal} per addition: the sum is kept as an unscaled
 * {@code long} and a scale while every value has at most 18 digits and a scale from 0 to 18 and the sum fits a
 * {@code long}; from the first value or sum that does not, it is kept as a {@code BigDecimal}. Its {@link #value()} is
 * the same number, with the same scale, as {@code BigDecimal.ZERO.add(a).add(b)...}: the largest scale seen (at least
 * 0).
 */
final class ExactSum {

    private static final long[] TENS = new long[19];

    static {
        TENS[0] = 1;
        for (int i = 1; i < TENS.length; i++) {
            TENS[i] = TENS[i - 1] * 10;
        }
    }

    private long unscaled;
    private int scale;
    private @Nullable BigDecimal big;

    /** Adds a value, or subtracts it. */
    void add(BigDecimal value, boolean subtract) {
        BigDecimal spilled = big;
        if (spilled != null) {
            big = subtract ? spilled.subtract(value) : spilled.add(value);
            return;
        }
        int s = value.scale();
        if (s < 0 || s >= TENS.length || value.precision() >= TENS.length) {
            spill(value, subtract);
            return;
        }
        long v = s == 0 ? value.longValue() : value.scaleByPowerOfTen(s).longValue();
        if (subtract) {
            v = -v;
        }
        try {
            if (s == scale) {
                unscaled = Math.addExact(unscaled, v);
            } else if (s < scale) {
                unscaled = Math.addExact(unscaled, Math.multiplyExact(v, TENS[scale - s]));
            } else {
                long rescaled = Math.multiplyExact(unscaled, TENS[s - scale]);
                unscaled = Math.addExact(rescaled, v);
                scale = s;
            }
        } catch (ArithmeticException overflow) {
            spill(value, subtract);
        }
    }

    private void spill(BigDecimal value, boolean subtract) {
        BigDecimal sum = BigDecimal.valueOf(unscaled, scale);
        big = subtract ? sum.subtract(value) : sum.add(value);
    }

    /** Adds another sum. */
    void add(ExactSum other) {
        add(other.value(), false);
    }

    /** The sum. */
    BigDecimal value() {
        BigDecimal spilled = big;
        return spilled != null ? spilled : BigDecimal.valueOf(unscaled, scale);
    }
}
