package io.cellarsync.examples.sync;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Money as the text tables show it: to the cent. A revenue without VAT is a quotient (680.80 at 20 % is
 * 567.333…), and sums of such quotients carry 28 digits; the {@code --json} outputs keep the engine's values.
 */
public final class Money {

    private Money() {}

    /**
     * @param amount an amount of money
     * @return it rounded to the cent, half to even, without exponent
     */
    public static String text(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }
}
