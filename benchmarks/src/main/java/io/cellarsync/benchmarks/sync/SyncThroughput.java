package io.cellarsync.benchmarks.sync;

import io.cellarsync.sync.ImportSales;
import io.cellarsync.sync.SyncEngine;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * Companion of {@link ApplySalesBenchmark} for a shared, busy machine: applies the same imports and prints, besides
 * the wall-clock rate, the rate per second of CPU time of the applying thread (which excludes time spent waiting for a
 * core and the garbage collector's own threads).
 *
 * <p>Run: {@code java -Xms4g -Xmx4g -cp benchmarks/target/benchmarks.jar
 * io.cellarsync.benchmarks.sync.SyncThroughput [repetitions] [lines...]}.
 */
public final class SyncThroughput {

    private SyncThroughput() {}

    /**
     * Measures.
     *
     * @param args repetitions (default 5), then line counts (default 250000 500000 1000000)
     */
    public static void main(String[] args) {
        int repetitions = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int[] sizes = args.length > 1 ? new int[args.length - 1] : new int[] {250_000, 500_000, 1_000_000};
        for (int i = 1; i < args.length; i++) {
            sizes[i - 1] = Integer.parseInt(args[i]);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int lines : sizes) {
            ImportSales batch = SyncWorkload.day(lines, 10_000, 42L);
            for (int run = 0; run < repetitions; run++) {
                SyncEngine engine = SyncWorkload.linkedLibrary(10_000);
                System.gc();
                long cpuBefore = threads.getCurrentThreadCpuTime();
                long wallBefore = System.nanoTime();
                SyncWorkload.require(engine.apply(batch, SyncWorkload.AT));
                long wall = System.nanoTime() - wallBefore;
                long cpu = threads.getCurrentThreadCpuTime() - cpuBefore;
                System.out.printf(Locale.ROOT, "lines=%d run=%d wall=%d ms (%.0f lines/s) cpu=%d ms (%.0f lines/cpu-s)%n",
                        lines, run + 1, wall / 1_000_000, lines * 1e9 / wall, cpu / 1_000_000, lines * 1e9 / cpu);
            }
        }
    }
}
