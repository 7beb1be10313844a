package io.cellarsync.examples.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cellarsync.examples.sync.state.Journal;
import io.cellarsync.trivec.testkit.GatewaySimulator;
import io.cellarsync.trivec.testkit.SimulatedProduct;
import io.cellarsync.trivec.testkit.SimulatorConfig;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Linking, unlinking and what they show (links, stock, history), end to end against the simulated gateway. */
class DecisionCommandsTest extends SimulatedNightFixture {

    // --- link / unlink ---------------------------------------------------------------------------------------

    @Test
    void theStockTable_showsMoneyToTheCent() throws IOException {
        importLibrary();
        importAllDays();
        ok("link", "--pos-product", product("CH MARGAUX 2015 BTL").key(), "--wine", "W1");

        JsonNode net = stockOf("W1").get("net");
        String table = ok("stock").asText();

        String w1 = table.lines().filter(l -> l.contains("W1")).findFirst().orElseThrow();
        assertThat(w1).contains("net " + net.decimalValue().setScale(2, RoundingMode.HALF_EVEN).toPlainString() + ",");
    }

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
        assertThat(ok("stock").asText()).as("the table shows money to the cent")
                .contains(", price " + margaux.price().setScale(2, java.math.RoundingMode.HALF_EVEN).toPlainString()
                        + ", 1 link(s)");
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
    void answeringNo_createsTheWineFromTheFieldsGiven_thenLinksAndBackfills() throws IOException {
        importLibrary();
        importAllDays();
        SimulatedProduct magnum = product("MAGNUM CHAMPAGNE BRUT NV");
        BigDecimal sold = queueRow(magnum.key()).get("quantity").decimalValue();

        JsonNode said = ok("link", "--pos-product", magnum.key(), "--new-wine", "W99", "--name",
                "Champagne Brut Réserve", "--producer", "Charles Heidsieck", "--colour", "white", "--volume-ml", "1500",
                "--stock", "6");

        assertThat(said.asText()).contains("to new wine W99 (Champagne Brut Réserve)");
        // Found in review: the new wine's initial stock was counted as one more movement back-filled.
        long backfilled = stream(ok("history", "--wine", "W99", "--json"))
                .filter(row -> row.get("cause").asText().equals("backfill")).count();
        assertThat(backfilled).isPositive();
        assertThat(said.asText()).contains("; " + backfilled + " recorded sale line(s) back-filled;");
        JsonNode stock = stockOf("W99");
        assertThat(stock.get("stock").decimalValue()).isEqualByComparingTo(new BigDecimal("6").subtract(sold));
        assertThat(stock.get("depleted").decimalValue()).isEqualByComparingTo(sold);
        assertThat(stock.get("links").asInt()).isEqualTo(1);
    }

    @Test
    void answeringNo_needsAName_andTheNewWinesFieldsNeedNewWine() throws IOException {
        importLibrary();
        importAllDays();
        String key = product("MAGNUM CHAMPAGNE BRUT NV").key();
        String journal = Files.readString(state.resolve(Journal.FILE_NAME));

        assertThat(fails("link", "--pos-product", key, "--new-wine", "W99")).isEqualTo(2);
        assertThat(runner.err()).contains("--new-wine W99 needs --name");
        assertThat(fails("link", "--pos-product", key, "--wine", "W1", "--name", "Other")).isEqualTo(2);
        assertThat(runner.err()).contains("give them with --new-wine");
        assertThat(fails("link", "--pos-product", key, "--new-wine", "W1", "--name", "Again")).isEqualTo(1);
        assertThat(runner.err()).contains("W1").contains("nothing was changed");
        assertThat(Files.readString(state.resolve(Journal.FILE_NAME))).isEqualTo(journal);
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
    void aNegativeRatio_isRejected_namingIt_andChangesNothing() throws IOException {
        importLibrary();
        importAllDays();
        String journal = Files.readString(state.resolve(Journal.FILE_NAME));

        assertThat(fails("link", "--pos-product", product("CH MARGAUX 2015 BTL").key(), "--wine", "W1",
                "--per-sale", "-0.5")).isEqualTo(1);

        assertThat(runner.err()).contains("-0.5").contains("nothing was changed");
        assertThat(Files.readString(state.resolve(Journal.FILE_NAME))).isEqualTo(journal);
    }

    @Test
    void linkingAnUnknownPosProduct_isRejected_namingIt_andChangesNothing() throws IOException {
        importLibrary();
        importAllDays();
        String journal = Files.readString(state.resolve(Journal.FILE_NAME));

        assertThat(fails("link", "--pos-product", "NO-SUCH-PRODUCT", "--wine", "W1")).isEqualTo(1);

        assertThat(runner.err()).startsWith("cellarsync: ").contains("NO-SUCH-PRODUCT");
        assertThat(Files.readString(state.resolve(Journal.FILE_NAME))).isEqualTo(journal);
    }

    @Test
    void unlinkingAReferenceThatIsNotLinked_isRejected_andChangesNothing() throws IOException {
        importLibrary();
        importAllDays();
        String margaux = product("CH MARGAUX 2015 BTL").key();
        String journal = Files.readString(state.resolve(Journal.FILE_NAME));

        assertThat(fails("unlink", "--pos-product", margaux)).isEqualTo(1);

        assertThat(runner.err()).startsWith("cellarsync: ").contains(margaux);
        assertThat(Files.readString(state.resolve(Journal.FILE_NAME))).isEqualTo(journal);
    }

    @Test
    void ignoringTwice_orUnignoringAReferenceNotIgnored_saysSo_andWritesNothing() throws IOException {
        // An operator's review: both said "Ignored" / "Unignored", exit 0, and added a record that changed nothing.
        importLibrary();
        importAllDays();
        String margaux = product("CH MARGAUX 2015 BTL").key();
        String journal = Files.readString(state.resolve(Journal.FILE_NAME));

        assertThat(ok("unignore", "--pos-product", margaux).asText()).contains("is not ignored; nothing changed");
        assertThat(Files.readString(state.resolve(Journal.FILE_NAME))).isEqualTo(journal);

        assertThat(ok("ignore", "--pos-product", margaux).asText()).startsWith("Ignored ");
        String ignored = Files.readString(state.resolve(Journal.FILE_NAME));
        assertThat(ignored).isNotEqualTo(journal);
        assertThat(ok("ignore", "--pos-product", margaux).asText()).contains("is ignored already; nothing changed");
        assertThat(Files.readString(state.resolve(Journal.FILE_NAME))).isEqualTo(ignored);
        assertThat(ok("unignore", "--pos-product", margaux).asText()).startsWith("Unignored ");
    }

    @Test
    void ignoringALinkedReference_isRejected_andChangesNothing() throws IOException {
        importLibrary();
        importAllDays();
        String margaux = product("CH MARGAUX 2015 BTL").key();
        ok("link", "--pos-product", margaux, "--wine", "W1");
        String journal = Files.readString(state.resolve(Journal.FILE_NAME));

        assertThat(fails("ignore", "--pos-product", margaux)).isEqualTo(1);

        assertThat(runner.err()).startsWith("cellarsync: ").contains(margaux);
        assertThat(Files.readString(state.resolve(Journal.FILE_NAME))).isEqualTo(journal);
        assertThat(stockOf("W1").get("links").asInt()).isEqualTo(1);
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
                "cellars", "depleted", "gross", "net", "salePrice", "vatRate", "links");
        assertThat(rows.get(0).get("cellars").get("main").decimalValue()).isEqualByComparingTo("100");
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
    void anUnknownWine_isRefusedByLinksAndHistory() throws IOException {
        importLibrary();
        assertThat(fails("links", "--wine", "W404", "--json")).isEqualTo(1);
        assertThat(runner.err()).contains("Unknown wine 'W404'");
        assertThat(fails("history", "--wine", "W404", "--json")).isEqualTo(1);
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
}
