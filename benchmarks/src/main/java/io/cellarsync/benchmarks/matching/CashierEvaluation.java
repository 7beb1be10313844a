package io.cellarsync.benchmarks.matching;

import io.cellarsync.matching.LibraryWine;
import io.cellarsync.matching.MatchingEngine;
import io.cellarsync.matching.Proposal;
import io.cellarsync.matching.Verdict;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Evaluates the matcher and the Lucene baseline on the labels of {@link CashierLabelGenerator}, a second generator of
 * till labels written independently of {@link PosLabelGenerator}, with the measures of {@link MatchingEvaluation}
 * (the same table row), then breaks the matcher's errors down by the cashier's habits.
 *
 * <p>Run from the project root: {@code java -cp benchmarks/target/benchmarks.jar
 * io.cellarsync.benchmarks.matching.CashierEvaluation}. Options: {@code --library FILE} (default
 * {@code ../shared/data/library/systembolaget-wines.csv}), {@code --xwines FILE} (default
 * {@code ../shared/data/library/xwines-slim-1k.csv}; {@code none} for no X-Wines labels), {@code --cashier-count N}
 * (3000), {@code --seed S} (7), {@code --write FILE} (the labels as CSV), {@code --errors FILE} (every wrong answer of
 * the matcher, one line each, with the habits of its label).
 */
public final class CashierEvaluation {

    private CashierEvaluation() {}

    /**
     * Runs the evaluation.
     *
     * @param args the options above
     * @throws IOException when a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        Path libraryFile = Path.of(options.getOrDefault("--library", "../shared/data/library/systembolaget-wines.csv"));
        String xwines = options.getOrDefault("--xwines", "../shared/data/library/xwines-slim-1k.csv");
        int count = Integer.parseInt(options.getOrDefault("--cashier-count", "3000"));
        long seed = Long.parseLong(options.getOrDefault("--seed", "7"));
        CashierLabelGenerator.LabelSet set = CashierLabelGenerator.generate(libraryFile,
                xwines.equals("none") ? null : Path.of(xwines), seed, count);
        PrintStream out = System.out;
        CashierLabelGenerator.Stats stats = set.stats();
        out.printf(Locale.ROOT, "cashier labels: %d (seed %d); index %d listings (%d wines held out whole); %d wines "
                + "listed under two spellings not used as truths%n", set.labels().size(), seed, set.stocked().size(),
                stats.heldOutWines(), stats.duplicatedWinesSkipped());
        out.printf(Locale.ROOT, "stocked labels another stocked wine also reads as: %d re-written with the producer, "
                + "%d dropped; held-out labels that read as a stocked wine: %d of %d (dropped); X-Wines: %d of %d "
                + "(dropped); invented: %d (dropped); non-wine items whose words all belong to a stocked wine: %d "
                + "(kept)%n%n", stats.ambiguousRetried(), stats.ambiguousDropped(), stats.heldOutReadsAsStocked(),
                stats.heldOutLabels(), stats.foreignReadsAsStocked(), stats.foreignLabels(),
                stats.inventedReadsAsStocked(), stats.nonWineCollisions());
        out.println("| set | method | hit@1 | hit@3 | MRR | labels/s (1 thread) | precision of yes (answers) "
                + "| yes found (expected) | almost detected (expected) | no correct (expected) |");
        out.println("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        MatchingEvaluation.evaluate("cashier (seed " + seed + ")", set.stocked(), set.queries(), 0,
                MatchingEngine.DEFAULT_YES_THRESHOLD, MatchingEngine.DEFAULT_AMBIGUITY_MARGIN, true, new ArrayList<>(),
                out);
        if (options.containsKey("--write")) {
            List<String> lines = new ArrayList<>();
            lines.add("label,expected,truth_name,truth_producer,expected_vintage,kind,habits");
            for (CashierLabelGenerator.Label label : set.labels()) {
                LabelledQuery q = label.query();
                lines.add(String.join(",", quote(q.label()), q.expected().name().toLowerCase(Locale.ROOT),
                        quote(q.truthName()), quote(q.truthProducer()),
                        q.expectedVintage() == 0 ? "" : Integer.toString(q.expectedVintage()), quote(q.kind()),
                        quote(String.join("; ", label.habits()))));
            }
            Files.write(Path.of(options.get("--write")), lines, StandardCharsets.UTF_8);
        }
        breakdown(set, out, options.get("--errors"));
    }

    /** The matcher's errors by kind of error, and its error rate by habit. */
    private static void breakdown(CashierLabelGenerator.LabelSet set, PrintStream out, String errorsFile)
            throws IOException {
        Map<String, LibraryWine> byId = new HashMap<>();
        set.stocked().forEach(w -> byId.put(w.id(), w));
        MatchingEngine engine = MatchingEngine.builder().cacheSize(0).maxCandidates(10).build(set.stocked());
        Map<String, int[]> byHabit = new TreeMap<>();
        Map<String, Integer> byError = new TreeMap<>();
        List<String> lines = new ArrayList<>();
        for (CashierLabelGenerator.Label label : set.labels()) {
            LabelledQuery query = label.query();
            Proposal proposal = engine.match(query.label());
            LibraryWine proposed = proposal.wineId().map(byId::get).orElse(null);
            boolean rightWine = proposed != null && proposed.name().equalsIgnoreCase(query.truthName())
                    && proposed.producer().equalsIgnoreCase(query.truthProducer());
            boolean rightVintage = proposal.vintage().orElse(0) == query.expectedVintage();
            String error = error(query, proposal.verdict(), rightWine, rightVintage);
            List<String> habits = new ArrayList<>(label.habits());
            habits.add("kind:" + query.kind());
            for (String habit : habits) {
                int[] counts = byHabit.computeIfAbsent(habit.replaceAll("cut:hard at \\d+", "cut:hard"),
                        k -> new int[2]);
                counts[1]++;
                if (error != null) {
                    counts[0]++;
                }
            }
            if (error == null) {
                continue;
            }
            byError.merge(error, 1, Integer::sum);
            lines.add(String.join("\t", error, query.label(), query.expected() + (query.expectedVintage() == 0 ? ""
                    : " " + query.expectedVintage()), query.truthName() + " / " + query.truthProducer(),
                    proposal.verdict() + " " + (proposed == null ? "-" : proposed.name() + " / " + proposed.producer()
                            + " " + proposed.vintage()) + " " + proposal.vintage() + String.format(Locale.ROOT,
                            " %.3f", proposal.score()), String.join("; ", label.habits()),
                    proposal.explanation().text()));
        }
        out.println();
        out.println("| matcher error | labels |");
        out.println("| --- | --- |");
        byError.forEach((error, n) -> out.println("| " + error + " | " + n + " |"));
        out.println();
        out.println("| habit or kind | labels | matcher errors | error rate |");
        out.println("| --- | --- | --- | --- |");
        byHabit.forEach((habit, counts) -> out.printf(Locale.ROOT, "| %s | %d | %d | %.3f |%n", habit, counts[1],
                counts[0], (double) counts[0] / counts[1]));
        if (errorsFile != null) {
            lines.sort(null);
            Files.write(Path.of(errorsFile), lines, StandardCharsets.UTF_8);
        }
    }

    /** What went wrong, or null when the answer is right. */
    static String error(LabelledQuery query, Verdict answer, boolean rightWine, boolean rightVintage) {
        return switch (query.expected()) {
            case YES -> answer == Verdict.YES ? (rightWine ? null : "wrong yes: another wine")
                    : answer == Verdict.ALMOST ? (rightWine ? "yes answered almost (right wine)"
                            : "yes answered almost (another wine)") : "yes answered no";
            case ALMOST -> answer == Verdict.ALMOST ? (rightWine && rightVintage ? null
                    : rightWine ? "missed almost: wrong vintage fix" : "missed almost: another wine")
                    : answer == Verdict.YES ? (rightWine ? "missed almost: answered yes (right wine)"
                            : "missed almost: answered yes (another wine)") : "missed almost: answered no";
            case NO -> answer == Verdict.NO ? null
                    : (query.kind().startsWith("non-wine") ? "non-wine answered " : query.kind() + " answered ")
                            + answer.name().toLowerCase(Locale.ROOT);
        };
    }

    private static String quote(String field) {
        return "\"" + field.replace("\"", "\"\"") + "\"";
    }
}
