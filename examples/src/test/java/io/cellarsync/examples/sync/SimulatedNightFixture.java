package io.cellarsync.examples.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.cellarsync.trivec.TicketQuery;
import io.cellarsync.trivec.testkit.GatewaySimulator;
import io.cellarsync.trivec.testkit.SimulatedProduct;
import io.cellarsync.trivec.testkit.SimulatorConfig;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** What the runner's end-to-end tests share: a simulated gateway, a fresh state directory, the runner. */
abstract class SimulatedNightFixture {

    static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    static GatewaySimulator gateway;

    @TempDir Path temp;
    Path state;
    final Runner runner = new Runner();

    @BeforeAll
    static void startGateway() {
        gateway = GatewaySimulator.start(SimulatorConfig.defaults());
        ImportCommand.clientSettings = builder -> builder.minInterval(Duration.ZERO); // no real sleeping
    }

    @AfterAll
    static void stopGateway() {
        ImportCommand.clientSettings = UnaryOperator.identity();
        gateway.close();
    }

    @BeforeEach
    void freshState() {
        state = temp.resolve("state");
        gateway.clearFaults();
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    JsonNode ok(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--state");
        all.add(state.toString());
        int code = runner.run(all.toArray(String[]::new));
        assertThat(code).as("exit code of %s; stderr: %s", all, runner.err()).isZero();
        String out = runner.out();
        try {
            return out.startsWith("{") || out.startsWith("[") ? JSON.readTree(out) : JSON.getNodeFactory().textNode(out);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + out, e);
        }
    }

    int fails(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--state");
        all.add(state.toString());
        return runner.run(all.toArray(String[]::new));
    }

    JsonNode importDays(LocalDate from, LocalDate to) {
        return ok("import", "--base-uri", gateway.baseUri().toString(), "--app-id", gateway.appId(),
                "--date", from.toString(), "--to", to.toString());
    }

    JsonNode importAllDays() {
        return importDays(gateway.days().get(0), gateway.days().get(gateway.days().size() - 1));
    }

    static String aCentreKey() {
        try {
            JsonNode day = JSON.readTree(gateway.dayJson(gateway.days().get(0), TicketQuery.billedOnly()));
            return day.get(0).get("CenterKey").asText();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static SimulatedProduct product(String name) {
        return gateway.products().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    void importLibrary() throws IOException {
        Path csv = temp.resolve("library.csv");
        Files.writeString(csv, String.join("\n",
                "id,name,producer,vintage,volume_ml,stock,colour",
                "W1,Château Margaux,Château Margaux,2015,750,100,red",
                "W2,Côtes du Rhône,Guigal,2020,750,30,red",
                "W3,Château Talbot,Château Talbot,2016,750,12,red",
                ""), StandardCharsets.UTF_8);
        ok("library", "import", "--csv", csv.toString());
    }

    JsonNode queueRow(String productKey) {
        return stream(ok("queue", "--json")).filter(r -> r.get("posProductKey").asText().equals(productKey))
                .findFirst().orElseThrow();
    }

    JsonNode stockOf(String wineId) {
        return stream(ok("stock", "--json")).filter(r -> r.get("wineId").asText().equals(wineId)).findFirst()
                .orElseThrow();
    }

    static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }

    static BigDecimal billedRevenue(List<LocalDate> days) {
        BigDecimal sum = BigDecimal.ZERO;
        for (LocalDate day : days) {
            // Internal tickets bring no revenue (semantics 4); open ones are not the day's (semantics 3).
            sum = sum.add(gateway.expectedTotals(day, new TicketQuery(false, false, false, true, List.of(), ""))
                    .grossTotal());
        }
        return sum;
    }

    static int billedTickets(List<LocalDate> days) {
        int sum = 0;
        for (LocalDate day : days) {
            sum += gateway.expectedTotals(day, new TicketQuery(false, true, false, true, List.of(), "")).tickets();
        }
        return sum;
    }
}
