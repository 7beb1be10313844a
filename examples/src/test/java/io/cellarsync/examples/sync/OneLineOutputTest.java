package io.cellarsync.examples.sync;

import static io.cellarsync.examples.sync.Cellars.SITE;
import static io.cellarsync.examples.sync.Cellars.wine;
import static org.assertj.core.api.Assertions.assertThat;

import io.cellarsync.examples.sync.state.Journal;
import io.cellarsync.sync.AddWines;
import io.cellarsync.sync.AdjustStock;
import io.cellarsync.sync.ImportCatalogue;
import io.cellarsync.sync.LinkReference;
import io.cellarsync.sync.PosReferenceId;
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
