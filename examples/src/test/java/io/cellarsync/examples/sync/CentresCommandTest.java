package io.cellarsync.examples.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cellarsync.examples.sync.state.Journal;
import io.cellarsync.sync.AddWines;
import io.cellarsync.sync.ImportCatalogue;
import io.cellarsync.sync.ImportSales;
import io.cellarsync.sync.SaleTicket;
import io.cellarsync.sync.SiteId;
import io.cellarsync.sync.SyncCommand;
import io.cellarsync.trivec.TicketQuery;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** {@code cellarsync centres}: each site's points of sale with the cellar they deplete, read without writing. */
class CentresCommandTest extends SimulatedNightFixture {

    private static final SiteId TERRACE_SITE = new SiteId("terrace.example:8443");

    /** Every centre key of the simulated gateway's billed tickets, over all its days. */
    private static SortedSet<String> simulatedCentres() throws IOException {
        SortedSet<String> centres = new TreeSet<>();
        for (LocalDate day : gateway.days()) {
            for (JsonNode ticket : JSON.readTree(gateway.dayJson(day, TicketQuery.billedOnly()))) {
                centres.add(ticket.get("CenterKey").asText());
            }
        }
        return centres;
    }

    private void record(SyncCommand... commands) {
        try (CellarState cellar = CellarState.openForWriting(state, Clock.systemUTC())) {
            cellar.record(List.of(commands));
        }
    }

    private static SaleTicket ticketOfCentre(SiteId site, String key, String centre) {
        return new SaleTicket(site, key, Cellars.DAY, false, false, false, centre,
                List.of(Cellars.line("O" + key, 1, "P1", "CH MARGAUX 2015 BTL", "1", "120.00", "99.17")));
    }

    @Test
    void centres_listsEveryCentreOfTheRecordedSales_withTheCellarItDepletes_andWhetherAMappingSendsItThere()
            throws IOException {
        importAllDays();
        String bar = aCentreKey();
        ok("map-centre", "--centre", bar, "--cellar", "bar", "--new-cellar");
        ok("map-centre", "--centre", "TERRACE", "--cellar", "terrace", "--new-centre", "--new-cellar");
        String site = "localhost:" + gateway.baseUri().getPort();

        List<JsonNode> rows = stream(ok("centres", "--json")).toList();

        SortedSet<String> expected = simulatedCentres();
        expected.add("TERRACE");
        assertThat(expected).hasSizeGreaterThan(2); // the simulator has centres of its own beside the mapped one
        assertThat(rows).extracting(row -> row.get("centre").asText()).containsExactlyElementsOf(expected);
        assertThat(rows).allSatisfy(row -> assertThat(row.get("site").asText()).isEqualTo(site));
        assertThat(rows).allSatisfy(row -> {
            String centre = row.get("centre").asText();
            String cellar = centre.equals(bar) ? "bar" : centre.equals("TERRACE") ? "terrace" : "main";
            assertThat(row.get("cellar").asText()).as(centre).isEqualTo(cellar);
            assertThat(row.get("mapped").asBoolean()).as(centre).isEqualTo(!cellar.equals("main"));
        });
        String table = ok("centres").asText();
        assertThat(table.lines().findFirst().orElseThrow())
                .isEqualTo("Site " + site + ": " + expected.size() + " centre(s):");
        assertThat(table.lines().filter(line -> line.contains(bar)).findFirst().orElseThrow())
                .contains("cellar bar (mapped)");
        String unmapped = simulatedCentres().stream().filter(centre -> !centre.equals(bar)).findFirst().orElseThrow();
        assertThat(table.lines().filter(line -> line.contains(unmapped)).findFirst().orElseThrow())
                .contains("cellar main (default, no cellar of its own)");
    }

    @Test
    void centres_afterUnmapCentre_showsTheCentreBackOnTheMainCellar_notMapped() {
        importAllDays();
        ok("map-centre", "--centre", aCentreKey(), "--cellar", "bar", "--new-cellar");
        ok("unmap-centre", "--centre", aCentreKey());

        JsonNode row = stream(ok("centres", "--json")).filter(r -> r.get("centre").asText().equals(aCentreKey()))
                .findFirst().orElseThrow();

        assertThat(row.get("cellar").asText()).isEqualTo("main");
        assertThat(row.get("mapped").asBoolean()).isFalse();
    }

    @Test
    void centres_readsTheStateWithoutTheLock_andWritesNothing() throws IOException {
        importAllDays();
        byte[] journal = Files.readAllBytes(state.resolve(Journal.FILE_NAME));

        try (CellarState busy = CellarState.openForWriting(state, Clock.systemUTC())) {
            assertThat(stream(ok("centres", "--json")).toList()).isNotEmpty();
            assertThat(ok("centres").asText()).contains(aCentreKey());
        }

        assertThat(Files.readAllBytes(state.resolve(Journal.FILE_NAME))).isEqualTo(journal);
    }

    @Test
    void centres_ofEachSite_orOfTheSiteGiven() {
        record(new ImportCatalogue(Cellars.SITE, List.of(Cellars.product("P1", "CH MARGAUX 2015 BTL", "120.00"))),
                new ImportCatalogue(TERRACE_SITE, List.of()),
                ImportSales.of(List.of(ticketOfCentre(Cellars.SITE, "T1", "BAR"),
                        ticketOfCentre(TERRACE_SITE, "T2", "DECK"))));

        assertThat(stream(ok("centres", "--json")).map(row -> row.get("site").asText() + "/"
                + row.get("centre").asText())).containsExactly("localhost:8089/BAR", "terrace.example:8443/DECK");
        assertThat(stream(ok("centres", "--json", "--site", "TERRACE.example:8443"))
                .map(row -> row.get("centre").asText())).containsExactly("DECK");
        assertThat(ok("centres").asText().lines()).containsExactly("Site localhost:8089: 1 centre(s):",
                "  BAR              cellar main (default, no cellar of its own)",
                "Site terrace.example:8443: 1 centre(s):",
                "  DECK             cellar main (default, no cellar of its own)");
    }

    @Test
    void centres_ofAStateWithoutSites_orOfASiteWithoutCentres_saysSo() {
        record(new AddWines(List.of(Cellars.wine("W1", "Château Margaux", 2015, "12"))));
        assertThat(ok("centres").asText()).isEqualTo(String.format("The state knows no site yet: run cellarsync"
                + " import first.%n"));

        record(new ImportCatalogue(Cellars.SITE, List.of()));

        assertThat(ok("centres").asText()).isEqualTo(String.format("Site localhost:8089: no centre (no recorded sale"
                + " names a point of sale, none was mapped).%n"));
        assertThat(stream(ok("centres", "--json")).toList()).isEmpty();
    }

    @Test
    void centres_ofAnUnknownSite_isRefused_namingItAndTheKnownSites() {
        importAllDays();

        assertThat(fails("centres", "--site", "NOSUCHSITE")).isEqualTo(1);

        assertThat(runner.err()).contains("Unknown site 'NOSUCHSITE'")
                .contains("the state knows localhost:" + gateway.baseUri().getPort());
        assertThat(runner.out()).isEmpty();
    }

    @Test
    void centres_showsAControlCharacterOfAPosCentreKeyAsAnEscape_andKeepsItInJson() {
        record(new ImportCatalogue(Cellars.SITE, List.of(Cellars.product("P1", "CH MARGAUX 2015 BTL", "120.00"))),
                ImportSales.of(List.of(ticketOfCentre(Cellars.SITE, "T1", "BAR\u001B[2J"))));

        // Review 2026-12-05: the key was padded to 16 columns before its escape was written, so the row's cellar
        // column moved right by the escape's extra characters.
        assertThat(ok("centres").asText().lines()).hasSize(2).element(1).asString()
                .isEqualTo("  BAR\\u001B[2J     cellar main (default, no cellar of its own)");
        assertThat(stream(ok("centres", "--json")).map(row -> row.get("centre").asText()))
                .containsExactly("BAR\u001B[2J");
    }
}
