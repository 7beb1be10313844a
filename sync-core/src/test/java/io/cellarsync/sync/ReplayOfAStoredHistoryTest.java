package io.cellarsync.sync;

import static io.cellarsync.sync.Fixtures.DAY1;
import static io.cellarsync.sync.Fixtures.DAY2;
import static io.cellarsync.sync.Fixtures.SITE;
import static io.cellarsync.sync.Fixtures.T0;
import static io.cellarsync.sync.Fixtures.applied;
import static io.cellarsync.sync.Fixtures.bd;
import static io.cellarsync.sync.Fixtures.billed;
import static io.cellarsync.sync.Fixtures.entry;
import static io.cellarsync.sync.Fixtures.line;
import static io.cellarsync.sync.Fixtures.ref;
import static io.cellarsync.sync.Fixtures.sales;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.cellarsync.sync.Rejection.Reason;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@link SyncEngine#replay}: a history a host stored and hands back is checked whole, with the rules of the commands
 * that produce its events; a bad one is refused naming the event, the value and what is accepted, and nothing of it is
 * folded.
 */
class ReplayOfAStoredHistoryTest {

    @Test
    void aHistoryOfEveryKindOfEvent_replaysToTheSameState() {
        // Every kind of event, the reset report's numbers and its automatic link included: none may be refused.
        SyncEngine original = SyncEngine.create(Fixtures.clock());
        List<SyncEvent> history = new ArrayList<>();
        history.addAll(applied(original, new ImportCatalogue(SITE, List.of(entry("P1", "BTL", "30", "21"),
                entry("P2", "VERRE", "6", "21"), entry("P3", "CAFE", "2", "9")))).events());
        history.addAll(applied(original, new AddWines(List.of(LibraryWine.of("w1", "Chablis", 2021, bd("12")),
                LibraryWine.of("w2", "Barolo", 2018, bd("6"))))).events());
        history.addAll(applied(original, sales(billed("T1", DAY1, line("O1", 0, "P1", "1"), line("O1", 1, "P2", "2"),
                line("O1", 2, "P4", "1")))).events());
        history.addAll(applied(original, LinkReference.yes(ref("P1"), "w1")).events());
        history.addAll(applied(original, LinkReference.almost(ref("P2"), "w1", 2020)
                .withPerSale(BottlesPerUnit.glass(125, 750))).events());
        history.addAll(applied(original, LinkReference.no(ref("P4"), LibraryWine.of("w3", "Sancerre", 2022,
                bd("3")))).events());
        history.addAll(applied(original, new UnlinkReference(ref("P1"), true)).events());
        history.addAll(applied(original, LinkReference.yes(ref("P1"), "w2").from(DAY2)).events());
        history.addAll(applied(original, new IgnoreReference(ref("P3"))).events());
        history.addAll(applied(original, new UnignoreReference(ref("P3"))).events());
        history.addAll(applied(original, new MapCentre(SITE, "BAR", "bar")).events());
        history.addAll(applied(original, new AdjustStock("w1", "bar", bd("-0.5"), "breakage")).events());
        history.addAll(applied(original, PrepareResetReport.allWines()).events());
        history.addAll(applied(original, new ImportCatalogue(SITE, List.of(new CatalogueEntry(ref("NEW1"),
                "Barolo 2018", "900002", "Wines", bd("60"), bd("21"))))).events());
        history.addAll(applied(original, UnlinkReference.reversingSales(ref("P2"))).events());

        SyncEngine replayed = SyncEngine.create(Fixtures.clock());
        replayed.replay(history);

        assertThat(StateSnapshot.of(replayed)).isEqualTo(StateSnapshot.of(original));
        assertThat(replayed.linksOf("w2")).hasSize(2);
    }

    @Test
    void aStoredNumberWithAHugeScale_isRefusedWhole_namingTheEventTheValueAndTheBound() {
        // A stored adjustment of 1e-100000000 bottles made every query of its wine run for minutes; the commands
        // refuse it, the history that carries it was folded unchecked. 1e-2000 is refused by the same bound and,
        // folded unchecked, stays quick enough for the test to fail rather than hang.
        List<SyncEvent> history = new ArrayList<>(goodHistory());
        history.add(new SyncEvent.StockMoved(new StockMovement(T0, "w1", "main",
                new MovementCause.ManualAdjustment(bd("1e-2000"), "count"))));
        SyncEngine engine = SyncEngine.create(Fixtures.clock());

        InvalidHistoryException refused = refused(engine, history);

        assertThat(refused.index()).isEqualTo(history.size() - 1);
        assertThat(refused.getMessage()).contains("Event " + (history.size() - 1), "StockMoved", "1E-2000",
                "2000 decimal places", "at most 28", "Nothing was replayed").hasSizeLessThan(400);
        assertThat(refused.rejection()).hasValueSatisfying(rejection -> {
            assertThat(rejection.reason()).isEqualTo(Reason.INVALID_ADJUSTMENT);
            assertThat(rejection.value()).isEqualTo("1E-2000");
        });
        assertThat(StateSnapshot.of(engine)).isEqualTo(StateSnapshot.of(SyncEngine.create(Fixtures.clock())));
    }

    @Test
    void numbersOutOfTheCommandsBounds_areRefusedInEveryKindOfEvent() {
        LibraryWine tooMuchStock = LibraryWine.of("w9", "Huge", 2019, bd("1e7"));
        Link tinyDenominator = new Link(2, ref("P2"), "w1", BottlesPerUnit.parse("1/0.0000001"), LocalDate.MIN,
                false);
        SaleLine one = line("O9", 0, "P1", "1");
        SaleTicket hugeNet = billed("T9", DAY1, new SaleLine("O9", 0, null, "P1", "POS P1", one.quantity(),
                one.gross(), bd("1e2000"), one.vatRate()));

        assertRefused(new SyncEvent.WineAdded(tooMuchStock), Reason.INVALID_WINE, "w9", "1E+7", "1000000");
        assertRefused(new SyncEvent.WineAdded(LibraryWine.of("w9", "Old", 1500, bd("1"))), Reason.INVALID_VINTAGE,
                "1500", "1800 to 2099");
        assertRefused(new SyncEvent.VintageSet("w1", 1500), Reason.INVALID_VINTAGE, "w1", "1500", "1800 to 2099");
        assertRefused(new SyncEvent.StockMoved(new StockMovement(T0, "w1", "main",
                new MovementCause.InitialStock(bd("-1")))), Reason.INVALID_WINE, "w1", "-1");
        assertRefused(new SyncEvent.Linked(tinyDenominator, T0), Reason.INVALID_RATIO, "1/1E-7",
                "1000000 bottles per unit sold");
        assertRefused(new SyncEvent.SalesImported(T0, List.of(hugeNet)), Reason.INVALID_NUMBER, "Net 1E+2000",
                "SITE1/T9/O9/0", "2001 digits before the point", "at most 29");
        assertRefused(new SyncEvent.CatalogueEntrySeen(entry("P1", "BTL", "6e-2000", "21")), Reason.INVALID_NUMBER,
                "Price 6E-2000", "SITE1/P1");
        assertRefused(new SyncEvent.CentreMapped(SITE, "BAR", " "), Reason.INVALID_CELLAR, "BAR");
    }

    @Test
    void keylessTicketsAnEarlierVersionImported_replay_asThatVersionFoldedThem() {
        // Until 2026-12-05 ImportSales took a billed ticket with a blank key (trivec-sync passed one on for a ticket
        // sent without Key), so a host's stored history may hold such tickets. Replay refused them
        // (MISSING_TICKET_KEY) and the host could rebuild no state at all; folded, they give the state that version
        // had: two keyless tickets are two versions of one ticket.
        List<SyncEvent> history = new ArrayList<>(goodHistory());
        history.add(new SyncEvent.SalesImported(T0, List.of(billed("", DAY1, line("O7", 1, "P1", "2")))));
        history.add(new SyncEvent.SalesImported(T0, List.of(billed("", DAY2, line("O8", 1, "P1", "3")))));
        SyncEngine engine = SyncEngine.create(Fixtures.clock());

        engine.replay(history);

        // w1: 12, less T1's bottle of P1, less the keyless ticket's later version (3; its earlier 2 came back).
        assertThat(Fixtures.stock(engine, "w1")).isEqualByComparingTo("8");
        // An import still refuses such a ticket.
        assertThat(Fixtures.rejected(engine, sales(billed("", DAY2, line("O9", 1, "P1", "1")))).reason())
                .isEqualTo(Reason.MISSING_TICKET_KEY);
    }

    @Test
    void duplicateEntries_areRefused_whereTheEngineNeverProducesThemTwice() {
        List<SyncEvent> history = goodHistory();
        SyncEvent wineAdded = history.stream().filter(SyncEvent.WineAdded.class::isInstance).findFirst().orElseThrow();
        SyncEvent linked = history.stream().filter(SyncEvent.Linked.class::isInstance).findFirst().orElseThrow();

        InvalidHistoryException wineTwice = refused(SyncEngine.create(Fixtures.clock()), with(history, wineAdded));
        InvalidHistoryException linkTwice = refused(SyncEngine.create(Fixtures.clock()), with(history, linked));
        SyncEngine numbered = engineWithGoodHistory();
        List<SyncEvent> report = applied(numbered, PrepareResetReport.allWines()).events();
        InvalidHistoryException numberTwice = refused(numbered, report);

        assertThat(wineTwice.rejection()).map(Rejection::reason).contains(Reason.DUPLICATE_WINE);
        assertThat(wineTwice.getMessage()).contains("WineAdded", "w1");
        assertThat(linkTwice.rejection()).map(Rejection::reason).contains(Reason.ALREADY_LINKED);
        assertThat(linkTwice.getMessage()).contains("Linked", "SITE1/P1", "already linked");
        assertThat(numberTwice.getMessage()).contains("ProductNumberAssigned", "'w1'", "900001", "has one already");
        assertThat(numberTwice.rejection()).isEmpty();
    }

    @Test
    void aNullEvent_isRefusedNamingItsIndex_andNothingBeforeItIsFolded() {
        List<SyncEvent> history = new ArrayList<>(goodHistory());
        history.add(2, null);
        SyncEngine engine = SyncEngine.create(Fixtures.clock());

        InvalidHistoryException refused = refused(engine, history);

        assertThat(refused.index()).isEqualTo(2);
        assertThat(refused.getMessage()).contains("Event 2", "null", "Nothing was replayed");
        assertThat(StateSnapshot.of(engine)).isEqualTo(StateSnapshot.of(SyncEngine.create(Fixtures.clock())));
    }

    @Test
    void eventsOfThingsNeverSeen_areRefusedBeforeAnyIsFolded_andTheEngineStaysUsable() {
        // An Ignored of a reference never seen threw in the middle of the fold, after the events before it had
        // changed the state.
        List<SyncEvent> history = goodHistory();
        SyncEngine engine = SyncEngine.create(Fixtures.clock());

        InvalidHistoryException ignored = refused(engine, with(history, new SyncEvent.Ignored(ref("NEVER"))));
        InvalidHistoryException unknownWine = refused(engine, with(history, new SyncEvent.Linked(new Link(9,
                ref("P2"), "w404", BottlesPerUnit.ONE_BOTTLE, LocalDate.MIN, false), T0)));
        InvalidHistoryException unknownSite = refused(engine, with(history, new SyncEvent.CentreMapped(
                new SiteId("ELSEWHERE"), "BAR", "bar")));
        InvalidHistoryException stockOfNoWine = refused(engine, with(history, new SyncEvent.StockMoved(
                new StockMovement(T0, "w404", "main", new MovementCause.ManualAdjustment(bd("1"), "count")))));

        assertThat(ignored.rejection()).map(Rejection::reason).contains(Reason.UNKNOWN_REFERENCE);
        assertThat(ignored.getMessage()).contains("Ignored", "SITE1/NEVER");
        assertThat(unknownWine.rejection()).map(Rejection::reason).contains(Reason.UNKNOWN_WINE);
        assertThat(unknownSite.rejection()).map(Rejection::reason).contains(Reason.UNKNOWN_SITE);
        assertThat(stockOfNoWine.rejection()).map(Rejection::reason).contains(Reason.UNKNOWN_WINE);
        assertThat(StateSnapshot.of(engine)).isEqualTo(StateSnapshot.of(SyncEngine.create(Fixtures.clock())));
        engine.replay(history);
        assertThat(StateSnapshot.of(engine)).isEqualTo(StateSnapshot.of(engineWithGoodHistory()));
    }

    @Test
    void aLinkNumberUsedBefore_orAnUnlinkOfAnotherLink_isRefused() {
        // Sales carry their link's number: a number used again let an unlink reverse the sales an earlier link of
        // the reference kept.
        SyncEngine engine = engineWithGoodHistory();
        Link first = engine.linksOf("w1").get(0).link();
        List<SyncEvent> unlinkKeeping = applied(engine, new UnlinkReference(ref("P1"), true)).events();
        Link reused = new Link(first.number(), ref("P1"), "w2", BottlesPerUnit.ONE_BOTTLE, LocalDate.MIN, false);
        Link other = new Link(7, ref("P1"), "w2", BottlesPerUnit.ONE_BOTTLE, LocalDate.MIN, false);
        SyncEngine replayed = engineWithGoodHistory();
        replayed.replay(unlinkKeeping);
        StateSnapshot before = StateSnapshot.of(replayed);

        InvalidHistoryException numberAgain = refused(replayed, List.of(new SyncEvent.Linked(reused, T0)));
        InvalidHistoryException notTheLink = refused(replayed, List.of(new SyncEvent.Linked(other, T0),
                new SyncEvent.Unlinked(first, false, T0)));

        assertThat(numberAgain.getMessage()).contains("Link number 1", "SITE1/P1", "never twice", "next is 2");
        assertThat(numberAgain.rejection()).isEmpty();
        assertThat(notTheLink.index()).isEqualTo(1);
        assertThat(notTheLink.getMessage()).contains("Unlinked", "linked by link 7", "not by the link 1");
        assertThat(StateSnapshot.of(replayed)).isEqualTo(before);
    }

    @Test
    void anUnlinkOfTheLinkAsAHostsLinkStoreGaveItBack_isReplayed() {
        // The engine's Unlinked carries the link its LinkStore gives back; a host's database may give the ratio back
        // in its column's scale (1/6 as 1.000000/6.000000). Replay compared the whole link with the one Linked made
        // and refused the unlink of the reference's own link ("linked by link 2 ..., not by the link 2"), where the
        // fold reads only the link's number.
        SyncPorts memory = SyncPorts.inMemory();
        SyncEngine original = SyncEngine.create(Fixtures.clock(),
                new SyncPorts(new DecimalColumnLinkStore(memory.links()), memory.sales(), memory.stock()));
        List<SyncEvent> history = new ArrayList<>();
        commands().forEach(command -> history.addAll(applied(original, command).events()));
        history.addAll(applied(original, LinkReference.yes(ref("P2"), "w2").withPerSale(BottlesPerUnit.glass(125,
                750))).events());
        history.addAll(applied(original, UnlinkReference.reversingSales(ref("P2"))).events());
        SyncEngine replayed = SyncEngine.create(Fixtures.clock());

        replayed.replay(history);

        assertThat(replayed.reference(ref("P2")).orElseThrow().link()).isEmpty();
        assertThat(Fixtures.stock(replayed, "w2")).isEqualByComparingTo(Fixtures.stock(original, "w2"))
                .isEqualByComparingTo("6");
        assertThat(Fixtures.stock(replayed, "w1")).isEqualByComparingTo("11");
    }

    /** A link store that reads each ratio back as a DECIMAL column of scale 6 would. */
    private record DecimalColumnLinkStore(LinkStore stored) implements LinkStore {

        @Override
        public Optional<Link> linkOf(PosReferenceId reference) {
            return stored.linkOf(reference).map(DecimalColumnLinkStore::readBack);
        }

        @Override
        public List<Link> linksTo(String wineId) {
            return stored.linksTo(wineId).stream().map(DecimalColumnLinkStore::readBack).toList();
        }

        @Override
        public void put(Link link) {
            stored.put(link);
        }

        @Override
        public void remove(PosReferenceId reference) {
            stored.remove(reference);
        }

        private static Link readBack(Link link) {
            BottlesPerUnit ratio = new BottlesPerUnit(link.perSale().numerator().setScale(6),
                    link.perSale().denominator().setScale(6));
            return new Link(link.number(), link.reference(), link.wineId(), ratio, link.effectiveFrom(),
                    link.automatic());
        }
    }

    @Test
    void aHistoryIsCheckedAgainstTheStateItIsFoldedInto() {
        SyncEngine engine = engineWithGoodHistory();
        StateSnapshot before = StateSnapshot.of(engine);

        InvalidHistoryException again = refused(engine, goodHistory());

        // The site and the catalogue entry may be seen again; the wine may not be added twice.
        assertThat(again.index()).isEqualTo(2);
        assertThat(again.rejection()).map(Rejection::reason).contains(Reason.DUPLICATE_WINE);
        assertThat(StateSnapshot.of(engine)).isEqualTo(before);
    }

    /** Replays a history with one bad event at its end and checks the refusal names the event and the value. */
    private static void assertRefused(SyncEvent bad, Reason reason, String... inMessage) {
        List<SyncEvent> history = with(goodHistory(), bad);
        SyncEngine engine = SyncEngine.create(Fixtures.clock());

        InvalidHistoryException refused = refused(engine, history);

        assertThat(refused.index()).as("index of %s", bad.getClass()).isEqualTo(history.size() - 1);
        assertThat(refused.rejection()).as("reason of %s", bad.getClass()).map(Rejection::reason).contains(reason);
        assertThat(refused.getMessage()).contains(bad.getClass().getSimpleName()).contains(inMessage)
                .hasSizeLessThan(500);
        assertThat(StateSnapshot.of(engine)).isEqualTo(StateSnapshot.of(SyncEngine.create(Fixtures.clock())));
    }

    private static InvalidHistoryException refused(SyncEngine engine, List<SyncEvent> history) {
        InvalidHistoryException refused = catchThrowableOfType(() -> engine.replay(history),
                InvalidHistoryException.class);
        assertThat(refused).as("refusal of a history ending with %s", history.get(history.size() - 1)).isNotNull();
        return refused;
    }

    private static List<SyncEvent> with(List<SyncEvent> history, SyncEvent more) {
        List<SyncEvent> longer = new ArrayList<>(history);
        longer.add(more);
        return longer;
    }

    /** The events of a site, wines w1 and w2, a night's sales of P1 and P2, and P1 linked to w1. */
    private static List<SyncEvent> goodHistory() {
        SyncEngine engine = SyncEngine.create(Fixtures.clock());
        return Arrays.asList(commands().stream().flatMap(command -> applied(engine, command).events().stream())
                .toArray(SyncEvent[]::new));
    }

    private static SyncEngine engineWithGoodHistory() {
        SyncEngine engine = SyncEngine.create(Fixtures.clock());
        commands().forEach(command -> applied(engine, command));
        return engine;
    }

    private static List<SyncCommand> commands() {
        return List.of(new ImportCatalogue(SITE, List.of(entry("P1", "BTL", "30", "21"))),
                new AddWines(List.of(LibraryWine.of("w1", "Chablis", 2021, bd("12")),
                        LibraryWine.of("w2", "Barolo", 2018, bd("6")))),
                sales(billed("T1", DAY1, line("O1", 0, "P1", "1"), line("O1", 1, "P2", "1"))),
                LinkReference.yes(ref("P1"), "w1"));
    }
}
