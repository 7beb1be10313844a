package io.cellarsync.benchmarks.matching;

import io.cellarsync.matching.LibraryWine;
import io.cellarsync.matching.MatchingEngine;
import io.cellarsync.matching.Proposal;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Labels per second on one thread, the matcher and Lucene BM25 in the same run, on the same labels (the POS-style
 * set and the cross-source dev queries, interleaved), against the whole 12k library; and the index build time.
 *
 * <p>Run from the project root: {@code java -jar benchmarks/target/benchmarks.jar MatchingBenchmark -f 1 -wi 2 -i 3}
 * (the library and dev set are read from {@code -p library=… -p dev=…}, default {@code ../shared/data/...}).
 */
@State(Scope.Benchmark)
public class MatchingBenchmark {

    /** The library CSV (evaluation data, never copied into the project). */
    @Param("../shared/data/library/systembolaget-wines.csv")
    public String library;

    /** The cross-source dev set. */
    @Param("../shared/data/matching/cross-source-dev.csv")
    public String dev;

    private List<LibraryWine> wines;
    private LabelCycle labels;
    private MatchingEngine engine;
    private LuceneBaseline lucene;

    /** Reads the data and builds both indexes; the matcher's answer cache is off, so every label is matched. */
    @Setup(Level.Trial)
    public void setUp() {
        wines = EvaluationLibrary.read(Path.of(library));
        List<String> sent = new ArrayList<>();
        List<LabelledQuery> pos = PosLabelGenerator.generate(wines, 42, 2000).labels();
        List<Map<String, String>> cross = CsvFile.read(Path.of(dev));
        for (int i = 0; i < Math.max(pos.size(), cross.size()); i++) {
            if (i < pos.size()) {
                sent.add(pos.get(i).label());
            }
            if (i < cross.size()) {
                sent.add(cross.get(i).get("query"));
            }
        }
        labels = new LabelCycle(sent);
        engine = MatchingEngine.builder().cacheSize(0).build(wines);
        lucene = new LuceneBaseline(wines);
    }

    /** Closes Lucene. */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        lucene.close();
    }

    /**
     * One label through the matcher: parse, candidates, re-score, verdict.
     *
     * @return the proposal
     */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public Proposal matcher() {
        return engine.match(labels.next());
    }

    /**
     * The same labels through Lucene BM25 (top 10).
     *
     * @return the ids found
     */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public List<String> lucene() {
        return lucene.search(labels.next(), 10);
    }

    /**
     * Builds the matcher's index over the whole library.
     *
     * @return the engine
     */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public MatchingEngine buildIndex() {
        return MatchingEngine.of(wines);
    }
}
