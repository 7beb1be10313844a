package io.cellarsync.trivec.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
    void badOptions_areRefused_namingTheOptionAndWhatItAccepts() {
        assertThatThrownBy(() -> GatewaySimulatorMain.parse(new String[] {"--colour", "red"}))
                .hasMessageContaining("unknown option --colour").hasMessageContaining("--days, --tickets")
                .hasMessageNotContaining("red");
        assertThatThrownBy(() -> GatewaySimulatorMain.parse(new String[] {"--days", "many"}))
                .hasMessageContaining("--days").hasMessageContaining("a whole number of days, 1 or more")
                .hasMessageNotContaining("many");
        assertThatThrownBy(() -> GatewaySimulatorMain.parse(new String[] {"--centres", "7"}))
                .hasMessageContaining("--centres").hasMessageContaining("1, 2 or 3").hasMessageNotContaining("7");
        assertThatThrownBy(() -> GatewaySimulatorMain.parse(new String[] {"--from", "2026-02-30"}))
                .hasMessageContaining("--from").hasMessageContaining("YYYY-MM-DD")
                .hasMessageNotContaining("2026-02-30");
        assertThatThrownBy(() -> GatewaySimulatorMain.parse(new String[] {"--port"}))
                .hasMessageContaining("--port needs a value").hasMessageContaining("0 (any free port) to 65535");
    }

    /**
     * A usage error echoed the value given ({@code bad value 'KEY' for --port}): a partner's key typed in the wrong
     * place, or after a value, was printed back where logs and terminals keep it.
     */
    @ParameterizedTest
    @ValueSource(strings = {"--port KEY", "--seed KEY", "--from KEY", "--days KEY", "--tickets KEY", "--centres KEY",
        "--port 8089 KEY", "--port 8089 KEY --days 3", "KEY", "KEY --port 8089", "--app-id= KEY",
        "--port 8089 --app-id=KEY"})
    void aKeyInTheWrongPlace_isNeverRepeatedInAUsageError(String arguments) {
        String key = "partnersRealKey0123456789abcdef";
        String[] args = arguments.replace("KEY", key).split(" ");

        assertThatThrownBy(() -> GatewaySimulatorMain.parse(args)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining(key).hasMessageNotContaining("Key0123");
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

    /**
     * WireMock's admin API was open on the standalone simulator: anybody reaching the port could read every URL
     * requested, key included, replace the simulated answers or shut it down. It is closed: {@code /__admin} gets the
     * gateway's answers to a route it does not have, and the simulator serves on unchanged.
     */
    @Test
    void wireMocksAdminApi_isClosed_anAdminRequestGetsTheGatewaysAnswerToAnUnknownRoute() throws Exception {
        try (GatewaySimulator simulator = GatewaySimulator.start(GatewaySimulatorMain.parse(new String[] {
            "--port", "0", "--tickets", "2", "--app-id", "partnersRealKey0123456789abcdef"}))) {
            HttpClient http = HttpClient.newHttpClient();
            String admin = simulator.baseUri() + "/__admin/";
            simulator.newClient().users();

            HttpResponse<String> journal = http.send(HttpRequest.newBuilder(URI.create(admin + "requests")).build(),
                    HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> journalWithKey = http.send(HttpRequest.newBuilder(URI.create(admin + "requests?appid="
                    + simulator.appId())).build(), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> newStub = http.send(HttpRequest.newBuilder(URI.create(admin + "mappings"))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"request\":{\"urlPathPattern\":\".*\"},"
                            + "\"response\":{\"status\":200,\"body\":\"[]\"},\"priority\":1}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> shutdown = http.send(HttpRequest.newBuilder(URI.create(admin + "shutdown"))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(journal.statusCode()).isEqualTo(401);
            assertThat(journalWithKey.statusCode()).isEqualTo(404);
            assertThat(journalWithKey.body()).contains("No HTTP resource was found").doesNotContain("users.json");
            assertThat(newStub.statusCode()).isEqualTo(405);
            assertThat(shutdown.statusCode()).isEqualTo(405);
            assertThat(simulator.newClient().users()).isNotEmpty();
            assertThat(simulator.requestedUrls()).containsExactly("/users.json?appid=***", "/users.json?appid=***");
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
