package io.cellarsync.examples.sync;

import static io.cellarsync.examples.sync.Cellars.SITE;
import static io.cellarsync.examples.sync.Cellars.wine;
import static org.assertj.core.api.Assertions.assertThat;

import io.cellarsync.examples.sync.state.Journal;
import io.cellarsync.sync.AddWines;
import io.cellarsync.sync.AdjustStock;
import io.cellarsync.sync.ImportCatalogue;
import io.cellarsync.sync.ImportSales;
import io.cellarsync.sync.LinkReference;
import io.cellarsync.sync.MapCentre;
import io.cellarsync.sync.PosReferenceId;
import io.cellarsync.sync.SaleTicket;
import io.cellarsync.sync.SyncCommand;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A line break or another control character in a name or a reason: refused when the operator gives it, shown as
 * {@code \\uXXXX} in tables when the state holds it (a POS name, a state written before the check), exact in JSON.
 */
class OneLineOutputTest extends SimulatedNightFixture {

    private static final String POS_NAME = "CH MARGAUX\n2015 BTL\u001B[2J";
    private static final String WINE_NAME = "Château\r\nMargaux";
    private static final String REASON = "two broken\nin the cellar";

    private void record(SyncCommand... commands) {
        try (CellarState cellar = CellarState.openForWriting(state, Clock.systemUTC())) {
            cellar.record(List.of(commands));
        }
    }

    /** A state as a POS name with control characters, and a runner of before the check, leave it. */
    private void stateHoldingControlCharacters() {
        record(new AddWines(List.of(wine("W1", WINE_NAME, 2015, "12"))));
        record(new ImportCatalogue(SITE, List.of(Cellars.product("P1", POS_NAME, "120.00"),
                Cellars.product("P2", POS_NAME + "\t2", "20.00"))));
        record(LinkReference.yes(new PosReferenceId(SITE, "P1"), "W1"));
        record(new AdjustStock("W1", null, new BigDecimal("-2"), REASON));
    }

    @Test
    void theTables_showControlCharactersAsEscapes_oneLinePerRow() {
        // Found in review: a line break in a reason or a name split the row over several lines.
        stateHoldingControlCharacters();

        assertThat(ok("stock").asText().lines()).hasSize(2).element(1).asString()
                .contains("Château\\u000D\\u000AMargaux 2015");
        assertThat(ok("history", "--wine", "W1").asText().lines()).hasSize(3)
                .anySatisfy(line -> assertThat(line).contains("two broken\\u000Ain the cellar"));
        assertThat(ok("links", "--wine", "W1").asText().lines()).hasSize(2).element(1).asString()
                .contains("CH MARGAUX\\u000A2015 BTL\\u001B[2J");
        assertThat(ok("queue").asText().lines()).hasSize(2).element(1).asString()
                .contains("CH MARGAUX\\u000A2015 BTL\\u001B[2J\\u00092");
        for (String table : List.of(ok("stock").asText(), ok("queue").asText())) {
            assertThat(table).doesNotContain("\u001B", "\r", "\t");
        }
    }

    @Test
    void theJson_keepsTheTextExactly() {
        stateHoldingControlCharacters();

        assertThat(stockOf("W1").get("name").asText()).isEqualTo(WINE_NAME);
        assertThat(stream(ok("history", "--wine", "W1", "--json")).map(row -> row.get("reason").asText()))
                .contains(REASON);
        assertThat(stream(ok("links", "--wine", "W1", "--json")).map(row -> row.get("posName").asText()))
                .containsExactly(POS_NAME);
        assertThat(stream(ok("queue", "--json")).map(row -> row.get("posName").asText()))
                .containsExactly(POS_NAME + "\t2");
    }

    @Test
    void aReasonOrACellarWithAControlCharacter_isAUsageError_namingIt_andWritesNothing() throws IOException {
        importLibrary();
        byte[] journal = Files.readAllBytes(state.resolve(Journal.FILE_NAME));

        assertThat(fails("adjust", "--wine", "W1", "--bottles", "-2", "--reason", REASON)).isEqualTo(2);
        assertThat(runner.err()).contains("--reason").contains("'two broken\\u000Ain the cellar' holds a line break"
                + " (U+000A); give one line of text without control characters");
        assertThat(fails("adjust", "--wine", "W1", "--bottles", "6", "--reason", "delivery", "--cellar", "bar\t2"))
                .isEqualTo(2);
        assertThat(runner.err()).contains("--cellar").contains("'bar\\u00092' holds a tab (U+0009)");
        assertThat(fails("map-centre", "--centre", "C1", "--cellar", "bar\n", "--new-centre")).isEqualTo(2);
        assertThat(runner.err()).contains("'bar\\u000A' holds a line break");
        assertThat(fails("link", "--pos-product", "P1", "--new-wine", "W9", "--name", "Margaux\u001B[2J"))
                .isEqualTo(2);
        assertThat(runner.err()).contains("--name").contains("'Margaux\\u001B[2J' holds an escape character");
        assertThat(Files.readAllBytes(state.resolve(Journal.FILE_NAME))).isEqualTo(journal);
    }

    @Test
    void mapCentre_refusingAnUnknownCentre_showsThePosCentreKeysControlCharactersAsEscapes_andWritesNothing()
            throws IOException {
        // Found in review: the refusal listed the POS's centre keys as they were, a tab or an escape included (and
        // a line break folded into a space).
        record(new ImportCatalogue(SITE, List.of(Cellars.product("P1", "CH MARGAUX 2015 BTL", "120.00"))));
        record(ImportSales.of(List.of(new SaleTicket(SITE, "T1", Cellars.DAY, false, false, false,
                "BAR\n1\t\u001B[2J", List.of(Cellars.line("O1", 1, "P1", "CH MARGAUX 2015 BTL", "1", "120.00",
                        "99.17"))))));
        byte[] journal = Files.readAllBytes(state.resolve(Journal.FILE_NAME));

        assertThat(fails("map-centre", "--centre", "NOPE", "--cellar", "main")).isEqualTo(1);

        assertThat(runner.err()).contains("--centre NOPE: no recorded sale")
                .contains("its centres are BAR\\u000A1\\u0009\\u001B[2J (cellar main);")
                .doesNotContain("\t", "\u001B");
        assertThat(Files.readAllBytes(state.resolve(Journal.FILE_NAME))).isEqualTo(journal);
    }

    @Test
    void unmapCentre_showsTheCellarTheCentreDepletedWithEscapes() {
        // A state written before cellar names were checked may hold a mapping to such a cellar.
        record(new ImportCatalogue(SITE, List.of(Cellars.product("P1", "CH MARGAUX 2015 BTL", "120.00"))));
        record(new MapCentre(SITE, "C1", "bar\t2\u001B[2J"));

        assertThat(ok("unmap-centre", "--centre", "C1").asText())
                .contains("sales already recorded stay in cellar bar\\u00092\\u001B[2J.")
                .doesNotContain("\t", "\u001B");
    }

    @Test
    void theRefusalsAndUsageErrors_showAValueAsTypedWithEscapes_andWriteNothing() throws IOException {
        // Found in review: a refusal or a usage error echoed a tab or a terminal's escape of the command line.
        // Line breaks in the values: the errors path would fold them into spaces; they are shown as escapes too.
        importLibrary();
        byte[] journal = Files.readAllBytes(state.resolve(Journal.FILE_NAME));

        assertThat(fails("adjust", "--wine", "W\n1\u001B[2J", "--bottles", "1", "--reason", "delivery")).isEqualTo(1);
        assertThat(runner.err()).contains("No wine 'W\\u000A1\\u001B[2J' in the library").doesNotContain("\u001B");
        assertThat(fails("history", "--wine", "W\n1\u001B[2J")).isEqualTo(1);
        assertThat(runner.err()).contains("Unknown wine 'W\\u000A1\\u001B[2J'").doesNotContain("\u001B");
        for (String command : List.of("map-centre", "unmap-centre", "centres")) {
            List<String> args = new java.util.ArrayList<>(List.of(command, "--site", "X\tY\nZ"));
            if (!command.equals("centres")) {
                args.addAll(List.of("--centre", "C1"));
            }
            if (command.equals("map-centre")) {
                args.addAll(List.of("--cellar", "main"));
            }
            assertThat(fails(args.toArray(String[]::new))).as(command).isEqualTo(1);
            assertThat(runner.err()).as(command).contains("Unknown site 'X\\u0009Y\\u000AZ'").doesNotContain("\t");
        }
        assertThat(fails("adjust", "--wine", "W1", "--bottles", "1\u001B[2J", "--reason", "delivery")).isEqualTo(2);
        assertThat(runner.err()).contains("'1\\u001B[2J' is not a number").doesNotContain("\u001B");
        assertThat(fails("adjust", "--wine", "W1", "--bottles", "1", "--reason", "delivery", "\u001B[2J\tx"))
                .isEqualTo(2);
        assertThat(runner.err()).contains("'\\u001B[2J\\u0009x'").doesNotContain("\u001B", "\t");
        assertThat(Files.readAllBytes(state.resolve(Journal.FILE_NAME))).isEqualTo(journal);
    }

    @Test
    void anyFailure_showsAControlCharacterOfItsMessageAsAnEscape() {
        // The last line of defence: a message not built printable (here the JDK's path, as typed) is shown so too.
        String directory = temp.resolve("no\u001B[2Jstate\tdir").toString();

        assertThat(runner.run("centres", "--state", directory)).isEqualTo(1);

        assertThat(runner.err()).contains("no\\u001B[2Jstate\\u0009dir").doesNotContain("\u001B", "\t");
    }

    @Test
    void aLibraryNameWithALineBreak_isRefusedWithItsLine_andNothingIsImported() throws IOException {
        Path csv = temp.resolve("multiline.csv");
        Files.writeString(csv, "id,name,producer\nW1,Château Margaux,Château Margaux\nW2,\"Côtes du\nRhône\",Guigal\n",
                StandardCharsets.UTF_8);

        assertThat(fails("library", "import", "--csv", csv.toString())).isEqualTo(1);

        assertThat(runner.err()).contains("line 3").contains("the name 'Côtes du\\u000ARhône' holds a line break"
                + " (U+000A)").doesNotContain("du\nRh");
        assertThat(Journal.read(state)).isEmpty();
    }
}
