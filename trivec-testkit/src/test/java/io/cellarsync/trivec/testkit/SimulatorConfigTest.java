package io.cellarsync.trivec.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SimulatorConfigTest {

    @Test
    void toString_neverShowsTheKey() {
        SimulatorConfig config = SimulatorConfig.defaults().withAppId("0123456789abcdef0123456789abcdef");

        assertThat(config.toString()).contains("appId=***").contains("seed=42")
                .doesNotContain("0123456789abcdef0123456789abcdef");
    }
}
