package io.cellarsync.benchmarks.sync;

import io.cellarsync.sync.ImportSales;
import io.cellarsync.sync.SaleLine;
import io.cellarsync.sync.SaleLineId;
import io.cellarsync.sync.SaleTicket;
import io.cellarsync.sync.SyncEngine;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Companion of {@link ApplySalesBenchmark} for a shared, busy machine: applies the same imports and prints, besides
 * the wall-clock rate, the rate per second of CPU time of the applying thread (which excludes time spent waiting for a
 * core and the garbage collector's own threads), and the bytes the applying thread allocated per line.
 *
 * <p>Run: {@code java -Xms4g -Xmx4g -cp benchmarks/target/benchmarks.jar
 * io.cellarsync.benchmarks.sync.SyncThroughput [repetitions] [lines...]}.
 */
public final class SyncThroughput {

    private SyncThroughput() {}

    /**
     * The machine's yardstick: CPU time to put every line id of the batch into a plain {@code HashMap}, the least any
     * exactly-once import must do. The engine's cost is reported as a multiple of it too.
     */
    private static void calibrate(ImportSales batch, ThreadMXBean threads) {
        for (int run = 0; run < 3; run++) {
            System.gc();
            long before = threads.getCurrentThreadCpuTime();
            Map<SaleLineId, SaleLine> ids = new HashMap<>();
            for (SaleTicket ticket : batch.tickets()) {
                for (SaleLine line : ticket.lines()) {
                    ids.put(ticket.lineId(line), line);
                }
            }
            long cpu = threads.getCurrentThreadCpuTime() - before;
            System.out.printf(Locale.ROOT, "yardstick lines=%d run=%d HashMap.put of every line id cpu=%d ms (%.0f puts/cpu-s)%n",
                    ids.size(), run + 1, cpu / 1_000_000, ids.size() * 1e9 / cpu);
        }
    }

    /** Bytes allocated so far by the current thread, or 0 where the JVM does not tell. */
    private static long allocated(ThreadMXBean threads) {
        if (threads instanceof com.sun.management.ThreadMXBean) {
            return ((com.sun.management.ThreadMXBean) threads).getThreadAllocatedBytes(Thread.currentThread().getId());
        }
        return 0;
    }

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
            calibrate(batch, threads);
            for (int run = 0; run < repetitions; run++) {
                SyncEngine engine = SyncWorkload.linkedLibrary(10_000);
                System.gc();
                long allocatedBefore = allocated(threads);
                long cpuBefore = threads.getCurrentThreadCpuTime();
                long wallBefore = System.nanoTime();
                SyncWorkload.require(engine.apply(batch, SyncWorkload.AT));
                long wall = System.nanoTime() - wallBefore;
                long cpu = threads.getCurrentThreadCpuTime() - cpuBefore;
                long allocated = allocated(threads) - allocatedBefore;
                System.out.printf(Locale.ROOT, "lines=%d run=%d wall=%d ms (%.0f lines/s) cpu=%d ms (%.0f lines/cpu-s)"
                        + " allocated=%.0f bytes/line%n", lines, run + 1, wall / 1_000_000, lines * 1e9 / wall,
                        cpu / 1_000_000, lines * 1e9 / cpu, (double) allocated / lines);
            }
        }
    }
}
