package io.cellarsync.benchmarks.sync;

import io.cellarsync.sync.ImportSales;
import io.cellarsync.sync.SyncEngine;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * A year of nightly imports into one engine, as a host or the runner's replay does: each night's import must cost
 * what its own lines cost, not what the history costs. Prints the CPU time of the applying thread per import for
 * the first and the last nights, and the whole year.
 *
 * <p>Run: {@code java -Xms4g -Xmx4g -cp benchmarks/target/benchmarks.jar
 * io.cellarsync.benchmarks.sync.NightlyImports [nights] [tickets per night]} (defaults 365 and 1000, 4 lines a
 * ticket, into 10,000 linked wines).
 */
public final class NightlyImports {

    private static final int WINES = 10_000;
    private static final int SHOWN = 20;

    private NightlyImports() {}

    /**
     * Measures.
     *
     * @param args nights, then tickets per night
     */
    public static void main(String[] args) {
        int nights = args.length > 0 ? Integer.parseInt(args[0]) : 365;
        int tickets = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        ImportSales[] year = new ImportSales[nights];
        for (int night = 0; night < nights; night++) {
            year[night] = SyncWorkload.night(night, tickets, WINES, 42L);
        }
        SyncEngine engine = SyncWorkload.linkedLibrary(WINES);
        long[] cpu = new long[nights];
        long total = 0;
        for (int night = 0; night < nights; night++) {
            long before = threads.getCurrentThreadCpuTime();
            SyncWorkload.require(engine.apply(year[night], SyncWorkload.AT.plusSeconds(86_400L * night)));
            cpu[night] = threads.getCurrentThreadCpuTime() - before;
            total += cpu[night];
        }
        int shown = Math.min(SHOWN, nights / 2);
        System.out.printf(Locale.ROOT, "%d nights of %d tickets (%d lines each night): %d ms of CPU in all%n", nights,
                tickets, tickets * SyncWorkload.LINES_PER_TICKET, total / 1_000_000);
        System.out.printf(Locale.ROOT, "nights %d to %d (after the first 10): %.2f ms of CPU per import%n", 11,
                10 + shown, average(cpu, 10, 10 + shown));
        System.out.printf(Locale.ROOT, "last %d nights: %.2f ms of CPU per import%n", shown,
                average(cpu, nights - shown, nights));
    }

    private static double average(long[] nanos, int from, int to) {
        long sum = 0;
        for (int i = from; i < to; i++) {
            sum += nanos[i];
        }
        return sum / 1e6 / (to - from);
    }
}
