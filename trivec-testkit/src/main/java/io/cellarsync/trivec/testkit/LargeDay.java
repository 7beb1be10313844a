package io.cellarsync.trivec.testkit;

import io.cellarsync.trivec.testkit.internal.Catalogue;
import io.cellarsync.trivec.testkit.internal.DayGenerator;
import io.cellarsync.trivec.testkit.internal.GatewayJson;
import io.cellarsync.trivec.testkit.internal.Selection;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes a generated day of any size straight to a stream, one ticket at a time (memory stays flat): the input of
 * memory and throughput tests of a parser. About 5 KB per ticket; 21 000 tickets make a 100 MB day.
 */
public final class LargeDay {

    private LargeDay() {}

    /**
     * Writes a day's {@code ticket/day.json} body (billed tickets, free add-ons included).
     *
     * @param seed the seed
     * @param day the business day
     * @param tickets how many tickets
     * @param out where to write; flushed, not closed
     * @return the totals of what was written
     */
    public static DayTotals write(long seed, LocalDate day, int tickets, OutputStream out) {
        DayGenerator generator = new DayGenerator(seed, new Catalogue(seed, 3));
        int[] counts = new int[5];
        BigDecimal[] sums = {BigDecimal.ZERO, BigDecimal.ZERO};
        try {
            GatewayJson json = GatewayJson.open(new NonClosing(out), true);
            generator.forEachTicket(day, tickets, ticket -> {
                try {
                    json.write(ticket);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                DayTotals one = Selection.totals(List.of(ticket), true);
                counts[0] += one.tickets();
                counts[1] += one.openTickets();
                counts[2] += one.internalTickets();
                counts[3] += one.lines();
                counts[4] += one.addons();
                sums[0] = sums[0].add(one.grossTotal());
                sums[1] = sums[1].add(one.netTotal());
            });
            json.close();
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new DayTotals(counts[0], counts[1], counts[2], counts[3], counts[4], sums[0], sums[1]);
    }

    /** Keeps the caller's stream open when the JSON writer closes. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
