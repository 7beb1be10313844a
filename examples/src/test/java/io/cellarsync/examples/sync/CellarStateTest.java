package io.cellarsync.examples.sync;

import static io.cellarsync.examples.sync.Cellars.DAY;
import static io.cellarsync.examples.sync.Cellars.SITE;
import static io.cellarsync.examples.sync.Cellars.line;
import static io.cellarsync.examples.sync.Cellars.product;
import static io.cellarsync.examples.sync.Cellars.ticket;
import static io.cellarsync.examples.sync.Cellars.wine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cellarsync.examples.sync.state.Journal;
import io.cellarsync.sync.AddWines;
import io.cellarsync.sync.CatalogueEntry;
import io.cellarsync.sync.ImportCatalogue;
import io.cellarsync.sync.ImportSales;
import io.cellarsync.sync.LinkReference;
import io.cellarsync.sync.PosReferenceId;
import io.cellarsync.sync.PrepareResetReport;
import io.cellarsync.sync.SaleTicket;
import io.cellarsync.sync.SiteId;
import io.cellarsync.sync.SyncEngine;
import io.cellarsync.sync.SyncCommand;
import io.cellarsync.sync.UnlinkReference;
import io.cellarsync.sync.WineStock;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CellarStateTest {

    private static final Instant NIGHT_1 = Instant.parse("2026-03-02T05:00:00Z");
    private static final Instant NIGHT_2 = Instant.parse("2026-03-03T05:00:00Z");
    private static final PosReferenceId P1 = new PosReferenceId(SITE, "P1");

    @TempDir Path state;

    private void record(Instant at, SyncCommand... commands) {
        try (CellarState cellar = CellarState.openForWriting(state, Clock.fixed(at, ZoneOffset.UTC))) {
            cellar.record(List.of(commands));
        }
    }

    private void importedNightOne() {
        record(NIGHT_1, new AddWines(List.of(wine("W1", "Château Margaux", 2015, "12"))));
        record(NIGHT_1, new ImportCatalogue(SITE, List.of(product("P1", "CH MARGAUX 2015 BTL", "120.00"))),
                ImportSales.of(List.of(ticket("T1", DAY, line("O1", 1, "P1", "CH MARGAUX 2015 BTL", "2", "240.00",
                        "198.347107438016528925619834711")))));
    }

    private static WineStock stockOfW1(SyncEngine engine) {
        return engine.stockOf("W1").orElseThrow();
    }

    @Test
    void recordedCommands_replayToTheSameState() {
        SyncEngine before;
        importedNightOne();
        try (CellarState cellar = CellarState.openForWriting(state, Clock.fixed(NIGHT_2, ZoneOffset.UTC))) {
            cellar.record(LinkReference.yes(P1, "W1"));
            before = cellar.engine();
        }

        SyncEngine after = CellarState.read(state);

        assertThat(after.stock()).isEqualTo(before.stock());
        assertThat(after.queue()).isEqualTo(before.queue());
        assertThat(after.historyOf("W1")).isEqualTo(before.historyOf("W1"));
        assertThat(stockOfW1(after).balance().stock()).isEqualByComparingTo("10");
    }

    @Test
    void aJournalWrittenWhenTheCatalogueLinkedAResetReportProductAgain_stillReplays() {
        // Before 2026-12-05 each catalogue import linked a reset-report product again, so a user unlinked it twice.
        PosReferenceId p9 = new PosReferenceId(SITE, "P9");
        CatalogueEntry back = new CatalogueEntry(p9, "Château Margaux 2015", "900001", "Wines",
                new java.math.BigDecimal("120.00"), new java.math.BigDecimal("99.17"));
        try (Journal journal = Journal.openForWriting(state, record -> { })) {
            for (SyncCommand command : List.of(new AddWines(List.of(wine("W1", "Château Margaux", 2015, "12"))),
                    PrepareResetReport.allWines(), new ImportCatalogue(SITE, List.of(back)),
                    UnlinkReference.reversingSales(p9), new ImportCatalogue(SITE, List.of(back)),
                    UnlinkReference.reversingSales(p9))) {
                journal.append(NIGHT_1, CommandJson.encode(List.of(command)));
            }
        }

        SyncEngine replayed = CellarState.read(state);

        assertThat(replayed.reference(p9).orElseThrow().link()).isEmpty();
        assertThat(stockOfW1(replayed).balance().stock()).isEqualByComparingTo("12");
    }

    @Test
    void anUnlinkOfAReferenceNotUnlinkedBefore_stillStopsTheReplay() {
        // A journal that lost the record linking P1, or holds it after the unlink: not the reset-report case.
        importedNightOne();
        try (Journal journal = Journal.openForWriting(state, record -> { })) {
            journal.append(NIGHT_2, CommandJson.encode(List.of(UnlinkReference.reversingSales(P1))));
            journal.append(NIGHT_2, CommandJson.encode(List.of(LinkReference.yes(P1, "W1"))));
        }

        assertThatThrownBy(() -> CellarState.read(state)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("journal record 3").hasMessageContaining("not linked");
    }

    @Test
    void replay_givesEveryCommandItsRecordedInstant_notToday() {
        importedNightOne();
        record(NIGHT_2, LinkReference.yes(P1, "W1"));

        assertThat(CellarState.read(state).historyOf("W1")).extracting(m -> m.at()).contains(NIGHT_2)
                .allMatch(at -> at.equals(NIGHT_1) || at.equals(NIGHT_2));
    }

    @Test
    void aJournalCutInTheMiddleOfItsLastCommand_loadsAsTheStateBeforeThatCommand() throws IOException {
        importedNightOne();
        SyncEngine beforeLink = CellarState.read(state);
        record(NIGHT_2, LinkReference.yes(P1, "W1"));
        long lengthWithLink = Files.size(journal());
        cutJournalAt(lengthWithLink - 40);

        SyncEngine loaded = CellarState.read(state);

        assertThat(loaded.stock()).isEqualTo(beforeLink.stock());
        assertThat(loaded.linksOf("W1")).isEmpty();
        assertThat(loaded.queue()).extracting(q -> q.reference()).containsExactly(P1);
    }

    @Test
    void aJournalWhoseLastCommandFailsItsChecksum_loadsAsTheStateBeforeThatCommand() throws IOException {
        importedNightOne();
        SyncEngine beforeLink = CellarState.read(state);
        record(NIGHT_2, LinkReference.yes(P1, "W1"));
        String text = Files.readString(journal());
        int at = text.lastIndexOf("\"wineId\":\"W1\"");
        assertThat(at).isGreaterThan(text.lastIndexOf("\"seq\":3"));
        Files.writeString(journal(), text.substring(0, at) + "\"wineId\":\"W2\"" + text.substring(at + 13));

        assertThat(CellarState.read(state).stock()).isEqualTo(beforeLink.stock());
    }

    @Test
    void theNextCommandAfterATornLastCommand_replacesIt() throws IOException {
        importedNightOne();
        record(NIGHT_2, LinkReference.yes(P1, "W1"));
        cutJournalAt(Files.size(journal()) - 40);

        record(NIGHT_2, LinkReference.yes(P1, "W1").withPerSale(io.cellarsync.sync.BottlesPerUnit.parse("1/2")));

        assertThat(Journal.read(state)).hasSize(3);
        assertThat(stockOfW1(CellarState.read(state)).balance().stock()).isEqualByComparingTo("11");
    }

    @Test
    void aRejectedCommand_writesNothing_andSaysNothingChanged() throws IOException {
        importedNightOne();
        long length = Files.size(journal());

        assertThatThrownBy(() -> record(NIGHT_2, LinkReference.yes(P1, "NO-SUCH-WINE")))
                .isInstanceOf(CommandRejectedException.class)
                .hasMessageContaining("NO-SUCH-WINE")
                .hasMessageContaining("nothing was changed");
        assertThat(Files.size(journal())).isEqualTo(length);
    }

    @Test
    void aBatchRejectedHalfWay_writesNoneOfIt() {
        importedNightOne();
        SiteId unknown = new SiteId("elsewhere:1");
        SaleTicket foreign = new SaleTicket(unknown, "T9", DAY, false, false, false, null,
                List.of(line("O1", 1, "P1", "X", "1", "1", "1")));

        assertThatThrownBy(() -> record(NIGHT_2,
                new ImportCatalogue(SITE, List.of(product("P7", "NEW PRODUCT", "9.00"))),
                ImportSales.of(List.of(foreign))))
                .isInstanceOf(CommandRejectedException.class)
                .hasMessageContaining("elsewhere:1");
        assertThat(Journal.read(state)).hasSize(2);
        assertThat(CellarState.read(state).reference(new PosReferenceId(SITE, "P7"))).isEmpty();
    }

    @Test
    void aSecondWriter_isRefusedWhileTheFirstHoldsTheState() {
        try (CellarState first = CellarState.openForWriting(state, Clock.systemUTC())) {
            assertThatThrownBy(() -> CellarState.openForWriting(state, Clock.systemUTC()))
                    .isInstanceOf(io.cellarsync.examples.sync.state.StateLockedException.class);
            assertThat(CellarState.read(state).wines()).isEmpty(); // readers are never blocked
        }
    }

    private Path journal() {
        return state.resolve(Journal.FILE_NAME);
    }

    private void cutJournalAt(long length) throws IOException {
        try (FileChannel channel = FileChannel.open(journal(), StandardOpenOption.WRITE)) {
            channel.truncate(length);
        }
    }
}
