package io.cellarsync.benchmarks.sync;

import io.cellarsync.sync.AddWines;
import io.cellarsync.sync.BottlesPerUnit;
import io.cellarsync.sync.CatalogueEntry;
import io.cellarsync.sync.ImportCatalogue;
import io.cellarsync.sync.LibraryWine;
import io.cellarsync.sync.LinkReference;
import io.cellarsync.sync.PrepareResetReport;
import io.cellarsync.sync.SyncCommand;
import io.cellarsync.sync.SyncEngine;
import io.cellarsync.sync.SyncEvent;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Replaying a stored history one event per {@link SyncEngine#replay} call, as a host that hands each event on as it
 * comes does, against replaying it in one call: a call must cost what its own events cost, not what the state holds.
 * The history is a library of wines, each with a bottle, a glass and a food reference (the bottle and the glass
 * linked), a product number for every wine (a reset report), then imports of one ticket of 4 lines each. Prints the
 * CPU time of the replaying thread for the imports' events into the state the rest leaves, in one call, then in one
 * call per event, in three rounds (the first includes compilation).
 *
 * <p>Run: {@code java -Xms2g -Xmx2g -cp benchmarks/target/benchmarks.jar
 * io.cellarsync.benchmarks.sync.ReplayOneByOne [wines] [imports]} (defaults 10,000 and 10,000).
 */
public final class ReplayOneByOne {

    private static final int ROUNDS = 3;

    private ReplayOneByOne() {}

    /**
     * Measures.
     *
     * @param args wines, then imports
     */
    public static void main(String[] args) {
        int wines = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int imports = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        List<SyncEvent> state = new ArrayList<>();
        List<SyncEvent> sales = new ArrayList<>();
        history(wines, imports, state, sales);
        System.out.printf(Locale.ROOT, "history: %d events of the state (%d wines, each numbered, 3 references of"
                + " which 2 linked), then %d events of imports of one ticket of %d lines%n", state.size(), wines,
                sales.size(), SyncWorkload.LINES_PER_TICKET);
        for (int round = 1; round <= ROUNDS; round++) {
            double atOnce = replay(state, sales, false);
            double oneByOne = replay(state, sales, true);
            System.out.printf(Locale.ROOT, "round %d: the imports' %d events into that state: one call %.0f ms of"
                    + " CPU, one call per event %.0f ms (%.1f µs per call)%n", round, sales.size(), atOnce, oneByOne,
                    oneByOne * 1000 / sales.size());
        }
    }

    /**
     * CPU ms of replaying {@code measured}, in one call or one call per event, into an engine that holds
     * {@code before} (replayed first, in one call, not measured).
     */
    private static double replay(List<SyncEvent> before, List<SyncEvent> measured, boolean oneByOne) {
        SyncEngine engine = SyncEngine.create(Clock.fixed(SyncWorkload.AT, ZoneOffset.UTC));
        engine.replay(before);
        return SyncWorkload.cpuMillisAfterGc(() -> {
            if (oneByOne) {
                for (SyncEvent event : measured) {
                    engine.replay(List.of(event));
                }
            } else {
                engine.replay(measured);
            }
        });
    }

    private static void history(int wines, int imports, List<SyncEvent> state, List<SyncEvent> sales) {
        SyncEngine engine = SyncEngine.create(Clock.fixed(SyncWorkload.AT, ZoneOffset.UTC));
        List<LibraryWine> library = new ArrayList<>(wines);
        List<CatalogueEntry> catalogue = new ArrayList<>(wines * 3);
        BigDecimal price = new BigDecimal("9.00");
        BigDecimal vat = new BigDecimal("21");
        for (int w = 0; w < wines; w++) {
            library.add(LibraryWine.of(SyncWorkload.wineId(w), "Wine " + w, 2015 + w % 10, BigDecimal.valueOf(24)));
            catalogue.add(new CatalogueEntry(SyncWorkload.bottle(w), "Wine " + w + " bottle", null, "Wines", price,
                    vat));
            catalogue.add(new CatalogueEntry(SyncWorkload.glass(w), "Wine " + w + " glass", null, "Wines", price, vat));
            catalogue.add(new CatalogueEntry(SyncWorkload.other(w), "Dish " + w, null, "Food", price, vat));
        }
        List<SyncCommand> commands = new ArrayList<>();
        commands.add(new AddWines(library));
        commands.add(new ImportCatalogue(SyncWorkload.SITE, catalogue));
        for (int w = 0; w < wines; w++) {
            commands.add(LinkReference.yes(SyncWorkload.bottle(w), SyncWorkload.wineId(w)));
            commands.add(LinkReference.yes(SyncWorkload.glass(w), SyncWorkload.wineId(w))
                    .withPerSale(BottlesPerUnit.glass(125, 750)));
        }
        commands.add(new PrepareResetReport(List.of()));
        for (SyncCommand command : commands) {
            state.addAll(SyncWorkload.require(engine.apply(command, SyncWorkload.AT)).events());
        }
        for (int i = 0; i < imports; i++) {
            sales.addAll(SyncWorkload.require(engine.apply(SyncWorkload.night(i, 1, wines, 42L), SyncWorkload.AT))
                    .events());
        }
    }
}
