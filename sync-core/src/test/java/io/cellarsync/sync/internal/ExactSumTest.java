package io.cellarsync.sync.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The long-backed running sum gives exactly what a chain of {@code BigDecimal} additions gives, scale included. */
class ExactSumTest {

    @Property(tries = 500)
    void sameNumberAndScaleAsBigDecimalAdditions(@ForAll("terms") List<BigDecimal> values,
            @ForAll("signs") List<Boolean> subtract) {
        ExactSum sum = new ExactSum();
        BigDecimal expected = BigDecimal.ZERO;
        for (int i = 0; i < values.size(); i++) {
            boolean minus = subtract.get(i % subtract.size());
            sum.add(values.get(i), minus);
            expected = minus ? expected.subtract(values.get(i)) : expected.add(values.get(i));
        }
        assertThat(sum.value()).isEqualTo(expected);
    }

    @Test
    void overflowingALong_goesOnExactly() {
        ExactSum sum = new ExactSum();
        BigDecimal large = new BigDecimal("999999999999999999");
        for (int i = 0; i < 20; i++) {
            sum.add(large, false);
        }
        sum.add(new BigDecimal("0.000000000000000001"), false);

        assertThat(sum.value()).isEqualTo(new BigDecimal("19999999999999999980.000000000000000001"));
    }

    @Provide
    Arbitrary<List<BigDecimal>> terms() {
        Arbitrary<BigInteger> unscaled = Arbitraries.oneOf(
                Arbitraries.longs().between(-100_000, 100_000).map(BigInteger::valueOf),
                Arbitraries.longs().map(BigInteger::valueOf),
                Arbitraries.bigIntegers().between(BigInteger.TEN.pow(25).negate(), BigInteger.TEN.pow(25)));
        Arbitrary<Integer> scale = Arbitraries.integers().between(-3, 21);
        return Combinators.combine(unscaled, scale).as(BigDecimal::new).list().ofMinSize(1).ofMaxSize(30);
    }

    @Provide
    Arbitrary<List<Boolean>> signs() {
        return Arbitraries.of(true, false).list().ofMinSize(1).ofMaxSize(5);
    }
}
