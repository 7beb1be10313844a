package io.cellarsync.trivec.testkit;

import io.cellarsync.trivec.Ticket;
import io.cellarsync.trivec.TicketDayParser;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Run in a JVM with a small heap by {@link LargeDayMemoryTest}: generates a large day into a pipe and parses it
 * from the other end, so neither side ever holds the day. Prints {@code OK <tickets> <bytes>} when the parsed
 * totals equal the generated ones, exits 1 otherwise.
 */
public final class LargeDayParseCheck {

    private LargeDayParseCheck() {}

    /**
     * Runs the check.
     *
     * @param args the number of tickets
     * @throws Exception on any failure (non-zero exit)
     */
    public static void main(String[] args) throws Exception {
        int tickets = Integer.parseInt(args[0]);
        PipedInputStream in = new PipedInputStream(1 << 16);
        AtomicLong bytes = new AtomicLong();
        AtomicReference<DayTotals> expected = new AtomicReference<>();
        OutputStream counting = new FilterOutputStream(new PipedOutputStream(in)) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
                bytes.addAndGet(len);
            }
        };
        Thread writer = new Thread(() -> {
            expected.set(LargeDay.write(1, LocalDate.of(2026, 12, 1), tickets, counting));
            try {
                counting.close();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        writer.start();
        long[] count = {0};
        BigDecimal[] gross = {BigDecimal.ZERO};
        TicketDayParser.parse(in, "BIG", (Ticket t) -> {
            count[0]++;
            gross[0] = gross[0].add(t.grossTotal());
        });
        writer.join();
        boolean same = count[0] == expected.get().tickets() && gross[0].equals(expected.get().grossTotal());
        System.out.println((same ? "OK " : "MISMATCH ") + count[0] + " " + bytes.get() + " max heap "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB");
        System.exit(same ? 0 : 1);
    }
}
