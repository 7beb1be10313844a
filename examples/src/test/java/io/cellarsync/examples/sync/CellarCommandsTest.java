package io.cellarsync.examples.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cellarsync.examples.sync.state.Journal;
import io.cellarsync.sync.AdjustStock;
import io.cellarsync.sync.SyncCommand;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Stock moved by hand and points of sale sent to their own cellar, end to end against the simulated gateway. */
class CellarCommandsTest extends SimulatedNightFixture {

    @Test
    void adjust_movesTheStock_andTheReasonIsInTheHistory() throws IOException {
        importLibrary();
        BigDecimal before = stockOf("W1").get("stock").decimalValue();

        JsonNode said = ok("adjust", "--wine", "W1", "--bottles", "-2", "--reason", "two broken in the cellar");

        assertThat(said.asText()).contains("W1").contains("-2").contains("two broken in the cellar");
        assertThat(stockOf("W1").get("stock").decimalValue()).isEqualByComparingTo(before.subtract(new BigDecimal("2")));
        List<JsonNode> history = stream(ok("history", "--wine", "W1", "--json")).toList();
        assertThat(history).anySatisfy(row -> {
            assertThat(row.get("reason").asText()).isEqualTo("two broken in the cellar");
            assertThat(row.get("bottles").decimalValue()).isEqualByComparingTo("-2");
        });
    }

    @Test
    void adjust_ofAnUnknownWineOrOfNoBottles_isRejected_namingTheValue_andChangesNothing() throws IOException {
        importLibrary();
        String journal = Files.readString(state.resolve(Journal.FILE_NAME));

        assertThat(fails("adjust", "--wine", "W404", "--bottles", "3", "--reason", "delivery")).isEqualTo(1);
        assertThat(runner.err()).contains("W404").contains("nothing was changed");
        assertThat(fails("adjust", "--wine", "W1", "--bottles", "0", "--reason", "count")).isEqualTo(1);
        assertThat(runner.err()).contains("got 0");
        assertThat(fails("adjust", "--wine", "W1", "--bottles", "three", "--reason", "count")).isEqualTo(2);
        assertThat(Files.readString(state.resolve(Journal.FILE_NAME))).isEqualTo(journal);
    }

    @Test
    void adjust_ofAHugeNumberOfBottles_isRefusedNamingTheBound_andWritesNothing() throws IOException {
        // Found in review: "adjust --bottles 1e2000" was accepted (exit 0) and written as 2001 digits, which the
        // journal's reader then refused (more than 1000 digits), so every later command, stock included, failed.
        // The engine now refuses more than LibraryWine.MAX_BOTTLES either way.
        importLibrary();
        String journal = Files.readString(state.resolve(Journal.FILE_NAME));

        assertThat(fails("adjust", "--wine", "W1", "--bottles", "1e2000", "--reason", "typo")).isEqualTo(1);

        assertThat(runner.err()).contains("1E+2000", "1000000", "nothing was changed");
        assertThat(Files.readString(state.resolve(Journal.FILE_NAME))).isEqualTo(journal);
    }

    @Test
    void adjust_ofATinyNumberWithAHugeScale_isRefusedNamingTheBound_andWritesNothing() throws IOException {
        // Found in review: "adjust --bottles 1e-100000000" was accepted (under a million), written to the journal as
        // 100,000,000 plain digits, and every later stock query took minutes. The engine now refuses more than
        // SyncEngine.MAX_DECIMAL_PLACES decimal places.
        importLibrary();
        String journal = Files.readString(state.resolve(Journal.FILE_NAME));

        assertThat(fails("adjust", "--wine", "W1", "--bottles", "1e-100000000", "--reason", "typo")).isEqualTo(1);

        assertThat(runner.err()).contains("1E-100000000", "at most 28", "nothing was changed");
        assertThat(runner.err().length()).isLessThan(1000);
        assertThat(Files.readString(state.resolve(Journal.FILE_NAME))).isEqualTo(journal);
    }

    @Test
    void adjust_inACellarTheStateDoesNotKnow_isRefused_namingItAndTheKnownCellars_andWritesNothing()
            throws IOException {
        // Found in review: "--cellar barr" started a new cellar holding the delivery meant for the bar.
        importLibrary();
        deliverSixToTheBar();
        byte[] journal = Files.readAllBytes(state.resolve(Journal.FILE_NAME));

        assertThat(fails("adjust", "--wine", "W1", "--bottles", "6", "--reason", "delivery", "--cellar", "barr"))
                .isEqualTo(1);

        assertThat(runner.err()).isEqualTo(String.format("cellarsync: --cellar 'barr': the state knows no such cellar"
                + " (no stock is in it, no centre was mapped to it, and it is not the main cellar); its cellars are"
                + " bar, main; give --new-cellar to move the wine's stock in a new cellar; nothing was changed%n"));
        assertThat(Files.readAllBytes(state.resolve(Journal.FILE_NAME))).isEqualTo(journal);
        assertThat(stockOf("W1").get("cellars").has("barr")).isFalse();
    }

    @Test
    void aCellarThatIsAKnownOneButForCaseOrSpaces_isRefusedQuoted_namingTheKnownOne_andWritesNothing()
            throws IOException {
        // Review 2026-12-05: "--cellar 'bar '" (a script's trailing space) was refused as "--cellar bar : the state
        // knows no such cellar ...; its cellars are bar, main; give --new-cellar ...": the space unseen, the cellar it
        // seemed to name listed as known, and the advice started a second cellar that the stock table shows as bar.
        importLibrary();
        importDays(gateway.days().get(0), gateway.days().get(0));
        deliverSixToTheBar();
        byte[] journal = Files.readAllBytes(state.resolve(Journal.FILE_NAME));

        assertThat(fails("adjust", "--wine", "W1", "--bottles", "6", "--reason", "delivery", "--cellar", "bar "))
                .isEqualTo(1);
        assertThat(runner.err()).startsWith("cellarsync: --cellar 'bar ': the state knows no such cellar")
                .contains("its cellars are bar, main; did you mean 'bar'? give --new-cellar to");
        assertThat(fails("map-centre", "--centre", aCentreKey(), "--cellar", "Bar")).isEqualTo(1);
        assertThat(runner.err()).startsWith("cellarsync: --cellar 'Bar': the state knows no such cellar")
                .contains("did you mean 'bar'?");
        assertThat(fails("map-centre", "--centre", aCentreKey(), "--cellar", "terrace")).isEqualTo(1);
        assertThat(runner.err()).contains("--cellar 'terrace':").doesNotContain("did you mean");
        assertThat(Files.readAllBytes(state.resolve(Journal.FILE_NAME))).isEqualTo(journal);
    }

    @Test
    void adjust_ofAnUnknownWineInAnUnknownCellar_namesTheWineFirst_andWritesNothing() throws IOException {
        // Review 2026-12-05: the cellar was refused first, so an operator who mistyped both learnt of the wine only at
        // the second try, after fixing a cellar that may have been right.
        importLibrary();
        byte[] journal = Files.readAllBytes(state.resolve(Journal.FILE_NAME));

        assertThat(fails("adjust", "--wine", "W404", "--bottles", "6", "--reason", "delivery", "--cellar", "barr"))
                .isEqualTo(1);

        assertThat(runner.err()).contains("W404").doesNotContain("barr");
        assertThat(Files.readAllBytes(state.resolve(Journal.FILE_NAME))).isEqualTo(journal);
    }

    @Test
    void adjust_withNewCellarButNoCellar_isAUsageError_andWritesNothing() throws IOException {
        // Review 2026-12-05: --new-cellar alone was accepted and did nothing, so an operator who forgot --cellar moved
        // the delivery in the main cellar, believing it went in a new one.
        importLibrary();
        byte[] journal = Files.readAllBytes(state.resolve(Journal.FILE_NAME));

        assertThat(fails("adjust", "--wine", "W1", "--bottles", "6", "--reason", "delivery", "--new-cellar"))
                .isEqualTo(2);

        assertThat(runner.err()).contains("--new-cellar needs --cellar NAME");
        assertThat(Files.readAllBytes(state.resolve(Journal.FILE_NAME))).isEqualTo(journal);
    }

    @Test
    void adjust_withNewCellar_deliversIntoANewCellar_whichIsKnownFromThenOn() throws IOException {
        importLibrary();

        assertThat(ok("adjust", "--wine", "W1", "--bottles", "6", "--reason", "first delivery", "--cellar", "bar",
                "--new-cellar").asText()).contains("in cellar bar");
        assertThat(ok("adjust", "--wine", "W2", "--bottles", "-1", "--reason", "broken", "--cellar", "bar").asText())
                .contains("in cellar bar");

        assertThat(stockOf("W1").get("cellars").get("bar").decimalValue()).isEqualByComparingTo("6");
        assertThat(stockOf("W2").get("cellars").get("bar").decimalValue()).isEqualByComparingTo("-1");
    }

    @Test
    void adjust_inMain_orInACellarACentreWasMappedTo_needsNoNewCellar() throws IOException {
        importLibrary();
        importDays(gateway.days().get(0), gateway.days().get(0));
        ok("map-centre", "--centre", "TERRACE", "--cellar", "terrace", "--new-centre", "--new-cellar");

        assertThat(ok("adjust", "--wine", "W1", "--bottles", "12", "--reason", "delivery", "--cellar", "terrace")
                .asText()).contains("in cellar terrace");
        assertThat(ok("adjust", "--wine", "W1", "--bottles", "1", "--reason", "count", "--cellar", "main").asText())
                .contains("in cellar main");
        assertThat(stockOf("W1").get("cellars").get("terrace").decimalValue()).isEqualByComparingTo("12");
    }

    @Test
    void adjust_inABlankCellar_isRefusedByTheEngine_sayingToLeaveItOut() throws IOException {
        importLibrary();
        byte[] journal = Files.readAllBytes(state.resolve(Journal.FILE_NAME));

        assertThat(fails("adjust", "--wine", "W1", "--bottles", "6", "--reason", "delivery", "--cellar", " "))
                .isEqualTo(1);

        assertThat(runner.err()).contains("must not be blank; leave it out for 'main'").contains("nothing was changed");
        assertThat(Files.readAllBytes(state.resolve(Journal.FILE_NAME))).isEqualTo(journal);
    }

    @Test
    void aJournalRecordWithAnAmountOfMoreThan1000Digits_readsBack() {
        // A state written before the bound (an accepted 1e2000) must still load: the reader takes what the writer
        // wrote, however long.
        List<SyncCommand> commands = List.of(new AdjustStock("W1", null, new BigDecimal("1e2000"), "typo"));

        List<SyncCommand> read = CommandJson.decode(CommandJson.encode(commands));

        assertThat(read).singleElement().isInstanceOfSatisfying(AdjustStock.class,
                adjust -> assertThat(adjust.bottles()).isEqualByComparingTo(new BigDecimal("1e2000")));
    }

    @Test
    void mapCentre_sendsTheCentresLaterSalesToItsCellar_andLeavesEarlierOnesWhereTheyWere() throws IOException {
        importLibrary();
        String margaux = product("CH MARGAUX 2015 BTL").key();
        importDays(gateway.days().get(0), gateway.days().get(0));
        ok("link", "--pos-product", margaux, "--wine", "W1");
        String centre = aCentreKey();

        JsonNode said = ok("map-centre", "--centre", centre, "--cellar", "bar", "--new-cellar");
        importDays(gateway.days().get(1), gateway.days().get(2));

        assertThat(said.asText()).contains(centre).contains("bar");
        List<JsonNode> history = stream(ok("history", "--wine", "W1", "--json")).toList();
        List<JsonNode> sales = history.stream().filter(row -> row.get("businessDate") != null
                && !row.get("businessDate").isNull()).toList();
        assertThat(sales).filteredOn(row -> row.get("businessDate").asText().equals(gateway.days().get(0).toString()))
                .isNotEmpty().allSatisfy(row -> assertThat(row.get("cellar").asText()).isEqualTo("main"));
        assertThat(sales).filteredOn(row -> !row.get("businessDate").asText().equals(gateway.days().get(0).toString()))
                .extracting(row -> row.get("cellar").asText()).contains("bar");
    }

    @Test
    void mapCentre_ofACentreNoSaleCameFrom_isRefused_namingTheSitesCentres_andWritesNothing() throws IOException {
        // Found in review: a mistyped centre was mapped (exit 0), and the real centre went on depleting main.
        importDays(gateway.days().get(0), gateway.days().get(0));
        byte[] journal = Files.readAllBytes(state.resolve(Journal.FILE_NAME));

        assertThat(fails("map-centre", "--centre", "77000000OOOO2", "--cellar", "bar")).isEqualTo(1);

        assertThat(runner.err()).startsWith("cellarsync: --centre 77000000OOOO2: no recorded sale of site localhost:")
                .contains("; its centres are ").contains(aCentreKey() + " (cellar main)").contains("give --new-centre")
                .contains("nothing was changed");
        assertThat(Files.readAllBytes(state.resolve(Journal.FILE_NAME))).isEqualTo(journal);
    }

    @Test
    void mapCentre_withNewCentre_mapsACentreThatHasNotSoldYet_whichIsKnownFromThenOn() throws IOException {
        importDays(gateway.days().get(0), gateway.days().get(0));

        assertThat(ok("map-centre", "--centre", "TERRACE", "--cellar", "terrace", "--new-centre", "--new-cellar")
                .asText()).contains("Centre TERRACE").contains("now depletes cellar terrace");
        assertThat(ok("map-centre", "--centre", "TERRACE", "--cellar", "bar", "--new-cellar").asText())
                .contains("now depletes cellar bar");
        int records = Journal.read(state).size();
        assertThat(ok("map-centre", "--centre", "TERRACE", "--cellar", "bar").asText())
                .contains("depletes cellar bar already; nothing changed");
        assertThat(Journal.read(state)).hasSize(records);
    }

    @Test
    void mapCentre_toACellarTheStateDoesNotKnow_isRefused_namingItAndTheKnownCellars_andWritesNothing()
            throws IOException {
        // Found in review: a mistyped cellar was a new, empty cellar, whose stock the centre's sales took negative.
        importLibrary();
        importDays(gateway.days().get(0), gateway.days().get(0));
        deliverSixToTheBar();
        byte[] journal = Files.readAllBytes(state.resolve(Journal.FILE_NAME));

        assertThat(fails("map-centre", "--centre", aCentreKey(), "--cellar", "barr")).isEqualTo(1);

        assertThat(runner.err()).isEqualTo(String.format("cellarsync: --cellar 'barr': the state knows no such cellar"
                + " (no stock is in it, no centre was mapped to it, and it is not the main cellar); its cellars are"
                + " bar, main; give --new-cellar to send the centre's sales to a new cellar; nothing was changed%n"));
        assertThat(Files.readAllBytes(state.resolve(Journal.FILE_NAME))).isEqualTo(journal);
    }

    @Test
    void mapCentre_ofANewCentreToAnUnknownCellar_isRefusedWhole_theCentreStaysUnknown() throws IOException {
        importDays(gateway.days().get(0), gateway.days().get(0));
        byte[] journal = Files.readAllBytes(state.resolve(Journal.FILE_NAME));

        assertThat(fails("map-centre", "--centre", "TERRACE", "--cellar", "terace", "--new-centre")).isEqualTo(1);

        assertThat(runner.err()).contains("--cellar 'terace'").contains("its cellars are main;")
                .contains("nothing was changed");
        assertThat(Files.readAllBytes(state.resolve(Journal.FILE_NAME))).isEqualTo(journal);
        assertThat(fails("map-centre", "--centre", "TERRACE", "--cellar", "bar", "--new-cellar")).isEqualTo(1);
        assertThat(runner.err()).contains("--centre TERRACE: no recorded sale");
    }

    @Test
    void mapCentre_toACellarHoldingStock_orEverMappedTo_orMain_needsNoNewCellar() throws IOException {
        importLibrary();
        importDays(gateway.days().get(0), gateway.days().get(0));
        deliverSixToTheBar();
        ok("map-centre", "--centre", "TERRACE", "--cellar", "terrace", "--new-centre", "--new-cellar");
        ok("unmap-centre", "--centre", "TERRACE");

        assertThat(ok("map-centre", "--centre", aCentreKey(), "--cellar", "bar").asText())
                .contains("now depletes cellar bar");
        assertThat(ok("map-centre", "--centre", "DECK", "--cellar", "terrace", "--new-centre").asText())
                .contains("now depletes cellar terrace");
        assertThat(ok("map-centre", "--centre", aCentreKey(), "--cellar", "main").asText())
                .contains("now depletes cellar main");
    }

    @Test
    void mapCentre_refusingAnUnknownCellar_showsAKnownCellarsControlCharacterAsAnEscape() throws IOException {
        // A state written before cellar names were checked may hold one (an adjust --cellar of that time).
        importLibrary();
        importDays(gateway.days().get(0), gateway.days().get(0));
        try (CellarState cellar = CellarState.openForWriting(state, java.time.Clock.systemUTC())) {
            cellar.record(new AdjustStock("W1", "bar\t2", new BigDecimal("6"), "delivery"));
        }

        assertThat(fails("map-centre", "--centre", aCentreKey(), "--cellar", "bar")).isEqualTo(1);

        assertThat(runner.err()).contains("its cellars are bar\\u00092, main;").doesNotContain("\t");
    }

    @Test
    void unmapCentre_sendsTheCentresLaterSalesBackToMain_andIsRecorded() throws IOException {
        importLibrary();
        String margaux = product("CH MARGAUX 2015 BTL").key();
        String centre = aCentreKey();
        importDays(gateway.days().get(0), gateway.days().get(0));
        ok("link", "--pos-product", margaux, "--wine", "W1");
        ok("map-centre", "--centre", centre, "--cellar", "bar", "--new-cellar");
        importDays(gateway.days().get(1), gateway.days().get(1));
        int records = Journal.read(state).size();

        JsonNode said = ok("unmap-centre", "--centre", centre);
        importDays(gateway.days().get(2), gateway.days().get(2));

        assertThat(said.asText()).contains("Centre " + centre).contains("now depletes cellar main again")
                .contains("sales already recorded stay in cellar bar");
        assertThat(Journal.read(state)).hasSize(records + 2);
        List<JsonNode> sales = stream(ok("history", "--wine", "W1", "--json"))
                .filter(row -> row.get("businessDate") != null && !row.get("businessDate").isNull()).toList();
        assertThat(sales).filteredOn(row -> row.get("businessDate").asText().equals(gateway.days().get(1).toString()))
                .extracting(row -> row.get("cellar").asText()).contains("bar");
        assertThat(sales).filteredOn(row -> row.get("businessDate").asText().equals(gateway.days().get(2).toString()))
                .isNotEmpty().allSatisfy(row -> assertThat(row.get("cellar").asText()).isEqualTo("main"));
    }

    @Test
    void unmapCentre_ofACentreWithoutACellar_saysSo_namingTheMappedOnes_andWritesNothing() throws IOException {
        importDays(gateway.days().get(0), gateway.days().get(0));
        ok("map-centre", "--centre", aCentreKey(), "--cellar", "bar", "--new-cellar");
        byte[] journal = Files.readAllBytes(state.resolve(Journal.FILE_NAME));

        assertThat(ok("unmap-centre", "--centre", "NOPE").asText())
                .contains("Centre NOPE of site localhost:").contains("has no cellar of its own")
                .contains("nothing changed").contains("Centres with a cellar of their own: " + aCentreKey() + " (cellar bar).");
        assertThat(Files.readAllBytes(state.resolve(Journal.FILE_NAME))).isEqualTo(journal);
    }

    @Test
    void stock_showsEachCellar_inTheTableAndInJson_addingUpToTheStock() throws IOException {
        // Found in review: map-centre and adjust --cellar made cellars that no command showed.
        importLibrary();
        deliverSixToTheBar();

        JsonNode stock = stockOf("W1");
        String table = ok("stock").asText();

        assertThat(stock.get("cellars").get("bar").decimalValue()).isEqualByComparingTo("6");
        assertThat(stock.get("cellars").get("main").decimalValue()).isEqualByComparingTo("100");
        assertThat(stock.get("stock").decimalValue()).isEqualByComparingTo("106");
        assertThat(table.lines().filter(l -> l.contains("W1")).findFirst().orElseThrow())
                .contains("stock 106 (bar 6, main 100),");
        assertThat(table.lines().filter(l -> l.contains("W2")).findFirst().orElseThrow())
                .contains("stock 30,");
    }

    @Test
    void mapCentre_ofAnUnknownSite_isRejected_namingIt() throws IOException {
        importLibrary();
        importAllDays();

        assertThat(fails("map-centre", "--site", "NOSUCHSITE", "--centre", "1", "--cellar", "bar")).isEqualTo(1);
        assertThat(runner.err()).contains("NOSUCHSITE");
    }

    /** Six bottles of W1 delivered into a new cellar, {@code bar}. */
    private void deliverSixToTheBar() {
        ok("adjust", "--wine", "W1", "--bottles", "6", "--reason", "delivery to the bar", "--cellar", "bar",
                "--new-cellar");
    }
}
