package io.cellarsync.benchmarks.matching;

import io.cellarsync.matching.LibraryWine;
import io.cellarsync.matching.MatchingEngine;
import io.cellarsync.matching.Proposal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

/**
 * Labels per second on one thread for labels the users have answered (each confirmed for a wine), beside the same
 * labels unanswered, in the same run, against the whole 12k library: the price of looking a user's answer up.
 *
 * <p>Run from the project root: {@code java -jar benchmarks/target/benchmarks.jar LearnedAnswersBenchmark -f 1 -wi 2
 * -i 3} (the library is read from {@code -p library=…}, default {@code ../shared/data/...}).
 */
@State(Scope.Benchmark)
public class LearnedAnswersBenchmark {

    /** The library CSV (evaluation data, never copied into the project). */
    @Param("../shared/data/library/systembolaget-wines.csv")
    public String library;

    private LabelCycle labels;
    private MatchingEngine unanswered;
    private MatchingEngine answered;

    /**
     * Generates 2,000 POS-style labels and builds two engines without answer cache: one as is, one where every label
     * with a candidate is confirmed for its first candidate.
     */
    @Setup(Level.Trial)
    public void setUp() {
        List<LibraryWine> wines = EvaluationLibrary.read(Path.of(library));
        PosLabelGenerator.LabelSet generated = PosLabelGenerator.generate(wines, 42, 2000);
        unanswered = MatchingEngine.builder().cacheSize(0).build(wines);
        answered = MatchingEngine.builder().cacheSize(0).build(wines);
        List<String> sent = new ArrayList<>();
        for (LabelledQuery query : generated.labels()) {
            Proposal proposal = unanswered.match(query.label());
            if (!proposal.candidates().isEmpty()) {
                answered.confirm(query.label(), proposal.candidates().get(0).wineId());
                sent.add(query.label());
            }
        }
        labels = new LabelCycle(sent);
    }

    /**
     * A label the users answered: the answer is looked up and explained.
     *
     * @return the proposal
     */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public Proposal answered() {
        return answered.match(labels.next());
    }

    /**
     * The same labels, unanswered: parse, candidates, re-score, verdict.
     *
     * @return the proposal
     */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public Proposal unanswered() {
        return unanswered.match(labels.next());
    }
}
