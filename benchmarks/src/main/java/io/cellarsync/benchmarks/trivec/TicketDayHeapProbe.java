package io.cellarsync.benchmarks.trivec;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cellarsync.trivec.Ticket;
import io.cellarsync.trivec.TicketDayParser;
import io.cellarsync.trivec.testkit.LargeDay;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Peak heap of parsing a large day from a file: {@code stream} (the client's parser) or {@code tree} (Jackson's
 * {@code readTree}). Run each in its own JVM, e.g. with {@code -Xmx64m} to show which one fits:
 *
 * <pre>
 * java -Xmx64m -cp benchmarks/target/benchmarks.jar io.cellarsync.benchmarks.trivec.TicketDayHeapProbe stream 30000
 * java -Xmx64m -cp benchmarks/target/benchmarks.jar io.cellarsync.benchmarks.trivec.TicketDayHeapProbe tree 30000
 * </pre>
 */
public final class TicketDayHeapProbe {

    private TicketDayHeapProbe() {}

    /**
     * Runs the probe.
     *
     * @param args {@code stream|tree} and the number of tickets
     * @throws IOException if the temporary file fails
     */
    public static void main(String[] args) throws IOException {
        String mode = args[0];
        int tickets = Integer.parseInt(args[1]);
        Path file = Files.createTempFile("trivec-day-", ".json");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
                LargeDay.write(42, LocalDate.of(2026, 12, 1), tickets, out);
            }
            System.gc();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            long start = System.nanoTime();
            long count = parse(mode, file);
            double seconds = (System.nanoTime() - start) / 1e9;
            long peak = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    peak += pool.getPeakUsage().getUsed();
                }
            }
            System.out.printf("%s: %d tickets, %.1f MB file, peak heap %.1f MB (max %d MB), %.2f s%n", mode, count,
                    Files.size(file) / 1e6, peak / 1e6, Runtime.getRuntime().maxMemory() / (1024 * 1024), seconds);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static long parse(String mode, Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            if (mode.equals("tree")) {
                return new ObjectMapper().readTree(in).size();
            }
            long[] count = {0};
            TicketDayParser.parse(in, "PROBE", (Ticket ticket) -> count[0]++);
            return count[0];
        }
    }
}
