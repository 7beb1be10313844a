package io.cellarsync.benchmarks.trivec;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cellarsync.trivec.TicketDayParser;
import io.cellarsync.trivec.testkit.LargeDay;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Parses one large generated {@code ticket/day.json} body, in memory, with the client's streaming parser (into
 * the typed, exact-decimal model, one ticket at a time) and with Jackson's {@code ObjectMapper.readTree} of the
 * whole document (the baseline). MB/s = ops/s × the day's size, printed at setup.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar TicketDayParseBenchmark -f 1 -wi 3 -i 5 -w 5 -r 5 -prof gc
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class TicketDayParseBenchmark {

    /** Tickets in the day: 3000 make about 10 MB. */
    @Param("3000")
    public int tickets;

    private byte[] day;
    private final ObjectMapper mapper = new ObjectMapper();

    /** Generates the day once. */
    @Setup
    public void generate() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        LargeDay.write(42, LocalDate.of(2026, 12, 1), tickets, bytes);
        day = bytes.toByteArray();
        System.out.printf("%n[trivec] day of %d tickets = %d bytes (%.2f MB)%n", tickets, day.length,
                day.length / 1_000_000.0);
    }

    /**
     * The client's streaming parser: every ticket into the immutable model.
     *
     * @param blackhole consumes the tickets
     */
    @Benchmark
    public void streamingParser(Blackhole blackhole) {
        TicketDayParser.parse(new ByteArrayInputStream(day), "BENCH", blackhole::consume);
    }

    /**
     * The baseline: Jackson's tree of the whole document.
     *
     * @param blackhole consumes the tree
     * @throws IOException never, the bytes are valid JSON
     */
    @Benchmark
    public void jacksonReadTree(Blackhole blackhole) throws IOException {
        blackhole.consume(mapper.readTree(day));
    }
}
