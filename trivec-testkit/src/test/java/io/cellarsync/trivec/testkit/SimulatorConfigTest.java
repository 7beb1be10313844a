package io.cellarsync.trivec.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SimulatorConfigTest {

    @Test
    void toString_neverShowsTheKey() {
        SimulatorConfig config = SimulatorConfig.defaults().withAppId("0123456789abcdef0123456789abcdef");

        assertThat(config.toString()).contains("appId=***").contains("seed=42")
                .doesNotContain("0123456789abcdef0123456789abcdef");
    }

    /**
     * WireMock delays a response by an {@code int} of milliseconds: a longer slow delay was accepted, and every
     * request under {@link Fault#SLOW} then failed inside the simulator (ArithmeticException).
     */
    @Test
    void aSlowDelayBeyondAnIntOfMilliseconds_orNegative_isRefused() {
        assertThatThrownBy(() -> SimulatorConfig.defaults().withSlowDelay(Duration.ofDays(30)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("slowDelay")
                .hasMessageContaining("PT720H").hasMessageContaining("2147483647 ms");
        assertThatThrownBy(() -> SimulatorConfig.defaults().withSlowDelay(Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PT-0.001S");
        assertThat(SimulatorConfig.defaults().withSlowDelay(Duration.ofMillis(Integer.MAX_VALUE)).slowDelay())
                .isEqualTo(Duration.ofMillis(Integer.MAX_VALUE));
        assertThat(SimulatorConfig.defaults().withSlowDelay(Duration.ZERO).slowDelay()).isZero();
    }
}
