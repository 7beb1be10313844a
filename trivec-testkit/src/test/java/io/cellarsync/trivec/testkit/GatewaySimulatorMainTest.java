package io.cellarsync.trivec.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The standalone simulator's options and what it prints. */
class GatewaySimulatorMainTest {

    @Test
    void options_configureTheSimulator() {
        SimulatorConfig config = GatewaySimulatorMain.parse(new String[] {"--port", "0", "--seed", "7", "--from",
            "2026-01-10", "--days", "2", "--tickets", "5", "--centres", "1", "--app-id", "abc"});

        assertThat(config).isEqualTo(new SimulatorConfig(7, LocalDate.of(2026, 1, 10), 2, 5, 1, "SIMULATED", "abc",
                0, SimulatorConfig.defaults().slowDelay()));
    }

    @Test
    void badOptions_areRefused_namingThem() {
        assertThatThrownBy(() -> GatewaySimulatorMain.parse(new String[] {"--colour", "red"}))
                .hasMessageContaining("--colour");
        assertThatThrownBy(() -> GatewaySimulatorMain.parse(new String[] {"--days", "many"}))
                .hasMessageContaining("'many'");
        assertThatThrownBy(() -> GatewaySimulatorMain.parse(new String[] {"--port"}))
                .hasMessageContaining("--port");
    }

    /** A partner without Java at hand starts with {@code --help}: it was refused as an option without a value. */
    @Test
    void help_printsTheOptionsWithTheirDefaults_andTheRoutes() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

        assertThat(GatewaySimulatorMain.help(new String[] {"--help"}, out)).isTrue();
        assertThat(GatewaySimulatorMain.help(new String[] {"--seed", "7", "-h"}, out)).isTrue();
        assertThat(GatewaySimulatorMain.help(new String[] {"--seed", "7"}, out)).isFalse();
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("--port N", "default 8089", "--seed N",
                "default 42", "--from YYYY-MM-DD", "default 2026-11-30", "--centres 1..3", "--app-id KEY",
                SimulatorConfig.DEFAULT_APP_ID, "/ticket/day.json/yyyyMMdd", "/catalog/productlist.json",
                "/centers.json", "/account/info.json/");
    }

    @Test
    void itPrintsWhereItListens() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (GatewaySimulator simulator = GatewaySimulator.start(SimulatorConfig.defaults().withTicketsPerDay(2))) {
            GatewaySimulatorMain.describe(simulator, new PrintStream(printed, true, StandardCharsets.UTF_8));

            assertThat(printed.toString(StandardCharsets.UTF_8)).contains(simulator.baseUri().toString(),
                    "/ticket/day.json/20261130");
        }
    }

    @Test
    void aKeyGivenWithAppId_isNeverPrinted_theDefaultTestKeyIs() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (GatewaySimulator simulator = GatewaySimulator.start(GatewaySimulatorMain.parse(new String[] {
            "--port", "0", "--tickets", "2", "--app-id", "partnersRealKey0123456789abcdef"}));
                GatewaySimulator defaults = GatewaySimulator.start(SimulatorConfig.defaults().withTicketsPerDay(2))) {
            PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
            GatewaySimulatorMain.describe(simulator, out);

            assertThat(printed.toString(StandardCharsets.UTF_8)).contains("app id ***")
                    .doesNotContain("partnersRealKey0123456789abcdef");
            printed.reset();
            GatewaySimulatorMain.describe(defaults, out);
            assertThat(printed.toString(StandardCharsets.UTF_8)).contains(SimulatorConfig.DEFAULT_APP_ID);
        }
    }
}
