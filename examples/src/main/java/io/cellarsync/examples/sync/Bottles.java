package io.cellarsync.examples.sync;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Bottles as the text tables show them: at most six decimals (a glass of 1/6 is 0.166667), no trailing zeros.
 * The {@code --json} outputs keep the engine's exact values.
 */
final class Bottles {

    private Bottles() {}

    static String text(BigDecimal bottles) {
        BigDecimal shown = bottles.setScale(Math.min(bottles.scale(), 6), RoundingMode.HALF_EVEN).stripTrailingZeros();
        return shown.signum() == 0 ? "0" : shown.toPlainString();
    }
}
