package io.cellarsync.benchmarks.sync;

import io.cellarsync.sync.ImportSales;
import io.cellarsync.sync.SyncEngine;
import io.cellarsync.sync.SyncOutcome;
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
 * Applies one import of {@code lines} sale lines (new tickets, two thirds of them of linked references) to a fresh
 * engine holding 10,000 linked wines: one call, one thread. Lines per second = lines / measured time.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class ApplySalesBenchmark {

    /** Sale lines in the import. */
    @Param({"250000", "500000", "1000000"})
    public int lines;

    /** Wines in the library (each with a bottle and a glass reference linked). */
    @Param({"10000"})
    public int wines;

    private ImportSales batch;
    private SyncEngine engine;

    /** Builds the import once per trial. */
    @Setup(Level.Trial)
    public void buildBatch() {
        batch = SyncWorkload.day(lines, wines, 42L);
    }

    /** A fresh engine for every measured import, since importing the same tickets again is a no-op. */
    @Setup(Level.Iteration)
    public void freshEngine() {
        engine = SyncWorkload.linkedLibrary(wines);
    }

    /**
     * Imports the batch.
     *
     * @return the outcome, so that it is not optimised away
     */
    @Benchmark
    public SyncOutcome applyLines() {
        return engine.apply(batch, SyncWorkload.AT);
    }
}
