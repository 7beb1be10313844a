package io.cellarsync.examples.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.cellarsync.examples.sync.state.Journal;
import io.cellarsync.trivec.TicketQuery;
import io.cellarsync.trivec.testkit.GatewaySimulator;
import io.cellarsync.trivec.testkit.SimulatedProduct;
import io.cellarsync.trivec.testkit.SimulatorConfig;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runner's nightly job end to end, against the testkit's simulated gateway. */
class NightlyJobTest {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    private static GatewaySimulator gateway;

    @TempDir Path temp;
    private Path state;
    private final Runner runner = new Runner();

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

    private JsonNode ok(String... args) {
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

    private int fails(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--state");
        all.add(state.toString());
        return runner.run(all.toArray(String[]::new));
    }

    private JsonNode importDays(LocalDate from, LocalDate to) {
        return ok("import", "--base-uri", gateway.baseUri().toString(), "--app-id", gateway.appId(),
                "--date", from.toString(), "--to", to.toString());
    }

    private JsonNode importAllDays() {
        return importDays(gateway.days().get(0), gateway.days().get(gateway.days().size() - 1));
    }

    private static String aCentreKey() {
        try {
            JsonNode day = JSON.readTree(gateway.dayJson(gateway.days().get(0), TicketQuery.billedOnly()));
            return day.get(0).get("CenterKey").asText();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static SimulatedProduct product(String name) {
        return gateway.products().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    private void importLibrary() throws IOException {
        Path csv = temp.resolve("library.csv");
        Files.writeString(csv, String.join("\n",
                "id,name,producer,vintage,volume_ml,stock,colour",
                "W1,Château Margaux,Château Margaux,2015,750,100,red",
                "W2,Côtes du Rhône,Guigal,2020,750,30,red",
                "W3,Château Talbot,Château Talbot,2016,750,12,red",
                ""), StandardCharsets.UTF_8);
        ok("library", "import", "--csv", csv.toString());
    }

    private JsonNode queueRow(String productKey) {
        return stream(ok("queue", "--json")).filter(r -> r.get("posProductKey").asText().equals(productKey))
                .findFirst().orElseThrow();
    }

    private JsonNode stockOf(String wineId) {
        return stream(ok("stock", "--json")).filter(r -> r.get("wineId").asText().equals(wineId)).findFirst()
                .orElseThrow();
    }

    private static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }

    private static BigDecimal billedRevenue(List<LocalDate> days) {
        BigDecimal sum = BigDecimal.ZERO;
        for (LocalDate day : days) {
            // Internal tickets bring no revenue (semantics 4); open ones are not the day's (semantics 3).
            sum = sum.add(gateway.expectedTotals(day, new TicketQuery(false, false, false, true, List.of(), ""))
                    .grossTotal());
        }
        return sum;
    }

    private static int billedTickets(List<LocalDate> days) {
        int sum = 0;
        for (LocalDate day : days) {
            sum += gateway.expectedTotals(day, new TicketQuery(false, true, false, true, List.of(), "")).tickets();
        }
        return sum;
    }

    // --- import ----------------------------------------------------------------------------------------------

    @Test
    void import_printsTheDaysTicketsAndTheGatewaysExactBilledRevenue() {
        JsonNode summary = importAllDays();

        assertThat(summary.get("days").asInt()).isEqualTo(gateway.days().size());
        assertThat(summary.get("tickets").asInt()).isEqualTo(billedTickets(gateway.days()));
        assertThat(summary.get("linesApplied").asInt()).isZero();
        assertThat(summary.get("unlinkedLines").asInt()).isPositive();
        assertThat(summary.get("gross").decimalValue()).isEqualByComparingTo(billedRevenue(gateway.days()));
        assertThat(summary.fieldNames()).toIterable()
                .containsExactly("days", "tickets", "linesApplied", "unlinkedLines", "gross");
    }

    @Test
    void importingTheSameDaysAgain_changesNothing() {
        importAllDays();
        JsonNode queue = ok("queue", "--json");

        JsonNode again = importDays(gateway.days().get(1), gateway.days().get(1));

        assertThat(again.get("tickets").asInt()).isEqualTo(billedTickets(List.of(gateway.days().get(1))));
        assertThat(again.get("linesApplied").asInt()).isZero();
        assertThat(again.get("unlinkedLines").asInt()).isZero();
        assertThat(again.get("gross").decimalValue()).isZero();
        assertThat(ok("queue", "--json")).isEqualTo(queue);
    }

    @Test
    void aFailedImport_leavesTheStateAsBefore_andNeverShowsTheKey() throws IOException {
        importDays(gateway.days().get(0), gateway.days().get(0));
        String journal = Files.readString(state.resolve(Journal.FILE_NAME));

        int code = fails("import", "--base-uri", gateway.baseUri().toString(), "--app-id", "0123456789abcdef0123456789abcdef",
                "--date", gateway.days().get(1).toString());

        assertThat(code).isEqualTo(1);
        assertThat(runner.err()).startsWith("cellarsync: ").doesNotContain("0123456789abcdef0123456789abcdef");
        assertThat(Files.readString(state.resolve(Journal.FILE_NAME))).isEqualTo(journal);
    }

    @Test
    void importRestrictedToACentre_countsOnlyThatCentresTickets() {
        String centre = aCentreKey();
        JsonNode all = importDays(gateway.days().get(0), gateway.days().get(0));
        state = temp.resolve("other-state");

        JsonNode one = ok("import", "--base-uri", gateway.baseUri().toString(), "--app-id", gateway.appId(),
                "--date", gateway.days().get(0).toString(), "--center", centre);

        assertThat(one.get("tickets").asInt()).isPositive().isLessThan(all.get("tickets").asInt());
    }

    @Test
    void aBackwardsRange_isAUsageError() {
        assertThat(fails("import", "--base-uri", gateway.baseUri().toString(), "--app-id", gateway.appId(),
                "--date", "2026-12-02", "--to", "2026-12-01")).isEqualTo(2);
        assertThat(runner.err()).contains("--to 2026-12-01 must be on or after --date 2026-12-02");
    }

    // --- queue -----------------------------------------------------------------------------------------------

    @Test
    void queue_listsSoldReferencesFirst_byRevenue_withTheFieldsOfTheIssue() {
        importDays(gateway.days().get(0), gateway.days().get(0));

        List<JsonNode> rows = stream(ok("queue", "--json")).toList();

        assertThat(rows).isNotEmpty();
        assertThat(rows.get(0).fieldNames()).toIterable()
                .containsExactly("site", "posProductKey", "posName", "sold", "quantity", "revenue");
        assertThat(rows.get(0).get("site").asText()).isEqualTo("localhost:" + gateway.baseUri().getPort());
        for (int i = 1; i < rows.size(); i++) {
            JsonNode before = rows.get(i - 1);
            JsonNode row = rows.get(i);
            assertThat(before.get("sold").asBoolean() || !row.get("sold").asBoolean()).as("sold first").isTrue();
            if (before.get("sold").asBoolean() == row.get("sold").asBoolean()) {
                assertThat(before.get("revenue").decimalValue()).isGreaterThanOrEqualTo(row.get("revenue").decimalValue());
            }
        }
    }

    @Test
    void ignore_takesAReferenceOffTheQueue_andUnignorePutsItBack() {
        importAllDays();
        String coffee = product("CAFE").key();

        ok("ignore", "--pos-product", coffee);
        assertThat(stream(ok("queue", "--json")).map(r -> r.get("posProductKey").asText())).doesNotContain(coffee);

        ok("unignore", "--pos-product", coffee);
        assertThat(stream(ok("queue", "--json")).map(r -> r.get("posProductKey").asText())).contains(coffee);
    }

    // --- link / unlink ---------------------------------------------------------------------------------------

    @Test
    void linking_backfillsTheSalesAlreadyRecorded_andDepletesTheWine() throws IOException {
        importLibrary();
        importAllDays();
        SimulatedProduct margaux = product("CH MARGAUX 2015 BTL");
        JsonNode sold = queueRow(margaux.key());

        ok("link", "--pos-product", margaux.key(), "--wine", "W1");

        JsonNode stock = stockOf("W1");
        BigDecimal quantity = sold.get("quantity").decimalValue();
        assertThat(stock.get("stock").decimalValue()).isEqualByComparingTo(new BigDecimal("100").subtract(quantity));
        assertThat(stock.get("depleted").decimalValue()).isEqualByComparingTo(quantity);
        assertThat(stock.get("gross").decimalValue()).isEqualByComparingTo(sold.get("revenue").decimalValue());
        assertThat(stock.get("salePrice").decimalValue()).isEqualByComparingTo(margaux.price());
        assertThat(stock.get("vatRate").decimalValue()).isEqualByComparingTo(margaux.vatRate());
        assertThat(stock.get("links").asInt()).isEqualTo(1);
        assertThat(stream(ok("queue", "--json")).map(r -> r.get("posProductKey").asText())).doesNotContain(margaux.key());
    }

    @Test
    void aLinkedReference_depletesOnEveryLaterImport() throws IOException {
        String margaux = product("CH MARGAUX 2015 BTL").key();
        importAllDays();
        BigDecimal soldOverAllDays = queueRow(margaux).get("quantity").decimalValue();
        state = temp.resolve("nightly");
        importLibrary();
        importDays(gateway.days().get(0), gateway.days().get(0));
        ok("link", "--pos-product", margaux, "--wine", "W1");

        JsonNode later = importDays(gateway.days().get(1), gateway.days().get(2));

        assertThat(later.get("linesApplied").asInt()).isPositive();
        assertThat(stockOf("W1").get("depleted").decimalValue()).isEqualByComparingTo(soldOverAllDays);
    }

    @Test
    void aGlassLink_depletesASixthOfABottlePerGlass() throws IOException {
        importLibrary();
        importAllDays();
        SimulatedProduct glass = product("VERRE COTES DU RHONE RGE");
        BigDecimal glasses = queueRow(glass.key()).get("quantity").decimalValue();

        ok("link", "--pos-product", glass.key(), "--wine", "W2", "--per-sale", "1/6");

        BigDecimal depleted = stockOf("W2").get("depleted").decimalValue();
        assertThat(depleted.subtract(glasses.divide(new BigDecimal(6), MathContext.DECIMAL128)).abs())
                .isLessThan(new BigDecimal("0.000001"));
        assertThat(stockOf("W2").get("salePrice").isNull()).as("a glass is not the bottle price").isTrue();
    }

    @Test
    void answeringAlmost_setsTheVintageOnTheWine() throws IOException {
        importLibrary();
        importAllDays();

        ok("link", "--pos-product", product("CH MARGAUX 2015 BTL").key(), "--wine", "W1", "--vintage", "2016");

        assertThat(stockOf("W1").get("vintage").asInt()).isEqualTo(2016);
        assertThat(stockOf("W1").get("links").asInt()).isEqualTo(1);
    }

    @Test
    void linkingFromADate_backfillsOnlyTheSalesOfThatDayAndLater() throws IOException {
        String margaux = product("CH MARGAUX 2015 BTL").key();
        importDays(gateway.days().get(0), gateway.days().get(0));
        BigDecimal firstDay = queueRow(margaux).get("quantity").decimalValue();
        assertThat(firstDay).as("the first day has sales to leave out").isPositive();
        state = temp.resolve("from");
        importLibrary();
        importAllDays();
        BigDecimal allDays = queueRow(margaux).get("quantity").decimalValue();

        ok("link", "--pos-product", margaux, "--wine", "W1", "--from", gateway.days().get(1).toString());

        assertThat(stockOf("W1").get("depleted").decimalValue()).isEqualByComparingTo(allDays.subtract(firstDay));
    }

    @Test
    void unlinking_givesTheStockBack_andTheSalesLeaveTheWine() throws IOException {
        importLibrary();
        importAllDays();
        String margaux = product("CH MARGAUX 2015 BTL").key();
        ok("link", "--pos-product", margaux, "--wine", "W1");

        ok("unlink", "--pos-product", margaux);

        JsonNode stock = stockOf("W1");
        assertThat(stock.get("stock").decimalValue()).isEqualByComparingTo("100");
        assertThat(stock.get("gross").decimalValue()).isEqualByComparingTo("0");
        assertThat(stock.get("links").asInt()).isZero();
        assertThat(stream(ok("queue", "--json")).map(r -> r.get("posProductKey").asText())).contains(margaux);
    }

    @Test
    void unlinkingWithKeepPastSales_keepsThemOnTheWine() throws IOException {
        importLibrary();
        importAllDays();
        String margaux = product("CH MARGAUX 2015 BTL").key();
        ok("link", "--pos-product", margaux, "--wine", "W1");
        BigDecimal linkedStock = stockOf("W1").get("stock").decimalValue();

        ok("unlink", "--pos-product", margaux, "--keep-past-sales");

        assertThat(stockOf("W1").get("stock").decimalValue()).isEqualByComparingTo(linkedStock);
    }

    @Test
    void linkingToAnUnknownWine_isRejected_namingIt_andChangesNothing() throws IOException {
        importLibrary();
        importAllDays();
        String journal = Files.readString(state.resolve(Journal.FILE_NAME));

        assertThat(fails("link", "--pos-product", product("CH MARGAUX 2015 BTL").key(), "--wine", "W404")).isEqualTo(1);

        assertThat(runner.err()).contains("W404").contains("nothing was changed");
        assertThat(Files.readString(state.resolve(Journal.FILE_NAME))).isEqualTo(journal);
    }

    @Test
    void aRatioOfZero_isRejected_namingIt() throws IOException {
        importLibrary();
        importAllDays();

        assertThat(fails("link", "--pos-product", product("CH MARGAUX 2015 BTL").key(), "--wine", "W1",
                "--per-sale", "0")).isEqualTo(1);
        assertThat(runner.err()).contains("Bottles per unit sold 0").contains("nothing was changed");
        assertThat(stockOf("W1").get("links").asInt()).isZero();
    }

    @Test
    void aRatioThatIsNotANumber_isAUsageError() {
        assertThat(fails("link", "--pos-product", "P", "--wine", "W1", "--per-sale", "half")).isEqualTo(2);
        assertThat(runner.err()).contains("half");
    }

    // --- sites -----------------------------------------------------------------------------------------------

    @Test
    void theSite_mayBeGivenAsTheStateShowsIt_orAsTheBaseUri() throws IOException {
        importLibrary();
        importAllDays();
        String margaux = product("CH MARGAUX 2015 BTL").key();

        ok("link", "--site", "localhost:" + gateway.baseUri().getPort(), "--pos-product", margaux, "--wine", "W1");
        ok("unlink", "--site", gateway.baseUri().toString(), "--pos-product", margaux);

        assertThat(stockOf("W1").get("links").asInt()).isZero();
    }

    @Test
    void anUnknownSite_isRefused_listingTheKnownOnes() throws IOException {
        importLibrary();
        importAllDays();

        assertThat(fails("ignore", "--site", "ABCDEFGHIJKL123", "--pos-product", "P")).isEqualTo(1);
        assertThat(runner.err()).contains("Unknown site 'ABCDEFGHIJKL123'")
                .contains("localhost:" + gateway.baseUri().getPort());
    }

    @Test
    void withTwoSites_theSiteMustBeGiven() throws IOException {
        importAllDays();
        try (GatewaySimulator second = GatewaySimulator.start(SimulatorConfig.defaults().withSeed(7))) {
            ok("import", "--base-uri", second.baseUri().toString(), "--app-id", second.appId(),
                    "--date", second.days().get(0).toString());
        }

        assertThat(fails("ignore", "--pos-product", "P")).isEqualTo(1);
        assertThat(runner.err()).contains("several sites").contains("--site");
    }

    @Test
    void aStateWithoutSites_saysToImportFirst() {
        assertThat(fails("ignore", "--pos-product", "P")).isEqualTo(1);
        assertThat(runner.err()).contains("run cellarsync import first");
    }

    // --- links, stock, history -------------------------------------------------------------------------------

    @Test
    void links_listsEachReferenceOfAWine_withItsPosName() throws IOException {
        importLibrary();
        importAllDays();
        SimulatedProduct bottle = product("CH MARGAUX 2015 BTL");
        ok("link", "--pos-product", bottle.key(), "--wine", "W1");
        ok("link", "--pos-product", product("VERRE BORDEAUX SUP 2018").key(), "--wine", "W1", "--per-sale", "1/6");

        List<JsonNode> links = stream(ok("links", "--wine", "W1", "--json")).toList();

        assertThat(links).hasSize(2);
        assertThat(links.get(0).fieldNames()).toIterable()
                .containsExactly("site", "posProductKey", "posName", "perSale", "price", "vatRate");
        assertThat(links).extracting(l -> l.get("posName").asText())
                .containsExactlyInAnyOrder("CH MARGAUX 2015 BTL", "VERRE BORDEAUX SUP 2018");
        JsonNode bottleLink = links.stream().filter(l -> l.get("posProductKey").asText().equals(bottle.key()))
                .findFirst().orElseThrow();
        assertThat(bottleLink.get("perSale").decimalValue()).isEqualByComparingTo("1");
        assertThat(bottleLink.get("price").decimalValue()).isEqualByComparingTo(bottle.price());
    }

    @Test
    void stock_listsEveryWine_withTheFieldsOfTheIssue() throws IOException {
        importLibrary();

        List<JsonNode> rows = stream(ok("stock", "--json")).toList();

        assertThat(rows).extracting(r -> r.get("wineId").asText()).containsExactlyInAnyOrder("W1", "W2", "W3");
        assertThat(rows.get(0).fieldNames()).toIterable().containsExactly("wineId", "name", "vintage", "stock",
                "depleted", "gross", "net", "salePrice", "vatRate", "links");
    }

    @Test
    void history_namesTheCauseOfEveryMovement() throws IOException {
        importLibrary();
        importAllDays();
        String margaux = product("CH MARGAUX 2015 BTL").key();
        ok("link", "--pos-product", margaux, "--wine", "W1");
        ok("unlink", "--pos-product", margaux);

        List<JsonNode> rows = stream(ok("history", "--wine", "W1", "--json")).toList();

        assertThat(rows).extracting(r -> r.get("cause").asText()).contains("initial", "backfill", "unlink");
        JsonNode backfill = rows.stream().filter(r -> r.get("cause").asText().equals("backfill")).findFirst()
                .orElseThrow();
        assertThat(backfill.get("saleLine").asText()).startsWith("localhost:" + gateway.baseUri().getPort() + "/");
        assertThat(backfill.get("posProductKey").asText()).isEqualTo(margaux);
        assertThat(backfill.get("link").asLong()).isPositive();
        BigDecimal total = rows.stream().map(r -> r.get("bottles").decimalValue()).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(total).isEqualByComparingTo(stockOf("W1").get("stock").decimalValue());
    }

    @Test
    void anUnknownWine_isRefusedByLinksAndHistory() {
        assertThat(fails("links", "--wine", "W404", "--json")).isEqualTo(1);
        assertThat(runner.err()).contains("Unknown wine 'W404'");
        assertThat(fails("history", "--wine", "W404", "--json")).isEqualTo(1);
    }

    // --- library import and reset report ---------------------------------------------------------------------

    @Test
    void aBadLibraryRow_isReportedWithItsLine_andNothingIsImported() throws IOException {
        Path csv = temp.resolve("bad.csv");
        Files.writeString(csv, "id,name,vintage\nW1,Margaux,2015\nW2,Talbot,vingt\n");

        assertThat(fails("library", "import", "--csv", csv.toString())).isEqualTo(1);

        assertThat(runner.err()).contains("line 3").contains("vingt");
        assertThat(ok("stock", "--json")).isEmpty();
    }

    @Test
    void importingTheSameLibraryAgain_changesNothing() throws IOException {
        importLibrary();
        int records = Journal.read(state).size();

        importLibrary();

        assertThat(runner.out()).contains("Imported 0 wine(s)").contains("3 already in the state");
        assertThat(Journal.read(state)).hasSize(records);
    }

    @Test
    void resetReport_writesOneRowPerWine_withStableProductNumbers() throws IOException {
        importLibrary();
        Path report = temp.resolve("reset.csv");

        ok("reset-report", "--out", report.toString());
        List<String> first = Files.readAllLines(report, StandardCharsets.UTF_8);
        ok("reset-report", "--out", report.toString());

        assertThat(first.get(0)).isEqualTo("ProductNr;Name;ShortName;GroupName;Price;VatRate");
        assertThat(first).hasSize(4);
        assertThat(Files.readAllLines(report, StandardCharsets.UTF_8)).isEqualTo(first);
    }

    // --- text output -----------------------------------------------------------------------------------------

    @Test
    void withoutJson_theCommandsPrintReadableTables() throws IOException {
        importLibrary();
        importAllDays();
        String margaux = product("CH MARGAUX 2015 BTL").key();
        ok("link", "--pos-product", margaux, "--wine", "W1");
        assertThat(runner.out()).startsWith("Linked ").contains("CH MARGAUX 2015 BTL").contains("Château Margaux 2015");

        ok("queue");
        assertThat(runner.out()).containsPattern("^\\d+ drink\\(s\\) to synchronise:").contains("[sold]")
                .contains("VERRE COTES DU RHONE RGE").doesNotContain("CH MARGAUX 2015 BTL");
        ok("stock");
        assertThat(runner.out()).startsWith("3 wine(s):").contains("Château Margaux 2015").contains("1 link(s)");
        ok("links", "--wine", "W1");
        assertThat(runner.out()).startsWith("Wine W1 is linked to 1 POS reference(s):").contains("CH MARGAUX 2015 BTL");
        ok("history", "--wine", "W1");
        assertThat(runner.out()).contains("stock movement(s) of wine W1:").contains("initial").contains("backfill");
    }

    @Test
    void aWritingCommand_isRefusedWhileAnotherHoldsTheState() {
        try (CellarState busy = CellarState.openForWriting(state, java.time.Clock.systemUTC())) {
            assertThat(fails("ignore", "--pos-product", "P")).isEqualTo(1);
            assertThat(runner.err()).contains("in use by another cellarsync command");
        }
    }
}
