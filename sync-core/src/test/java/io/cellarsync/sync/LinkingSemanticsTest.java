package io.cellarsync.sync;

import static io.cellarsync.sync.Fixtures.DAY1;
import static io.cellarsync.sync.Fixtures.DAY2;
import static io.cellarsync.sync.Fixtures.DAY3;
import static io.cellarsync.sync.Fixtures.SITE;
import static io.cellarsync.sync.Fixtures.applied;
import static io.cellarsync.sync.Fixtures.bd;
import static io.cellarsync.sync.Fixtures.billed;
import static io.cellarsync.sync.Fixtures.depleted;
import static io.cellarsync.sync.Fixtures.engineWithSiteAndWines;
import static io.cellarsync.sync.Fixtures.entry;
import static io.cellarsync.sync.Fixtures.gross;
import static io.cellarsync.sync.Fixtures.line;
import static io.cellarsync.sync.Fixtures.ref;
import static io.cellarsync.sync.Fixtures.sales;
import static io.cellarsync.sync.Fixtures.stock;
import static io.cellarsync.sync.SalesImportSemanticsTest.linkable;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Semantics 7 to 12 of issue 5: depletion ratios, POS revenue, linking, unlinking, renames and prices. */
class LinkingSemanticsTest {

    @Test
    void semantic7_sixGlassesOfASixthOfABottle_makeExactlyOneBottle() {
        SyncEngine engine = engineWithSiteAndWines();
        applied(engine, LinkReference.yes(linkable(engine, "GLASS"), "w1").withPerSale(BottlesPerUnit.glass(125, 750)));

        applied(engine, sales(billed("T1", DAY1, line("O1", 0, "GLASS", "2"), line("O1", 1, "GLASS", "1")),
                billed("T2", DAY1, line("O2", 0, "GLASS", "3"))));

        assertThat(depleted(engine, "w1")).isEqualTo(bd("1"));
        assertThat(stock(engine, "w1")).isEqualTo(bd("11"));
    }

    @Test
    void semantic7_stockMayGoNegative_andIsReportedNotRefused() {
        SyncEngine engine = engineWithSiteAndWines();
        applied(engine, LinkReference.yes(linkable(engine, "P2"), "w2"));

        SyncOutcome.Applied outcome = applied(engine, sales(billed("T1", DAY1, line("O1", 0, "P2", "8"))));

        assertThat(outcome.summary().linesApplied()).isEqualTo(1);
        assertThat(stock(engine, "w2")).isEqualByComparingTo("-2");
        assertThat(engine.stockOf("w2").orElseThrow().negative()).isTrue();
    }

    @Test
    void semantic9_aTicketThatLosesALineOfAReferenceAndGetsItBack_isBackfilledOnce() {
        // Found while moving the ledger to whole ticket versions: the ticket was listed twice under the reference.
        SyncEngine engine = engineWithSiteAndWines();
        PosReferenceId reference = linkable(engine, "P1");
        applied(engine, sales(billed("T1", DAY1, line("O1", 0, "P1", "1"))));
        applied(engine, sales(billed("T1", DAY1)));
        applied(engine, sales(billed("T1", DAY1, line("O1", 0, "P1", "2"))));

        applied(engine, LinkReference.yes(reference, "w1"));

        assertThat(depleted(engine, "w1")).isEqualTo(bd("2"));
        assertThat(engine.historyOf("w1")).filteredOn(m -> m.cause() instanceof MovementCause.SaleEffect).hasSize(1);
    }

    @Test
    void semantic8_revenueIsThePosTotals_perVatRate_neverRecomputedFromAPrice() {
        SyncEngine engine = engineWithSiteAndWines();
        applied(engine, LinkReference.yes(linkable(engine, "P1"), "w1"));
        SaleLine discounted = SaleLine.main("O1", 0, "P1", "Chablis", bd("2"), bd("17.50"), bd("14.46"), bd("21"));
        SaleLine otherRate = SaleLine.main("O1", 1, "P1", "Chablis", bd("1"), bd("9.00"), bd("8.26"), bd("9"));

        applied(engine, sales(billed("T1", DAY1, discounted, otherRate)));

        StockBalance balance = engine.stockOf("w1").orElseThrow().balance();
        assertThat(balance.revenueByVat()).extracting(VatRevenue::vatRate).containsExactly(bd("9"), bd("21"));
        assertThat(balance.revenueByVat().get(1).gross()).isEqualByComparingTo("17.50");
        assertThat(balance.revenueByVat().get(1).net()).isEqualByComparingTo("14.46");
        assertThat(balance.gross()).isEqualByComparingTo("26.50");
        assertThat(balance.net()).isEqualByComparingTo("22.72");
    }

    @Test
    void semantic9_yesLink_backfillsAllSalesAlreadyRecorded() {
        SyncEngine engine = engineWithSiteAndWines();
        applied(engine, sales(billed("T1", DAY1, line("O1", 0, "P1", "2")), billed("T2", DAY2, line("O2", 0, "P1", "1"))));

        SyncOutcome.Applied linked = applied(engine, LinkReference.yes(ref("P1"), "w1"));

        assertThat(linked.summary().stockMovements()).isEqualTo(2);
        assertThat(depleted(engine, "w1")).isEqualByComparingTo("3");
        assertThat(engine.historyOf("w1")).extracting(StockMovement::cause)
                .filteredOn(MovementCause.SaleEffect.class::isInstance)
                .extracting(cause -> ((MovementCause.SaleEffect) cause).kind())
                .containsOnly(SaleEffectKind.BACKFILL);
    }

    @Test
    void semantic9_linkFromADate_backfillsOnlyFromThatDay_andIgnoresLaterArrivingEarlierSales() {
        SyncEngine engine = engineWithSiteAndWines();
        applied(engine, sales(billed("T1", DAY1, line("O1", 0, "P1", "2")), billed("T2", DAY2, line("O2", 0, "P1", "1"))));

        applied(engine, LinkReference.yes(ref("P1"), "w1").from(DAY2));
        applied(engine, sales(billed("T0", DAY1, line("O0", 0, "P1", "5")), billed("T3", DAY3, line("O3", 0, "P1", "4"))));

        assertThat(depleted(engine, "w1")).isEqualByComparingTo("5");
    }

    @Test
    void semantic9_almostLink_setsTheWinesVintage() {
        SyncEngine engine = engineWithSiteAndWines();

        applied(engine, LinkReference.almost(linkable(engine, "P1"), "w1", 2022));

        assertThat(engine.wine("w1").orElseThrow().vintage()).isEqualTo(2022);
        assertThat(engine.linksOf("w1")).hasSize(1);
    }

    @Test
    void semantic9_noLink_createsTheWineFromTheFieldsThenLinksAndBackfills() {
        SyncEngine engine = engineWithSiteAndWines();
        applied(engine, sales(billed("T1", DAY1, line("O1", 0, "P9", "2"))));
        LibraryWine entered = LibraryWine.of("w9", "Sancerre", 2023, bd("24"));

        applied(engine, LinkReference.no(ref("P9"), entered));

        assertThat(engine.wine("w9")).contains(entered);
        assertThat(stock(engine, "w9")).isEqualByComparingTo("22");
    }

    @Test
    void semantic9_severalReferencesMayLinkToOneWine() {
        SyncEngine engine = engineWithSiteAndWines();
        applied(engine, LinkReference.yes(linkable(engine, "BOTTLE"), "w1"));
        applied(engine, LinkReference.yes(linkable(engine, "GLASS"), "w1").withPerSale(BottlesPerUnit.parse("1/6")));

        applied(engine, sales(billed("T1", DAY1, line("O1", 0, "BOTTLE", "1"), line("O1", 1, "GLASS", "3"))));

        assertThat(depleted(engine, "w1")).isEqualByComparingTo("1.5");
        assertThat(engine.stockOf("w1").orElseThrow().links()).isEqualTo(2);
    }

    @Test
    void semantic10_unlinkingByDefault_reversesTheReferencesSales() {
        SyncEngine engine = engineWithSiteAndWines();
        applied(engine, LinkReference.yes(linkable(engine, "P1"), "w1"));
        applied(engine, sales(billed("T1", DAY1, line("O1", 0, "P1", "3"))));

        applied(engine, UnlinkReference.reversingSales(ref("P1")));

        assertThat(stock(engine, "w1")).isEqualByComparingTo("12");
        assertThat(gross(engine, "w1")).isEqualByComparingTo("0");
        assertThat(engine.linksOf("w1")).isEmpty();
        assertThat(engine.queue()).extracting(QueueEntry::reference).containsExactly(ref("P1"));
    }

    @Test
    void semantic10_unlinkingWithKeepPastSales_keepsThemAndStopsFutureDepletion() {
        SyncEngine engine = engineWithSiteAndWines();
        applied(engine, LinkReference.yes(linkable(engine, "P1"), "w1"));
        applied(engine, sales(billed("T1", DAY1, line("O1", 0, "P1", "3"))));

        applied(engine, new UnlinkReference(ref("P1"), true));
        applied(engine, sales(billed("T2", DAY2, line("O2", 0, "P1", "2"))));

        assertThat(depleted(engine, "w1")).isEqualByComparingTo("3");
        assertThat(gross(engine, "w1")).isEqualByComparingTo("30");
    }

    @Test
    void semantic10_aKeptPastSaleCorrectedByThePos_staysOnItsWineWithTheCorrection() {
        // Found in review: the correction reversed the kept sale and, with no current link, applied nothing.
        SyncEngine engine = engineWithSiteAndWines();
        applied(engine, LinkReference.yes(linkable(engine, "P1"), "w1"));
        applied(engine, sales(billed("T1", DAY1, line("O1", 0, "P1", "2"))));
        applied(engine, new UnlinkReference(ref("P1"), true));

        applied(engine, sales(billed("T1", DAY1, line("O1", 0, "P1", "3"))));

        assertThat(depleted(engine, "w1")).isEqualByComparingTo("3");
        assertThat(gross(engine, "w1")).isEqualByComparingTo("30");
        applied(engine, LinkReference.yes(ref("P1"), "w2"));
        applied(engine, sales(billed("T1", DAY1, line("O1", 0, "P1", "4"))));
        assertThat(depleted(engine, "w1")).isEqualByComparingTo("4"); // still a past sale of w1, not moved to w2
        assertThat(depleted(engine, "w2")).isEqualByComparingTo("0");
    }

    @Test
    void semantic10_relinkingAfterKeepingPastSales_doesNotCountThemTwice() {
        SyncEngine engine = engineWithSiteAndWines();
        applied(engine, LinkReference.yes(linkable(engine, "P1"), "w1"));
        applied(engine, sales(billed("T1", DAY1, line("O1", 0, "P1", "3"))));
        applied(engine, new UnlinkReference(ref("P1"), true));

        applied(engine, LinkReference.yes(ref("P1"), "w1"));
        applied(engine, UnlinkReference.reversingSales(ref("P1")));

        assertThat(depleted(engine, "w1")).isEqualByComparingTo("3"); // the kept sales stay, nothing doubled
    }

    @Test
    void semantic10_unlinkingOneOfTwoReferences_keepsTheOtherReferencesSales() {
        SyncEngine engine = engineWithSiteAndWines();
        applied(engine, LinkReference.yes(linkable(engine, "BOTTLE"), "w1"));
        applied(engine, LinkReference.yes(linkable(engine, "MAGNUM"), "w1").withPerSale(BottlesPerUnit.of(bd("2"))));
        applied(engine, sales(billed("T1", DAY1, line("O1", 0, "BOTTLE", "1"), line("O1", 1, "MAGNUM", "1"))));

        applied(engine, UnlinkReference.reversingSales(ref("MAGNUM")));

        assertThat(depleted(engine, "w1")).isEqualByComparingTo("1");
        assertThat(engine.linksOf("w1")).extracting(view -> view.link().reference()).containsExactly(ref("BOTTLE"));
    }

    @Test
    void semantic11_aRenamedReference_keepsItsLinkAndItsNameHistory() {
        SyncEngine engine = engineWithSiteAndWines();
        applied(engine, new ImportCatalogue(SITE, List.of(entry("P1", "Chablis 2021", "45", "21"))));
        applied(engine, LinkReference.yes(ref("P1"), "w1"));

        applied(engine, new ImportCatalogue(SITE, List.of(entry("P1", "Chablis 2022", "47", "21"))));
        applied(engine, sales(billed("T1", DAY1, line("O1", 0, "P1", "1"))));

        LinkView view = engine.linksOf("w1").get(0);
        assertThat(view.posName()).isEqualTo("Chablis 2022");
        assertThat(view.earlierNames()).containsExactly("Chablis 2021");
        assertThat(depleted(engine, "w1")).isEqualByComparingTo("1");
        assertThat(engine.wine("w1").orElseThrow().vintage()).isEqualTo(2021); // R8: the library is untouched
    }

    @Test
    void semantic12_theWinesSalePriceIsThatOfItsBottleLink_notOfItsGlassLink() {
        SyncEngine engine = engineWithSiteAndWines();
        applied(engine, new ImportCatalogue(SITE, List.of(entry("GLASS", "Chablis glass", "9", "21"),
                entry("BOTTLE", "Chablis bottle", "48", "21"))));
        applied(engine, LinkReference.yes(ref("GLASS"), "w1").withPerSale(BottlesPerUnit.glass(125, 750)));
        assertThat(engine.stockOf("w1").orElseThrow().salePrice()).isEmpty();

        applied(engine, LinkReference.yes(ref("BOTTLE"), "w1"));
        applied(engine, new ImportCatalogue(SITE, List.of(entry("BOTTLE", "Chablis bottle", "52", "21"))));

        WineStock stock = engine.stockOf("w1").orElseThrow();
        assertThat(stock.salePrice()).contains(bd("52"));
        assertThat(stock.vatRate()).contains(bd("21"));
        assertThat(engine.linksOf("w1")).extracting(LinkView::price)
                .containsExactly(java.util.Optional.of(bd("9")), java.util.Optional.of(bd("52")));
    }

    @Test
    void semantic12_withoutCatalogueEntry_theWineHasNoSalePrice() {
        SyncEngine engine = engineWithSiteAndWines();
        applied(engine, sales(billed("T1", DAY1, line("O1", 0, "P1", "1"))));
        applied(engine, LinkReference.yes(ref("P1"), "w1"));

        assertThat(engine.stockOf("w1").orElseThrow().salePrice()).isEmpty();
        assertThat(engine.linksOf("w1").get(0).price()).isEmpty();
        assertThat(gross(engine, "w1")).isEqualByComparingTo(BigDecimal.TEN);
    }
}
