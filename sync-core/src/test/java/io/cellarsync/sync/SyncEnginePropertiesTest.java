package io.cellarsync.sync;

import static io.cellarsync.sync.Fixtures.SITE;
import static io.cellarsync.sync.Fixtures.bd;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Invariants of the engine over random histories: random days (with open, internal, training tickets and newer
 * versions of the same tickets), random link/unlink/ignore sequences, stock adjustments and re-imports.
 */
class SyncEnginePropertiesTest {

    private static final List<String> PRODUCTS = List.of("P0", "P1", "P2", "P3");
    private static final List<String> WINES = List.of("w1", "w2", "w404");
    private static final List<BottlesPerUnit> RATIOS =
            List.of(BottlesPerUnit.ONE_BOTTLE, BottlesPerUnit.glass(125, 750), BottlesPerUnit.of(bd("2")));
    private static final LocalDate DAY0 = LocalDate.of(2026, 3, 1);

    @Property(tries = 300)
    void replayingTheEventsOfAnyHistory_givesTheSameState(@ForAll("histories") List<SyncCommand> history) {
        SyncEngine original = SyncEngine.create(Fixtures.clock());
        List<SyncEvent> events = new ArrayList<>();
        int minute = 0;
        for (SyncCommand command : history) {
            SyncOutcome outcome = original.apply(command, Fixtures.T0.plusSeconds(60L * minute++));
            if (outcome instanceof SyncOutcome.Applied) {
                events.addAll(((SyncOutcome.Applied) outcome).events());
            }
        }

        SyncEngine replayed = SyncEngine.create(Fixtures.clock());
        replayed.replay(events);

        assertThat(StateSnapshot.of(replayed)).isEqualTo(StateSnapshot.of(original));
    }

    @Property(tries = 200)
    void replayingAHistoryOneEventPerCall_givesTheSameStateAsInOneCall(
            @ForAll("histories") List<SyncCommand> history) {
        // Each call's events are checked against what the calls before it folded (the wines, sites, references,
        // links and numbers the engine holds), as one call checks them against the events before them.
        List<SyncCommand> numbered = new ArrayList<>(history);
        numbered.add(PrepareResetReport.allWines());
        SyncEngine original = SyncEngine.create(Fixtures.clock());
        List<SyncEvent> events = new ArrayList<>();
        int minute = 0;
        for (SyncCommand command : numbered) {
            SyncOutcome outcome = original.apply(command, Fixtures.T0.plusSeconds(60L * minute++));
            if (outcome instanceof SyncOutcome.Applied applied) {
                events.addAll(applied.events());
            }
        }

        SyncEngine replayed = SyncEngine.create(Fixtures.clock());
        events.forEach(event -> replayed.replay(List.of(event)));

        assertThat(StateSnapshot.of(replayed)).isEqualTo(StateSnapshot.of(original));
    }

    @Property(tries = 300)
    void addingWines_isRefusedForTheFirstWineInTheLibraryOrEarlierInTheBatch_andAddsNoneOfIt(
            @ForAll("wineBatches") List<List<WineSpec>> batches) {
        // The engine checks a batch's ids against the library it holds and against the batch's own wines before
        // each; a wine added by an earlier command, or twice in one, is refused, as is an invalid one, whichever
        // comes first in the batch.
        SyncEngine engine = SyncEngine.create(Fixtures.clock());
        List<String> held = new ArrayList<>();
        for (List<WineSpec> batch : batches) {
            List<LibraryWine> wines = new ArrayList<>();
            Rejection.Reason expected = null;
            String refused = null;
            Set<String> taken = new HashSet<>(held);
            for (WineSpec wine : batch) {
                wines.add(LibraryWine.of(wine.id, "Wine " + wine.id, null, bd(wine.invalid ? "-1" : "1")));
                if (refused == null && (wine.invalid || !taken.add(wine.id))) {
                    expected = wine.invalid ? Rejection.Reason.INVALID_WINE : Rejection.Reason.DUPLICATE_WINE;
                    refused = wine.id;
                }
            }

            SyncOutcome outcome = engine.apply(new AddWines(wines), Fixtures.T0);

            if (refused == null) {
                assertThat(outcome).isInstanceOf(SyncOutcome.Applied.class);
                batch.forEach(wine -> held.add(wine.id));
            } else {
                assertThat(outcome).isInstanceOf(SyncOutcome.Rejected.class);
                Rejection rejection = ((SyncOutcome.Rejected) outcome).rejection();
                assertThat(rejection.reason()).isEqualTo(expected);
                assertThat(rejection.message()).contains("'" + refused + "'");
            }
            assertThat(engine.wines()).extracting(LibraryWine::id).containsExactlyElementsOf(held);
        }
    }

    @Property(tries = 200)
    void sameCommandsAtTheSameInstants_giveTheSameState(@ForAll("histories") List<SyncCommand> history) {
        SyncEngine first = SyncEngine.create(Fixtures.clock());
        SyncEngine second = SyncEngine.create(Fixtures.clock());

        applyAll(first, history);
        applyAll(second, history);

        assertThat(StateSnapshot.of(second)).isEqualTo(StateSnapshot.of(first));
    }

    @Property(tries = 200)
    void portsWrittenToTheirContractOnly_giveTheSameStateAsTheInMemoryOnes(
            @ForAll("histories") List<SyncCommand> history) {
        SyncEngine inMemory = SyncEngine.create(Fixtures.clock());
        SyncEngine host = SyncEngine.create(Fixtures.clock(),
                new SyncPorts(SyncPorts.inMemory().links(), new PlainSalesLedger(), new PlainStockLedger()));

        applyAll(inMemory, history);
        applyAll(host, history);

        assertThat(StateSnapshot.of(host)).isEqualTo(StateSnapshot.of(inMemory));
    }

    @Property(tries = 300)
    void reimportingTheLatestVersionOfEveryTicket_changesNothing(@ForAll("histories") List<SyncCommand> history) {
        SyncEngine engine = SyncEngine.create(Fixtures.clock());
        Map<String, SaleTicket> latest = applyAll(engine, history);
        StateSnapshot before = StateSnapshot.of(engine);

        SyncOutcome outcome = engine.apply(ImportSales.of(List.copyOf(latest.values())), Instant.parse("2027-01-01T00:00:00Z"));

        assertThat(outcome).isInstanceOf(SyncOutcome.Applied.class);
        assertThat(((SyncOutcome.Applied) outcome).events()).isEmpty();
        assertThat(StateSnapshot.of(engine)).isEqualTo(before);
    }

    @Property(tries = 300)
    void stockPlusDepleted_equalsInitialPlusReceived_forEveryWineAndCellar(
            @ForAll("histories") List<SyncCommand> history) {
        SyncEngine engine = SyncEngine.create(Fixtures.clock());
        applyAll(engine, history);

        for (WineStock row : engine.stock()) {
            StockBalance balance = row.balance();
            assertThat(balance.stock().add(balance.depleted()))
                    .isEqualByComparingTo(balance.initial().add(balance.received()));
            BigDecimal cellars = balance.stockByCellar().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(cellars.subtract(balance.stock()).abs()).isLessThan(bd("0.00001"));
        }
    }

    @Property(tries = 300)
    void depletionOfEveryWine_isTheLatestTicketVersionsOfItsLinkedReferences_timesTheirRatio(
            @ForAll("historiesWithoutKeptSales") List<SyncCommand> history) {
        SyncEngine engine = SyncEngine.create(Fixtures.clock());
        Map<String, SaleTicket> latest = applyAll(engine, history);
        Map<String, Link> linkByProduct = new HashMap<>();
        for (LibraryWine wine : engine.wines()) {
            engine.linksOf(wine.id()).forEach(view -> linkByProduct.put(view.link().reference().productKey(), view.link()));
        }

        Map<String, BigDecimal> expected = new HashMap<>();
        for (SaleTicket ticket : latest.values()) {
            if (ticket.open() || ticket.training()) {
                continue;
            }
            for (SaleLine line : ticket.lines()) {
                Link link = linkByProduct.get(line.productKey());
                if (link != null && link.covers(ticket.businessDate())) {
                    expected.merge(link.wineId(), link.perSale().bottlesFor(line.quantity()), BigDecimal::add);
                }
            }
        }
        for (WineStock row : engine.stock()) {
            BigDecimal want = expected.getOrDefault(row.wine().id(), BigDecimal.ZERO);
            assertThat(row.balance().depleted().subtract(want).abs()).as(row.wine().id()).isLessThan(bd("0.000001"));
        }
    }

    /** Applies a history and returns the latest version of every ticket an applied import recorded or skipped. */
    private static Map<String, SaleTicket> applyAll(SyncEngine engine, List<SyncCommand> history) {
        Map<String, SaleTicket> latest = new LinkedHashMap<>();
        int minute = 0;
        for (SyncCommand command : history) {
            SyncOutcome outcome = engine.apply(command, Fixtures.T0.plusSeconds(60L * minute++));
            if (outcome.applied() && command instanceof ImportSales) {
                ImportSales sales = (ImportSales) command;
                for (SaleTicket ticket : sales.tickets()) {
                    boolean inScope = sales.centres().isEmpty()
                            || (ticket.centre() != null && sales.centres().contains(ticket.centre()));
                    // An open version never replaces a billed one (semantic 3).
                    boolean replaces = !ticket.open() || !latest.containsKey(ticket.ticketKey())
                            || latest.get(ticket.ticketKey()).open();
                    if (inScope && !ticket.training() && replaces) {
                        latest.put(ticket.ticketKey(), ticket);
                    }
                }
            }
        }
        return latest;
    }

    @Provide
    Arbitrary<List<SyncCommand>> histories() {
        return history(Arbitraries.of(true, false));
    }

    @Provide
    Arbitrary<List<SyncCommand>> historiesWithoutKeptSales() {
        return history(Arbitraries.just(false));
    }

    /** Batches of up to four wines over six ids, one wine in eight with a negative initial stock. */
    @Provide
    Arbitrary<List<List<WineSpec>>> wineBatches() {
        Arbitrary<WineSpec> wine = Combinators.combine(Arbitraries.of("w1", "w2", "w3", "w4", "w5", "w6"),
                        Arbitraries.frequency(Tuple.of(7, false), Tuple.of(1, true)))
                .as(WineSpec::new);
        return wine.list().ofMaxSize(4).list().ofMaxSize(8);
    }

    private static Arbitrary<List<SyncCommand>> history(Arbitrary<Boolean> keepPastSales) {
        Arbitrary<SyncCommand> step = Arbitraries.frequencyOf(
                Tuple.of(6, importSales()),
                Tuple.of(3, link()),
                Tuple.of(2, Combinators.combine(reference(), keepPastSales).as(UnlinkReference::new)),
                Tuple.of(1, reference().map(IgnoreReference::new)),
                Tuple.of(1, reference().map(UnignoreReference::new)),
                Tuple.of(1, Arbitraries.integers().between(-3, 5).filter(n -> n != 0)
                        .map(n -> new AdjustStock("w1", null, BigDecimal.valueOf(n), "count"))),
                Tuple.of(1, Arbitraries.of("BAR", "TERRACE").map(centre -> new MapCentre(SITE, centre, centre + " cellar"))));
        return step.list().ofMaxSize(20).map(steps -> {
            List<SyncCommand> history = new ArrayList<>();
            history.add(new ImportCatalogue(SITE, List.of()));
            history.add(new AddWines(List.of(LibraryWine.of("w1", "One", 2020, bd("10")),
                    LibraryWine.of("w2", "Two", null, bd("3")))));
            history.addAll(steps);
            return history;
        });
    }

    private static Arbitrary<PosReferenceId> reference() {
        return Arbitraries.of(PRODUCTS).map(Fixtures::ref);
    }

    private static Arbitrary<SyncCommand> link() {
        return Combinators.combine(reference(), Arbitraries.of(WINES), Arbitraries.of(RATIOS),
                        Arbitraries.integers().between(0, 3))
                .as((reference, wine, ratio, fromDay) -> {
                    LinkReference link = LinkReference.yes(reference, wine).withPerSale(ratio);
                    return fromDay == 0 ? link : link.from(DAY0.plusDays(fromDay - 1L));
                });
    }

    private static Arbitrary<SyncCommand> importSales() {
        Arbitrary<SaleTicket> ticket = Combinators.combine(
                        Arbitraries.of("T0", "T1", "T2", "T3", "T4"),
                        Arbitraries.integers().between(0, 2),
                        Arbitraries.frequency(Tuple.of(8, "billed"), Tuple.of(1, "open"), Tuple.of(1, "internal"),
                                Tuple.of(1, "training")),
                        Arbitraries.of("", "BAR", "TERRACE"),
                        lineSpecs())
                .as(SyncEnginePropertiesTest::ticket);
        return Combinators.combine(ticket.list().ofMaxSize(4), Arbitraries.frequency(Tuple.of(4, Set.<String>of()),
                        Tuple.of(1, Set.of("BAR"))))
                .as((tickets, centres) -> new ImportSales(tickets, List.copyOf(centres)));
    }

    private static Arbitrary<List<LineSpec>> lineSpecs() {
        return Combinators.combine(Arbitraries.of(PRODUCTS), Arbitraries.integers().between(-2, 3),
                        Arbitraries.frequency(Tuple.of(4, false), Tuple.of(1, true)))
                .as(LineSpec::new).list().ofMaxSize(4);
    }

    private static SaleTicket ticket(String key, int day, String kind, String centre, List<LineSpec> specs) {
        List<SaleLine> lines = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            LineSpec spec = specs.get(i);
            BigDecimal quantity = BigDecimal.valueOf(spec.quantity);
            BigDecimal gross = quantity.multiply(BigDecimal.TEN);
            lines.add(new SaleLine("O" + (i % 2), i / 2, spec.addOn ? 0 : null, spec.product, "POS " + spec.product,
                    quantity, gross, gross.divide(bd("1.21"), MathContext.DECIMAL64), bd("21")));
        }
        boolean open = kind.equals("open");
        return new SaleTicket(SITE, key, open ? null : DAY0.plusDays(day), open, kind.equals("internal"),
                kind.equals("training"), centre.isEmpty() ? null : centre, lines);
    }

    private record LineSpec(String product, int quantity, boolean addOn) {}

    private record WineSpec(String id, boolean invalid) {}
}
