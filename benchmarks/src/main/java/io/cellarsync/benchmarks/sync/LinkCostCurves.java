package io.cellarsync.benchmarks.sync;

import io.cellarsync.sync.LinkReference;
import io.cellarsync.sync.PosReferenceId;
import io.cellarsync.sync.SyncEngine;
import io.cellarsync.sync.UnlinkReference;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;

/**
 * Companion of {@link LinkUnlinkBenchmark} for a shared, busy machine: the median CPU time of the applying thread for
 * one link (back-filling the reference's own sales) plus one unlink (reversing them), for several own-sales counts and
 * total-sales counts. Prints one line per point of the two curves.
 *
 * <p>Run: {@code java -Xms4g -Xmx4g -cp benchmarks/target/benchmarks.jar
 * io.cellarsync.benchmarks.sync.LinkCostCurves}.
 */
public final class LinkCostCurves {

    private static final PosReferenceId TARGET = new PosReferenceId(SyncWorkload.SITE, "TARGET");
    private static final int WINES = 10_000;
    private static final int ROUNDS = 15;

    private LinkCostCurves() {}

    /**
     * Measures.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        // Warm up the JIT on a small state first, so that the first points of curve 1 are not measured interpreted.
        for (int round = 0; round < 3; round++) {
            measure(10_000, 100_000, false);
        }
        System.out.println("curve 1: own sales vary, 1,000,000 sales in total");
        for (int own : new int[] {100, 1_000, 10_000, 100_000}) {
            measure(own, 1_000_000, true);
        }
        System.out.println("curve 2: 1,000 own sales, total sales vary");
        for (int total : new int[] {10_000, 100_000, 1_000_000, 2_000_000}) {
            measure(1_000, total, true);
        }
    }

    private static void measure(int own, int total, boolean print) {
        SyncEngine engine = SyncWorkload.linkedLibrary(WINES);
        SyncWorkload.require(engine.apply(SyncWorkload.day(total - own, WINES, 7L), SyncWorkload.AT));
        SyncWorkload.require(engine.apply(SyncWorkload.salesOf(TARGET, own, "TGT"), SyncWorkload.AT));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] cpu = new long[ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            long before = threads.getCurrentThreadCpuTime();
            SyncWorkload.require(engine.apply(LinkReference.yes(TARGET, "w0"), SyncWorkload.AT));
            SyncWorkload.require(engine.apply(UnlinkReference.reversingSales(TARGET), SyncWorkload.AT));
            cpu[round] = threads.getCurrentThreadCpuTime() - before;
        }
        Arrays.sort(cpu);
        long median = cpu[ROUNDS / 2];
        if (!print) {
            return;
        }
        System.out.printf(Locale.ROOT, "own=%d total=%d link+unlink median cpu=%.3f ms (%.2f us per own sale)%n",
                own, total, median / 1e6, median / 1e3 / own);
    }
}
