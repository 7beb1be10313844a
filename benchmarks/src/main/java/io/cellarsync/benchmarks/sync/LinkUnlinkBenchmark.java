package io.cellarsync.benchmarks.sync;

import io.cellarsync.sync.LinkReference;
import io.cellarsync.sync.PosReferenceId;
import io.cellarsync.sync.SyncEngine;
import io.cellarsync.sync.UnlinkReference;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Links a reference (back-filling its {@code ownLines} recorded sales) and unlinks it again (reversing them), in a
 * state of {@code totalLines} recorded sales over 10,000 wines. The cost should follow {@code ownLines} and not
 * {@code totalLines}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class LinkUnlinkBenchmark {

    private static final PosReferenceId TARGET = new PosReferenceId(SyncWorkload.SITE, "TARGET");
    private static final int WINES = 10_000;

    /** Sale lines of the reference linked and unlinked. */
    @Param({"100", "1000", "10000"})
    public int ownLines;

    /** Sale lines recorded in the state, all references together. */
    @Param({"100000", "1000000"})
    public int totalLines;

    private SyncEngine engine;

    /** Records {@code totalLines} lines, {@code ownLines} of them of the target reference. */
    @Setup(Level.Trial)
    public void recordSales() {
        engine = SyncWorkload.linkedLibrary(WINES);
        SyncWorkload.require(engine.apply(SyncWorkload.day(totalLines - ownLines, WINES, 7L), SyncWorkload.AT));
        SyncWorkload.require(engine.apply(SyncWorkload.salesOf(TARGET, ownLines, "TGT"), SyncWorkload.AT));
    }

    /**
     * Links the target to a wine, then unlinks it reversing its sales; the state is back where it was, but for the
     * audit trail.
     *
     * @return the number of events of both commands, so that they are not optimised away
     */
    @Benchmark
    public int linkThenUnlink() {
        int events = SyncWorkload.require(engine.apply(LinkReference.yes(TARGET, "w0"), SyncWorkload.AT)).events().size();
        return events + SyncWorkload.require(engine.apply(UnlinkReference.reversingSales(TARGET), SyncWorkload.AT))
                .events().size();
    }
}
