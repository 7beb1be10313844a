package io.cellarsync.sync;

import static io.cellarsync.sync.Fixtures.DAY1;
import static io.cellarsync.sync.Fixtures.SITE;
import static io.cellarsync.sync.Fixtures.applied;
import static io.cellarsync.sync.Fixtures.bd;
import static io.cellarsync.sync.Fixtures.billed;
import static io.cellarsync.sync.Fixtures.depleted;
import static io.cellarsync.sync.Fixtures.engineWithSiteAndWines;
import static io.cellarsync.sync.Fixtures.entry;
import static io.cellarsync.sync.Fixtures.line;
import static io.cellarsync.sync.Fixtures.ref;
import static io.cellarsync.sync.Fixtures.sales;
import static io.cellarsync.sync.Fixtures.stock;
import static io.cellarsync.sync.SalesImportSemanticsTest.linkable;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Semantics 13 to 16 of issue 5: the queue, points of sale and cellars, the audit trail, the reset report. */
class QueueAuditAndReportSemanticsTest {

    @Test
    void semantic13_queueListsUnlinkedReferences_soldFirstThenByRevenue() {
        SyncEngine engine = engineWithSiteAndWines();
        applied(engine, new ImportCatalogue(SITE, List.of(entry("CAT", "Only in the catalogue", "5", "21"),
                entry("LINKED", "Linked wine", "30", "21"))));
        applied(engine, LinkReference.yes(ref("LINKED"), "w1"));
        applied(engine, sales(billed("T1", DAY1, line("O1", 0, "SMALL", "1"), line("O1", 1, "BIG", "3"),
                line("O1", 2, "LINKED", "1"))));

        List<QueueEntry> queue = engine.queue();

        assertThat(queue).extracting(QueueEntry::reference).containsExactly(ref("BIG"), ref("SMALL"), ref("CAT"));
        assertThat(queue).extracting(QueueEntry::sold).containsExactly(true, true, false);
        assertThat(queue.get(0).quantity()).isEqualByComparingTo("3");
        assertThat(queue.get(0).revenue()).isEqualByComparingTo("30");
        assertThat(queue.get(2).inCatalogue()).isTrue();
    }

    @Test
    void aCatalogueEntrySentAgainWithItsPriceWrittenAtAnotherScale_recordsNothing() {
        // A review: entries were compared with BigDecimal.equals, so a gateway's 12.5 after 12.50 was a new entry,
        // a CatalogueEntrySeen in the journal and the history every night.
        SyncEngine engine = engineWithSiteAndWines();
        applied(engine, new ImportCatalogue(SITE, List.of(entry("P", "Chablis 1er Cru", "12.50", "21.0"))));

        SyncOutcome.Applied again = applied(engine,
                new ImportCatalogue(SITE, List.of(entry("P", "Chablis 1er Cru", "12.5", "21"))));
        SyncOutcome.Applied repriced = applied(engine,
                new ImportCatalogue(SITE, List.of(entry("P", "Chablis 1er Cru", "13", "21"))));

        assertThat(again.events()).noneMatch(event -> event instanceof SyncEvent.CatalogueEntrySeen);
        assertThat(repriced.events()).anyMatch(event -> event instanceof SyncEvent.CatalogueEntrySeen);
    }

    @Test
    void semantic13_aReferenceSeenOnlyOnOwnUseTickets_isNotSold_butStillCountsItsQuantity() {
        SyncEngine engine = engineWithSiteAndWines();
        SaleTicket staffAndWaste = new SaleTicket(SITE, "T1", DAY1, false, true, false, null,
                List.of(line("O1", 0, "STAFF", "2"), line("O1", 1, "BOTH", "1")));
        applied(engine, sales(staffAndWaste, billed("T2", DAY1, line("O2", 0, "BOTH", "1"))));
        applied(engine, new ImportCatalogue(SITE, List.of(entry("CAT", "Only in the catalogue", "5", "21"))));

        List<QueueEntry> queue = engine.queue();

        assertThat(queue).extracting(QueueEntry::reference).containsExactly(ref("BOTH"), ref("CAT"), ref("STAFF"));
        assertThat(queue).extracting(QueueEntry::sold).containsExactly(true, false, false);
        assertThat(queue.get(2).quantity()).isEqualByComparingTo("2");
        assertThat(queue.get(2).revenue()).isEqualByComparingTo("0");
    }

    @Test
    void semantic13_aSaleTheTillTurnsIntoOwnUse_isNoLongerSold() {
        SyncEngine engine = engineWithSiteAndWines();
        applied(engine, sales(billed("T1", DAY1, line("O1", 0, "P9", "1"))));
        assertThat(engine.queue()).singleElement().extracting(QueueEntry::sold).isEqualTo(true);

        applied(engine, sales(new SaleTicket(SITE, "T1", DAY1, false, true, false, null,
                List.of(line("O1", 0, "P9", "1")))));

        assertThat(engine.queue()).singleElement().extracting(QueueEntry::sold).isEqualTo(false);
    }

    @Test
    void semantic13_anIgnoredReference_leavesTheQueueUntilUnignored() {
        SyncEngine engine = engineWithSiteAndWines();
        applied(engine, sales(billed("T1", DAY1, line("O1", 0, "COFFEE", "2"))));

        applied(engine, new IgnoreReference(ref("COFFEE")));
        assertThat(engine.queue()).isEmpty();
        assertThat(applied(engine, new IgnoreReference(ref("COFFEE"))).events()).isEmpty();

        applied(engine, new UnignoreReference(ref("COFFEE")));
        assertThat(engine.queue()).extracting(QueueEntry::reference).containsExactly(ref("COFFEE"));
    }

    @Test
    void semantic14_salesKeepTheirCentre_andMappedCentresDepleteTheirOwnCellar() {
        SyncEngine engine = engineWithSiteAndWines();
        applied(engine, LinkReference.yes(linkable(engine, "P1"), "w1"));
        applied(engine, new MapCentre(SITE, "BAR", "bar cellar"));

        applied(engine, sales(ticketAt("T1", "BAR", "2"), ticketAt("T2", "RESTAURANT", "1")));

        StockBalance balance = engine.stockOf("w1").orElseThrow().balance();
        assertThat(balance.stockByCellar().get("bar cellar")).isEqualByComparingTo("-2");
        assertThat(balance.stockByCellar().get(SyncEngine.DEFAULT_CELLAR)).isEqualByComparingTo("11");
        assertThat(balance.stock()).isEqualByComparingTo("9");
        assertThat(engine.historyOf("w1")).extracting(StockMovement::cause)
                .filteredOn(MovementCause.SaleEffect.class::isInstance)
                .extracting(cause -> ((MovementCause.SaleEffect) cause).line().ticketKey())
                .containsExactly("T1", "T2");
    }

    @Test
    void semantic14_anImportRestrictedToSomeCentres_skipsTheOthers() {
        SyncEngine engine = engineWithSiteAndWines();
        applied(engine, LinkReference.yes(linkable(engine, "P1"), "w1"));

        SyncOutcome.Applied outcome = applied(engine,
                new ImportSales(List.of(ticketAt("T1", "BAR", "2"), ticketAt("T2", "RESTAURANT", "1")), List.of("BAR")));

        assertThat(outcome.summary().ticketsSkippedCentre()).isEqualTo(1);
        assertThat(depleted(engine, "w1")).isEqualByComparingTo("2");
    }

    @Test
    void semantic14_aTicketOfACentreLeftOut_isNotValidatedEither() {
        // Found in review: a ticket the import skips could reject the whole batch.
        SyncEngine engine = engineWithSiteAndWines();
        applied(engine, LinkReference.yes(linkable(engine, "P1"), "w1"));
        SaleTicket noDay = new SaleTicket(SITE, "T9", null, false, false, false, "RESTAURANT",
                List.of(line("OT9", 0, "P1", "1"), line("OT9", 0, "P1", "1")));

        SyncOutcome.Applied outcome = applied(engine,
                new ImportSales(List.of(ticketAt("T1", "BAR", "2"), noDay), List.of("BAR")));

        assertThat(outcome.summary().ticketsSkippedCentre()).isEqualTo(1);
        assertThat(depleted(engine, "w1")).isEqualByComparingTo("2");
        assertThat(engine.apply(ImportSales.of(List.of(noDay)))).isInstanceOf(SyncOutcome.Rejected.class);
    }

    @Test
    void semantic14_aLaterMapping_leavesRecordedSalesInTheirCellar() {
        SyncEngine engine = engineWithSiteAndWines();
        applied(engine, LinkReference.yes(linkable(engine, "P1"), "w1"));
        applied(engine, sales(ticketAt("T1", "BAR", "2")));

        applied(engine, new MapCentre(SITE, "BAR", "bar cellar"));
        SyncOutcome.Applied reimport = applied(engine, sales(ticketAt("T1", "BAR", "2"), ticketAt("T2", "BAR", "1")));

        assertThat(reimport.summary().ticketsUnchanged()).isEqualTo(1);
        StockBalance balance = engine.stockOf("w1").orElseThrow().balance();
        assertThat(balance.stockByCellar().get(SyncEngine.DEFAULT_CELLAR)).isEqualByComparingTo("10");
        assertThat(balance.stockByCellar().get("bar cellar")).isEqualByComparingTo("-1");
    }

    @Test
    void semantic15_everyStockMovementNamesItsCause_andIsListedPerWine() {
        SyncEngine engine = engineWithSiteAndWines();
        applied(engine, sales(billed("T1", DAY1, line("O1", 0, "P1", "1"))));
        applied(engine, LinkReference.yes(ref("P1"), "w1"));
        applied(engine, sales(billed("T2", DAY1, line("O2", 0, "P1", "2"))));
        applied(engine, sales(billed("T2", DAY1, line("O2", 0, "P1", "1"))));
        applied(engine, new AdjustStock("w1", null, bd("6"), "delivery 42"));
        applied(engine, UnlinkReference.reversingSales(ref("P1")));

        List<StockMovement> history = engine.historyOf("w1");

        assertThat(history).extracting(StockMovement::cause).extracting(SaleEffectsOrOther::describe).containsExactly(
                "initial 12", "BACKFILL T1 link 1", "SALE T2 link 1", "CORRECTION T2 link 1", "SALE T2 link 1",
                "manual 6 delivery 42", "UNLINK T1 link 1", "UNLINK T2 link 1");
        assertThat(history).extracting(StockMovement::at).containsOnly(Fixtures.T0);
        assertThat(engine.stockOf("w1").orElseThrow().balance().stock()).isEqualByComparingTo("18");
    }

    @Test
    void semantic16_resetReportGivesStableNumbersAndAutoLinksProductsThatComeBack() {
        SyncEngine engine = engineWithSiteAndWines();
        applied(engine, PrepareResetReport.allWines());
        applied(engine, new AddWines(List.of(new LibraryWine("w3", "Pinot; \"Vieilles Vignes\" de Bourgogne", null,
                null, null, null, "Red", 2020, 750, bd("3"), List.of()))));
        applied(engine, PrepareResetReport.allWines());
        applied(engine, PrepareResetReport.allWines()); // numbers are kept, not renumbered

        ResetReport report = engine.resetReport();
        assertThat(report.rows()).extracting(ResetReportRow::productNumber).containsExactly(900001L, 900002L, 900003L);
        assertThat(report.toCsv()).isEqualTo("ProductNr;Name;ShortName;GroupName;Price;VatRate\r\n"
                + "900001;Chablis Premier Cru 2021;Chablis Premier Cru;Wine;;\r\n"
                + "900002;Barolo 2018;Barolo 2018;Wine;;\r\n"
                + "900003;\"Pinot; \"\"Vieilles Vignes\"\" de Bourgogne 2020\";\"Pinot; \"\"Vieilles Vig\";Red;;\r\n");

        applied(engine, new ImportCatalogue(SITE, List.of(
                new CatalogueEntry(ref("NEW1"), "Barolo 2018", "900002", "Wines", bd("60"), bd("21")),
                new CatalogueEntry(ref("NEW2"), "Something else", "900001", "Wines", bd("60"), bd("21")))));

        assertThat(engine.linksOf("w2")).extracting(view -> view.link().reference()).containsExactly(ref("NEW1"));
        assertThat(engine.linksOf("w2").get(0).link().automatic()).isTrue();
        assertThat(engine.linksOf("w1")).isEmpty(); // a number with another name is not enough
        assertThat(engine.resetReport().rows().get(1).price()).contains(bd("60"));
    }

    @Test
    void semantic16_theShortName_neverCutsACharacterInTwo() {
        // The glass is one character in two UTF-16 units, the 20th and 21st: cut after the 20th, half of it would
        // be left, which UTF-8 cannot write (it became '?').
        String name = "Cuvée Sainte-Marie \uD83C\uDF77 Rouge";
        SyncEngine engine = engineWithSiteAndWines();
        applied(engine, new AddWines(List.of(new LibraryWine("w3", name, null, null, null, null, "Red", null, 750,
                bd("3"), List.of()))));
        applied(engine, new PrepareResetReport(List.of("w3")));

        ResetReportRow row = engine.resetReport().rows().get(0);

        assertThat(row.shortName()).isEqualTo("Cuvée Sainte-Marie");
        assertThat(engine.resetReport().toCsv()).contains(";Cuvée Sainte-Marie;");
        String wholeGlass = "Château Margaux \uD83C\uDF77 2015";
        applied(engine, new AddWines(List.of(new LibraryWine("w4", wholeGlass, null, null, null, null, "Red", null,
                750, bd("3"), List.of()))));
        applied(engine, new PrepareResetReport(List.of("w4")));
        assertThat(engine.resetReport().rows().get(1).shortName()).isEqualTo("Château Margaux \uD83C\uDF77 2");
    }

    @Test
    void semantic16_anAutoLinkIsCountedInTheSummary_withItsBackfill() {
        SyncEngine engine = engineWithSiteAndWines();
        applied(engine, PrepareResetReport.allWines());
        applied(engine, sales(billed("T1", DAY1, line("O1", 0, "P9", "2"))));

        SyncOutcome.Applied outcome = applied(engine, new ImportCatalogue(SITE, List.of(comingBack("P9"))));

        assertThat(outcome.summary().referencesAutoLinked()).isEqualTo(1);
        assertThat(outcome.summary().linesBackfilled()).isEqualTo(1);
        assertThat(stock(engine, "w1")).isEqualByComparingTo("10");
    }

    @Test
    void semantic16_aProductTheUserUnlinked_isNotLinkedAgainByTheNextCatalogue() {
        // Found in review: every catalogue import linked it again and back-filled its sales (R12).
        SyncEngine engine = engineWithSiteAndWines();
        applied(engine, PrepareResetReport.allWines());
        applied(engine, new ImportCatalogue(SITE, List.of(comingBack("P9"))));
        applied(engine, sales(billed("T1", DAY1, line("O1", 0, "P9", "2"))));
        assertThat(engine.reference(ref("P9")).orElseThrow().link()).isPresent();
        applied(engine, UnlinkReference.reversingSales(ref("P9")));
        assertThat(stock(engine, "w1")).isEqualByComparingTo("12");

        SyncOutcome.Applied nextNight = applied(engine, new ImportCatalogue(SITE, List.of(comingBack("P9"))));

        assertThat(engine.reference(ref("P9")).orElseThrow().link()).isEmpty();
        assertThat(stock(engine, "w1")).isEqualByComparingTo("12");
        assertThat(nextNight.summary().referencesAutoLinked()).isZero();
        assertThat(engine.queue()).extracting(QueueEntry::reference).containsExactly(ref("P9"));
    }

    @Test
    void semantic16_aProductTheUserIgnored_isNotLinked_evenOnceUnignored() {
        SyncEngine engine = engineWithSiteAndWines();
        applied(engine, sales(billed("T1", DAY1, line("O1", 0, "P9", "2"))));
        applied(engine, new IgnoreReference(ref("P9")));
        applied(engine, PrepareResetReport.allWines());

        applied(engine, new ImportCatalogue(SITE, List.of(comingBack("P9"))));
        assertThat(engine.reference(ref("P9")).orElseThrow().ignored()).isTrue();
        applied(engine, new UnignoreReference(ref("P9")));
        applied(engine, new ImportCatalogue(SITE, List.of(comingBack("P9"))));

        assertThat(engine.reference(ref("P9")).orElseThrow().link()).isEmpty();
        assertThat(stock(engine, "w1")).isEqualByComparingTo("12");
    }

    @Test
    void semantic16_aRegeneratedReport_showsTheWinesCurrentVintage() {
        // Found in review: the report kept the name frozen when the number was assigned.
        SyncEngine engine = engineWithSiteAndWines();
        applied(engine, new ImportCatalogue(SITE, List.of(entry("P1", "CHABLIS 1ER CRU 2022", "30", "21"))));
        applied(engine, PrepareResetReport.allWines());
        applied(engine, LinkReference.almost(ref("P1"), "w1", 2022)); // R9: it is w1, but the 2022

        String csv = engine.resetReport().toCsv();

        assertThat(csv).contains("900001;Chablis Premier Cru 2022;Chablis Premier Cru;")
                .doesNotContain("Chablis Premier Cru 2021");
    }

    @Test
    void semantic16_productsOfTheReportBeforeAndAfterAVintageChange_areBothRecognised() {
        SyncEngine engine = engineWithSiteAndWines();
        applied(engine, new ImportCatalogue(SITE, List.of(entry("P1", "CHABLIS 1ER CRU 2022", "30", "21"))));
        applied(engine, PrepareResetReport.allWines());                // exported as "Chablis Premier Cru 2021"
        applied(engine, LinkReference.almost(ref("P1"), "w1", 2022));  // now shown as "Chablis Premier Cru 2022"

        applied(engine, new ImportCatalogue(SITE, List.of(
                new CatalogueEntry(ref("OLD"), "Chablis Premier Cru 2021", "900001", "Wines", bd("30"), bd("21")),
                new CatalogueEntry(ref("NEW"), "Chablis Premier Cru 2022", "900001", "Wines", bd("30"), bd("21")),
                new CatalogueEntry(ref("ODD"), "Chablis Premier Cru 2019", "900001", "Wines", bd("30"), bd("21")))));

        assertThat(engine.linksOf("w1")).filteredOn(view -> view.link().automatic())
                .extracting(view -> view.link().reference()).containsExactly(ref("OLD"), ref("NEW"));
    }

    /** The reset report's product 900001 (wine w1) as it comes back from the POS under product key {@code key}. */
    private static CatalogueEntry comingBack(String key) {
        return new CatalogueEntry(ref(key), "Chablis Premier Cru 2021", "900001", "Wines", bd("30"), bd("21"));
    }

    private static SaleTicket ticketAt(String key, String centre, String quantity) {
        return new SaleTicket(SITE, key, DAY1, false, false, false, centre, List.of(line("O" + key, 0, "P1", quantity)));
    }

    /** Describes a cause in a few words, for comparing audit trails. */
    static final class SaleEffectsOrOther {
        private SaleEffectsOrOther() {}

        static String describe(MovementCause cause) {
            if (cause instanceof MovementCause.SaleEffect) {
                MovementCause.SaleEffect sale = (MovementCause.SaleEffect) cause;
                return sale.kind() + " " + sale.line().ticketKey() + " link " + sale.linkNumber();
            }
            if (cause instanceof MovementCause.ManualAdjustment) {
                MovementCause.ManualAdjustment manual = (MovementCause.ManualAdjustment) cause;
                return "manual " + manual.bottles().toPlainString() + " " + manual.reason();
            }
            return "initial " + cause.bottles().toPlainString();
        }
    }
}
