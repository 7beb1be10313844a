package io.cellarsync.examples.sync;

import static io.cellarsync.examples.sync.Cellars.DAY;
import static io.cellarsync.examples.sync.Cellars.SITE;
import static io.cellarsync.examples.sync.Cellars.line;
import static io.cellarsync.examples.sync.Cellars.product;
import static io.cellarsync.examples.sync.Cellars.ticket;
import static io.cellarsync.examples.sync.Cellars.wine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cellarsync.sync.AddWines;
import io.cellarsync.sync.AdjustStock;
import io.cellarsync.sync.BottlesPerUnit;
import io.cellarsync.sync.IgnoreReference;
import io.cellarsync.sync.ImportCatalogue;
import io.cellarsync.sync.ImportSales;
import io.cellarsync.sync.LinkReference;
import io.cellarsync.sync.MapCentre;
import io.cellarsync.sync.PosReferenceId;
import io.cellarsync.sync.PrepareResetReport;
import io.cellarsync.sync.SaleLine;
import io.cellarsync.sync.SaleTicket;
import io.cellarsync.sync.SyncCommand;
import io.cellarsync.sync.UnignoreReference;
import io.cellarsync.sync.UnlinkReference;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommandJsonTest {

    private static final PosReferenceId P1 = new PosReferenceId(SITE, "P1");

    private static List<SyncCommand> everyKindOfCommand() {
        SaleLine addOn = new SaleLine("O1", 1, 1, "P2", "EXTRA", new BigDecimal("-1"), new BigDecimal("-4.00"),
                new BigDecimal("-3.305785123966942148760330579"), new BigDecimal("21.0000"));
        SaleTicket open = new SaleTicket(SITE, "T2", null, true, false, false, null, List.of());
        return List.of(
                new AddWines(List.of(wine("W1", "Château Margaux", 2015, "12.5"), wine("W2", "Sancerre", null, "0"))),
                new ImportCatalogue(SITE, List.of(product("P1", "CH MARGAUX 2015 BTL", "120.00"),
                        new io.cellarsync.sync.CatalogueEntry(P1, "NO PRICE", null, null, null, null))),
                new ImportSales(List.of(ticket("T1", DAY, line("O1", 1, "P1", "CH MARGAUX", "2", "240.00", "198.35")),
                        new SaleTicket(SITE, "T3", DAY, false, true, false, "C1", List.of(addOn)), open),
                        List.of("C1")),
                LinkReference.yes(P1, "W1").withPerSale(new BottlesPerUnit(BigDecimal.ONE, new BigDecimal("6")))
                        .from(DAY),
                LinkReference.almost(P1, "W1", 2016),
                LinkReference.no(P1, wine("W9", "New wine", 2020, "0")),
                new UnlinkReference(P1, true),
                new IgnoreReference(P1),
                new UnignoreReference(P1),
                new AdjustStock("W1", null, new BigDecimal("-0.5"), "broken bottle"),
                new MapCentre(SITE, "C1", "bar"),
                PrepareResetReport.allWines());
    }

    @Test
    void everyKindOfCommand_survivesTheJournal_exactly() {
        List<SyncCommand> commands = everyKindOfCommand();

        List<SyncCommand> read = CommandJson.decode(CommandJson.encode(commands));

        assertThat(read).isEqualTo(commands);
    }

    @Test
    void theTestCoversEveryCommandTheEngineKnows() {
        assertThat(everyKindOfCommand()).extracting(c -> c.getClass().getSimpleName())
                .containsAll(Arrays.stream(SyncCommand.class.getPermittedSubclasses()).map(Class::getSimpleName).toList());
    }

    @Test
    void amountsAndDates_areWrittenAsPlainExactNumbersAndIsoText() {
        String json = new String(CommandJson.encode(List.of(
                new AdjustStock("W1", null, new BigDecimal("1E+3"), "count"),
                LinkReference.yes(P1, "W1").from(DAY))), StandardCharsets.UTF_8);

        assertThat(json).contains("\"type\":\"AdjustStock\"").contains("\"bottles\":1000").doesNotContain("E+")
                .contains("\"backfillFrom\":\"2026-03-01\"");
    }

    @Test
    void aPayloadIsOneLine_soItFitsTheJournal() {
        byte[] json = CommandJson.encode(everyKindOfCommand());

        assertThat(new String(json, StandardCharsets.UTF_8)).doesNotContain("\n").doesNotContain("\r");
    }

    @Test
    void anUnknownCommandType_isRefused_namingIt() {
        byte[] payload = "{\"commands\":[{\"type\":\"Teleport\"}]}".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> CommandJson.decode(payload))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Teleport");
    }
}
