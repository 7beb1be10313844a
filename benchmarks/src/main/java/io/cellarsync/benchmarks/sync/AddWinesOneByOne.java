package io.cellarsync.benchmarks.sync;

import io.cellarsync.sync.AddWines;
import io.cellarsync.sync.LibraryWine;
import io.cellarsync.sync.SyncEngine;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Adding wines one {@link AddWines} command per wine, as a back office that sends each wine as it is entered does,
 * against adding them in one command: a command must cost what its own wines cost, not what the library holds. The
 * wines go into a library that already holds {@code held} wines (none by default, so that the library grows from empty
 * to all the wines added). Prints the CPU time of the applying thread for the added wines, in one command, then in one
 * command per wine, in three rounds (the first includes compilation), each into a fresh engine.
 *
 * <p>Run: {@code java -Xms2g -Xmx2g -cp benchmarks/target/benchmarks.jar
 * io.cellarsync.benchmarks.sync.AddWinesOneByOne [wines] [held]} (defaults 10,000 and 0).
 */
public final class AddWinesOneByOne {

    private static final int ROUNDS = 3;

    private AddWinesOneByOne() {}

    /**
     * Measures.
     *
     * @param args wines to add, then wines held before
     */
    public static void main(String[] args) {
        int wines = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int held = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        AddWines library = new AddWines(wines(0, held));
        List<LibraryWine> added = wines(held, wines);
        AddWines atOnce = new AddWines(added);
        List<AddWines> oneByOne = new ArrayList<>(wines);
        for (LibraryWine wine : added) {
            oneByOne.add(new AddWines(List.of(wine)));
        }
        System.out.printf(Locale.ROOT, "adding %d wines (each with an initial stock) to a library of %d%n", wines, held);
        for (int round = 1; round <= ROUNDS; round++) {
            double one = apply(library, List.of(atOnce));
            double each = apply(library, oneByOne);
            System.out.printf(Locale.ROOT, "round %d: one command %.0f ms of CPU, one command per wine %.0f ms"
                    + " (%.1f µs per command)%n", round, one, each, each * 1000 / wines);
        }
    }

    /** CPU ms of applying {@code commands} to an engine that holds {@code library} (applied first, not measured). */
    private static double apply(AddWines library, List<AddWines> commands) {
        SyncEngine engine = SyncEngine.create(Clock.fixed(SyncWorkload.AT, ZoneOffset.UTC));
        if (!library.wines().isEmpty()) {
            SyncWorkload.require(engine.apply(library, SyncWorkload.AT));
        }
        return SyncWorkload.cpuMillisAfterGc(() -> {
            for (AddWines command : commands) {
                SyncWorkload.require(engine.apply(command, SyncWorkload.AT));
            }
        });
    }

    private static List<LibraryWine> wines(int from, int count) {
        List<LibraryWine> wines = new ArrayList<>(count);
        for (int w = from; w < from + count; w++) {
            wines.add(LibraryWine.of(SyncWorkload.wineId(w), "Wine " + w, 2015 + w % 10, BigDecimal.valueOf(24)));
        }
        return wines;
    }
}
