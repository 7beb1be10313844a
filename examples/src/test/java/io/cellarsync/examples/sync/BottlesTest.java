package io.cellarsync.examples.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.Test;

class BottlesTest {

    @Test
    void aSixthOfABottle_showsSixDecimals() {
        assertThat(Bottles.text(BigDecimal.ONE.divide(new BigDecimal(6), MathContext.DECIMAL128))).isEqualTo("0.166667");
        assertThat(Bottles.text(new BigDecimal("-2").divide(new BigDecimal(3), MathContext.DECIMAL128))).isEqualTo("-0.666667");
    }

    @Test
    void wholeBottles_showNoDecimals_andNoExponent() {
        assertThat(Bottles.text(new BigDecimal("10.0"))).isEqualTo("10");
        assertThat(Bottles.text(new BigDecimal("1E+3"))).isEqualTo("1000");
        assertThat(Bottles.text(new BigDecimal("-0.000"))).isEqualTo("0");
        assertThat(Bottles.text(new BigDecimal("12.5"))).isEqualTo("12.5");
    }
}
