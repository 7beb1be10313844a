package io.cellarsync.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.cellarsync.matching.MatchingEngine;
import io.cellarsync.matching.Proposal;
import io.cellarsync.matching.Verdict;
import io.cellarsync.sync.AddWines;
import io.cellarsync.sync.ImportCatalogue;
import io.cellarsync.sync.ImportSales;
import io.cellarsync.sync.LibraryWine;
import io.cellarsync.sync.LinkReference;
import io.cellarsync.sync.QueueEntry;
import io.cellarsync.sync.SiteId;
import io.cellarsync.sync.SyncEngine;
import io.cellarsync.sync.SyncOutcome;
import io.cellarsync.sync.trivec.TrivecCatalogue;
import io.cellarsync.sync.trivec.TrivecSiteIds;
import io.cellarsync.sync.trivec.TrivecTickets;
import io.cellarsync.trivec.TicketQuery;
import io.cellarsync.trivec.TrivecClient;
import io.cellarsync.trivec.testkit.GatewaySimulator;
import io.cellarsync.trivec.testkit.SimulatorConfig;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * The README's "Quick start as a library", line for line, against the testkit's simulated gateway instead of a
 * real one: if a line of it stops compiling or doing what the README says, this test fails (keep the two alike).
 */
class ReadmeQuickStartTest {

    @Test
    void theQuickStart_linksWhatTheMatcherIsSureOf_andTheStockMoves() {
        try (GatewaySimulator simulator = GatewaySimulator.start(SimulatorConfig.defaults())) {
            TrivecClient client = simulator.newClient();
            // From here on, the README's lines.
            SiteId site = TrivecSiteIds.of(client.site());
            SyncEngine engine = SyncEngine.create(Clock.systemUTC());
            check(engine.apply(new AddWines(List.of(LibraryWine.of("W001", "Château Margaux", 2015,
                    new BigDecimal("12"))))));
            check(engine.apply(new ImportCatalogue(site,
                    TrivecCatalogue.toEntries(site, client.products(), client.productGroups()))));
            TicketQuery query = TicketQuery.billedOnly().withOpen(true).withInternal(true).withFreeAddons(true);
            check(engine.apply(ImportSales.of(TrivecTickets.toSaleTickets(site,
                    client.ticketsOfDay(LocalDate.of(2026, 12, 1), query)))));

            MatchingEngine matcher = MatchingEngine.of(engine.wines().stream()
                    .map(ReadmeQuickStartTest::forMatcher).toList());
            List<String> linked = new ArrayList<>();
            for (QueueEntry entry : engine.queue()) {
                Proposal proposal = matcher.match(entry.posName());
                if (proposal.verdict() == Verdict.YES) {
                    check(engine.apply(LinkReference.yes(entry.reference(), proposal.wineId().orElseThrow())));
                    linked.add(entry.posName());
                }
            }

            assertThat(linked).anySatisfy(name -> assertThat(name).contains("MARGAUX"));
            assertThat(engine.stockOf("W001")).hasValueSatisfying(
                    stock -> assertThat(stock.balance().stock()).isLessThan(new BigDecimal("12")));
        }
    }

    @Test
    void aLinkToAWineNotAdded_isRejected_notThrown() {
        // The README's first version linked W001 without adding it: apply returned Rejected and nothing said so.
        try (GatewaySimulator simulator = GatewaySimulator.start(SimulatorConfig.defaults())) {
            TrivecClient client = simulator.newClient();
            SiteId site = TrivecSiteIds.of(client.site());
            SyncEngine engine = SyncEngine.create(Clock.systemUTC());
            check(engine.apply(new ImportCatalogue(site,
                    TrivecCatalogue.toEntries(site, client.products(), client.productGroups()))));

            SyncOutcome outcome = engine.apply(LinkReference.yes(engine.queue().get(0).reference(), "W001"));

            assertThat(outcome).isInstanceOf(SyncOutcome.Rejected.class);
            assertThat(((SyncOutcome.Rejected) outcome).rejection().toString()).contains("UNKNOWN_WINE", "W001");
        }
    }

    private static void check(SyncOutcome outcome) {
        if (outcome instanceof SyncOutcome.Rejected rejected) {
            throw new IllegalStateException(rejected.rejection().toString());
        }
    }

    private static io.cellarsync.matching.LibraryWine forMatcher(LibraryWine wine) {
        io.cellarsync.matching.LibraryWine forMatcher = io.cellarsync.matching.LibraryWine.of(wine.id(), wine.name())
                .withProducer(Objects.requireNonNullElse(wine.producer(), ""))
                .withAppellation(Objects.requireNonNullElse(wine.appellation(), ""))
                .withColour(Objects.requireNonNullElse(wine.colour(), ""));
        if (wine.vintage() != null) {
            forMatcher = forMatcher.withVintage(wine.vintage());
        }
        return wine.volumeMl() == null ? forMatcher : forMatcher.withVolumeMl(wine.volumeMl());
    }
}
