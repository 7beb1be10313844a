package io.cellarsync.benchmarks.matching;

import io.cellarsync.matching.Candidate;
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
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;

/**
 * The evaluation harness of issue 4: runs the matcher and the Lucene BM25 baseline in one process on the same
 * queries and prints the metrics side by side as a Markdown table.
 *
 * <p>Run from the project root, after {@code mvn -B -q -DskipTests package -pl benchmarks}:
 * {@code java -cp benchmarks/target/benchmarks.jar io.cellarsync.benchmarks.matching.MatchingEvaluation}. Options:
 * {@code --library FILE} (default {@code ../shared/data/library/systembolaget-wines.csv}), {@code --dev FILE}
 * (default {@code ../shared/data/matching/cross-source-dev.csv}), {@code --foreign FILE} (default
 * {@code ../shared/data/library/xwines-slim-1k.csv}: wines of another catalogue whose winery the library does not know,
 * labelled POS-style, all expecting no; {@code none} skips them), {@code --pos-count N} (2000), {@code --seed S}
 * (42), {@code --write-pos FILE} (write the generated labels as CSV), {@code --show-errors N} (print up to N wrong
 * answers per set on stderr), {@code --show-misses N} (print up to N labels per set whose first-ranked wine is not
 * the truth, on stderr), {@code --yes-threshold}, {@code --ambiguity-margin}, {@code --partial-names-no}
 * (the engine's settings), {@code --dump FILE} (one line per label, for calibration). Below the table it prints,
 * on stderr, the 95 % Wilson intervals of hit@1, precision of yes and almost detected, and hit@1 when a library entry
 * with the truth's name words counts as found (the library lists some wines twice); and for the POS-style set, how
 * many labels are not tellable (another stocked wine has all their source words, {@link PosLabelGenerator.Tellability})
 * and the matcher's figures on the tellable and the not-tellable labels.
 */
public final class MatchingEvaluation {

    private static int showMisses;

    private MatchingEvaluation() {}

    /**
     * Runs the evaluation.
     *
     * @param args the options above
     * @throws IOException when a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        Map<String, String> options = options(args);
        Path libraryFile = Path.of(options.getOrDefault("--library", "../shared/data/library/systembolaget-wines.csv"));
        Path devFile = Path.of(options.getOrDefault("--dev", "../shared/data/matching/cross-source-dev.csv"));
        int posCount = Integer.parseInt(options.getOrDefault("--pos-count", "2000"));
        long seed = Long.parseLong(options.getOrDefault("--seed", "42"));
        int showErrors = Integer.parseInt(options.getOrDefault("--show-errors", "0"));
        showMisses = Integer.parseInt(options.getOrDefault("--show-misses", "0"));
        double threshold = Double.parseDouble(options.getOrDefault("--yes-threshold",
                Double.toString(MatchingEngine.DEFAULT_YES_THRESHOLD)));
        double margin = Double.parseDouble(options.getOrDefault("--ambiguity-margin",
                Double.toString(MatchingEngine.DEFAULT_AMBIGUITY_MARGIN)));
        boolean partialNamesNo = Boolean.parseBoolean(options.getOrDefault("--partial-names-no", "true"));
        List<String> dump = new ArrayList<>();
        List<LibraryWine> library = EvaluationLibrary.read(libraryFile);
        PrintStream out = System.out;
        out.println("| set | method | hit@1 | hit@3 | MRR | labels/s (1 thread) | precision of yes (answers) "
                + "| yes found (expected) | almost detected (expected) | no correct (expected) |");
        out.println("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        evaluate("cross-source dev", library, crossSource(devFile, library), showErrors, threshold, margin, partialNamesNo, dump, out);
        PosLabelGenerator.LabelSet pos = PosLabelGenerator.generate(library, seed, posCount);
        if (options.containsKey("--write-pos")) {
            writeLabels(Path.of(options.get("--write-pos")), pos.labels());
        }
        evaluate("POS-style (seed " + seed + ")", pos.indexed(), pos.labels(), showErrors, threshold, margin, partialNamesNo, dump, out,
                pos.generated().stream().map(PosLabelGenerator.Label::tellable).toList());
        String foreignFile = options.getOrDefault("--foreign", "../shared/data/library/xwines-slim-1k.csv");
        if (foreignFile.equals("none")) {
            System.err.println("[foreign wines] skipped (--foreign none)");
        } else {
            List<LabelledQuery> foreign = PosLabelGenerator.foreign(
                    ForeignWines.read(Path.of(foreignFile), library, seed), seed);
            evaluate("foreign wines (X-Wines, seed " + seed + ")", library, foreign, showErrors, threshold, margin,
                    partialNamesNo, dump, out);
        }
        if (options.containsKey("--dump")) {
            Files.write(Path.of(options.get("--dump")), dump, StandardCharsets.UTF_8);
        }
    }

    private static List<LabelledQuery> crossSource(Path devFile, List<LibraryWine> library) {
        Map<String, LibraryWine> byId = new HashMap<>();
        library.forEach(w -> byId.put(w.id(), w));
        List<LabelledQuery> queries = new ArrayList<>();
        for (Map<String, String> row : CsvFile.read(devFile)) {
            LibraryWine truth = byId.get(row.get("truth_id"));
            queries.add(truth == null
                    ? new LabelledQuery(row.get("query"), Verdict.NO, "", "", 0, "wine not stocked")
                    : new LabelledQuery(row.get("query"), Verdict.YES, truth.name(), truth.producer(), 0, "in library"));
        }
        return queries;
    }

    static void evaluate(String set, List<LibraryWine> library, List<LabelledQuery> queries, int showErrors,
            double threshold, double margin, boolean partialNamesNo, List<String> dump, PrintStream out) throws IOException {
        evaluate(set, library, queries, showErrors, threshold, margin, partialNamesNo, dump, out, List.of());
    }

    /**
     * As above; {@code tellable}, when not empty, says for each query whether its truth is one a reading of the label
     * can tell ({@link PosLabelGenerator.Tellability}), and the matcher's figures are printed for both parts.
     */
    static void evaluate(String set, List<LibraryWine> library, List<LabelledQuery> queries, int showErrors,
            double threshold, double margin, boolean partialNamesNo, List<String> dump, PrintStream out,
            List<Boolean> tellable) throws IOException {
        Map<String, LibraryWine> byId = new HashMap<>();
        library.forEach(w -> byId.put(w.id(), w));
        long start = System.nanoTime();
        MatchingEngine engine = MatchingEngine.builder().cacheSize(0).maxCandidates(10).yesThreshold(threshold)
                .ambiguityMargin(margin).partialNamesAnswerNo(partialNamesNo).build(library);
        double buildMillis = (System.nanoTime() - start) / 1e6;
        Metrics matcher = new Metrics();
        Metrics lucene = new Metrics();
        int errors = 0;
        int misses = 0;
        int found = 0;
        int foundOrDuplicate = 0;
        int luceneFoundOrDuplicate = 0;
        int expectedAlmost = 0;
        int almostOrOtherListing = 0;
        TellableSplit split = new TellableSplit();
        try (LuceneBaseline baseline = new LuceneBaseline(library)) {
            for (int round = 0; round < 2; round++) {
                // Round 0 warms both up; round 1 is measured. Both run on the same queries in the same process.
                boolean measure = round == 1;
                long t0 = System.nanoTime();
                List<Proposal> proposals = new ArrayList<>(queries.size());
                for (LabelledQuery query : queries) {
                    proposals.add(engine.match(query.label()));
                }
                long t1 = System.nanoTime();
                List<List<String>> luceneHits = new ArrayList<>(queries.size());
                for (LabelledQuery query : queries) {
                    luceneHits.add(baseline.search(query.label(), 10));
                }
                long t2 = System.nanoTime();
                if (!measure) {
                    continue;
                }
                matcher.time(t1 - t0, queries.size());
                lucene.time(t2 - t1, queries.size());
                for (int i = 0; i < queries.size(); i++) {
                    LabelledQuery query = queries.get(i);
                    Proposal proposal = proposals.get(i);
                    List<String> ranking = ranking(proposal);
                    boolean rightWine = proposal.wineId().map(id -> sameWine(byId.get(id), query)).orElse(false);
                    boolean rightVintage = proposal.vintage().orElse(0) == query.expectedVintage();
                    matcher.verdict(query, proposal.verdict(), rightWine, rightVintage);
                    int matcherRank = query.expected() == Verdict.NO ? -1 : rank(ranking, byId, query);
                    if (!tellable.isEmpty()) {
                        split.add(tellable.get(i), query, proposal.verdict(), rightWine, rightVintage, matcherRank);
                    }
                    dump.add(String.join("\t", set, query.expected().name(), query.kind(), proposal.verdict().name(),
                            Double.toString(proposal.score()), Boolean.toString(rightWine),
                            Boolean.toString(rightVintage), Integer.toString(matcherRank), query.label(),
                            proposal.explanation().note(),
                            proposal.candidates().size() > 1
                                    ? Double.toString(proposal.candidates().get(1).score()) : "0"));
                    if (query.expected() != Verdict.NO && matcherRank != 1 && misses < showMisses) {
                        misses++;
                        System.err.printf("[%s] MISS rank %d | %s | truth %s / %s | got %s %s%n", set, matcherRank,
                                query.label(), query.truthName(), query.truthProducer(), proposal.verdict(),
                                topCandidates(proposal, byId));
                    }
                    if (query.expected() == Verdict.ALMOST) {
                        expectedAlmost++;
                        boolean namesTheWine = rightWine
                                || proposal.wineId().map(id -> sameWords(byId.get(id), query)).orElse(false);
                        if (proposal.verdict() == Verdict.ALMOST && rightVintage && namesTheWine) {
                            almostOrOtherListing++;
                        }
                    }
                    if (query.expected() != Verdict.NO) {
                        found++;
                        String first = ranking.isEmpty() ? null : ranking.get(0);
                        if (matcherRank == 1 || (first != null && sameWords(byId.get(first), query))) {
                            foundOrDuplicate++;
                        }
                        List<String> hits = luceneHits.get(i);
                        if (!hits.isEmpty() && (sameWine(byId.get(hits.get(0)), query)
                                || sameWords(byId.get(hits.get(0)), query))) {
                            luceneFoundOrDuplicate++;
                        }
                        matcher.ranking(rank(ranking, byId, query));
                        lucene.ranking(rank(luceneHits.get(i), byId, query));
                    }
                    if (errors < showErrors && isWrong(query, proposal, rightWine, rightVintage)) {
                        errors++;
                        System.err.printf("[%s]%s %s | expected %s %s / %s | got %s %s %.3f (%s) %s%n", set,
                                !tellable.isEmpty() && !tellable.get(i) ? " (not tellable)" : "", query.label(), query.expected(), query.truthName(), query.truthProducer(),
                                proposal.verdict(), proposal.wineId().map(id -> describe(byId.get(id))).orElse("-"),
                                proposal.score(), proposal.explanation().text(),
                                topCandidates(proposal, byId));
                    }
                }
            }
        }
        out.println(row(set + ", " + library.size() + " wines, " + queries.size() + " labels, index built in "
                + Math.round(buildMillis) + " ms", "cellarsync matcher", matcher.rankingCells(), matcher.verdictCells()));
        out.println(row(set, "Lucene 9.12.3 BM25 (words, folded)", lucene.rankingCells(),
                List.of("–", "–", "–", "– (never answers no)")));
        System.err.printf(Locale.ROOT, "[%s] 95%% intervals (Wilson) of the matcher's figures: %s%n", set,
                matcher.intervals());
        if (found > 0) {
            printFoundOrDuplicate(set, (double) foundOrDuplicate / found, (double) luceneFoundOrDuplicate / found,
                    expectedAlmost == 0 ? -1 : (double) almostOrOtherListing / expectedAlmost);
        }
        if (!tellable.isEmpty()) {
            split.print(set);
        }
    }

    private static void printFoundOrDuplicate(String set, double matcher, double lucene, double almostOrOtherListing) {
        System.err.printf(Locale.ROOT, "[%s] hit@1 when a library entry with the truth's name words (folded, in any "
                + "order, both producers' words aside) counts as found: matcher %.3f, Lucene %.3f%n", set, matcher,
                lucene);
        if (almostOrOtherListing >= 0) {
            // An almost that names another listing of the wine (the library lists it twice) with the label's vintage as
            // the fix is the closest library wine the issue asks for; the table counts only the listing the label was
            // made from.
            System.err.printf(Locale.ROOT, "[%s] almost detected when another library entry with the truth's name words "
                    + "counts as the wine: %.3f%n", set, almostOrOtherListing);
        }
    }

    /**
     * The matcher's figures on the labels whose truth a reading of the label can tell and on the others (whose source
     * words all belong to another stocked wine as well), and how many of the wrong {@code YES} come from the others.
     */
    private static final class TellableSplit {

        private final Metrics tellable = new Metrics();
        private final Metrics notTellable = new Metrics();
        private final Map<Verdict, int[]> byExpected = new EnumMap<>(Verdict.class);

        void add(boolean canTell, LabelledQuery query, Verdict answer, boolean rightWine, boolean rightVintage,
                int rank) {
            Metrics part = canTell ? tellable : notTellable;
            part.verdict(query, answer, rightWine, rightVintage);
            if (query.expected() != Verdict.NO) {
                part.ranking(rank);
            }
            int[] counts = byExpected.computeIfAbsent(query.expected(), k -> new int[2]);
            counts[1]++;
            if (!canTell) {
                counts[0]++;
            }
        }

        void print(String set) {
            StringBuilder counts = new StringBuilder();
            byExpected.forEach((verdict, c) -> counts.append(counts.length() == 0 ? "" : ", ").append(verdict)
                    .append(' ').append(c[0]).append(" of ").append(c[1]));
            System.err.printf(Locale.ROOT, "[%s] labels whose truth no reading can tell (another stocked wine has all "
                    + "their source words; non-wine items count as tellable), per expected verdict: %s%n", set, counts);
            System.err.printf(Locale.ROOT, "[%s] matcher on the tellable labels: %s%n", set, tellable.summary());
            System.err.printf(Locale.ROOT, "[%s] matcher on the not-tellable labels: %s%n", set, notTellable.summary());
            int wrong = tellable.wrongYes() + notTellable.wrongYes();
            System.err.printf(Locale.ROOT, "[%s] wrong yes answers from not-tellable labels: %d of %d%n", set,
                    notTellable.wrongYes(), wrong);
        }
    }

    private static boolean isWrong(LabelledQuery query, Proposal proposal, boolean rightWine, boolean rightVintage) {
        if (proposal.verdict() != query.expected()) {
            return true;
        }
        return query.expected() != Verdict.NO && (!rightWine || (query.expected() == Verdict.ALMOST && !rightVintage));
    }

    /** The proposal's first three candidates, each described with its score, for the error listings. */
    private static List<String> topCandidates(Proposal proposal, Map<String, LibraryWine> byId) {
        return proposal.candidates().stream().limit(3)
                .map(c -> describe(byId.get(c.wineId())) + "=" + String.format("%.3f", c.score())).toList();
    }

    private static String describe(LibraryWine wine) {
        return wine == null ? "?" : wine.name() + " / " + wine.producer() + " " + wine.vintage();
    }

    private static List<String> ranking(Proposal proposal) {
        List<String> ids = new ArrayList<>();
        proposal.wineId().ifPresent(ids::add);
        for (Candidate candidate : proposal.candidates()) {
            if (!ids.contains(candidate.wineId())) {
                ids.add(candidate.wineId());
            }
        }
        return ids;
    }

    private static int rank(List<String> ids, Map<String, LibraryWine> byId, LabelledQuery query) {
        // Other vintages and sizes of the same wine count as the same wine: rank distinct wines only.
        List<String> seen = new ArrayList<>();
        for (String id : ids) {
            LibraryWine wine = byId.get(id);
            String key = wine == null ? id : (wine.name() + "\u0000" + wine.producer()).toLowerCase(Locale.ROOT);
            if (seen.contains(key)) {
                continue;
            }
            seen.add(key);
            if (sameWine(wine, query)) {
                return seen.size();
            }
        }
        return 0;
    }

    /**
     * Whether the wine has the truth's name words, or is a listing the POS-style generator joins to the truth
     * ({@link OneWine#listings}): the library lists the truth twice. Only the secondary figures read it; hit@k and the
     * table keep to the truth's own name and producer.
     */
    private static boolean sameWords(LibraryWine wine, LabelledQuery query) {
        return wine != null && (NameWords.same(wine.name(), wine.producer(), query.truthName(), query.truthProducer())
                || OneWine.listings(wine.name(), wine.producer(), query.truthName(), query.truthProducer()));
    }

    /**
     * Whether the wine is the truth: the same name and producer, compared case-insensitively as the matcher groups a
     * wine's vintages and sizes ("Conterno Vigna Valferana Cantine Nervi" by "AZIENDA VITIVINICOLA CONTERNO …" and by
     * "Azienda Vitivinicola Conterno …" is one wine).
     */
    private static boolean sameWine(LibraryWine wine, LabelledQuery query) {
        return wine != null && wine.name().equalsIgnoreCase(query.truthName())
                && wine.producer().equalsIgnoreCase(query.truthProducer());
    }

    private static String row(String set, String method, List<String> ranking, List<String> verdicts) {
        List<String> cells = new ArrayList<>(List.of(set, method));
        cells.addAll(ranking);
        cells.addAll(verdicts);
        return "| " + String.join(" | ", cells) + " |";
    }

    private static void writeLabels(Path file, List<LabelledQuery> labels) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("label,expected,truth_name,truth_producer,expected_vintage,kind");
        for (LabelledQuery q : labels) {
            lines.add(String.join(",", quote(q.label()), q.expected().name().toLowerCase(Locale.ROOT),
                    quote(q.truthName()), quote(q.truthProducer()),
                    q.expectedVintage() == 0 ? "" : Integer.toString(q.expectedVintage()), quote(q.kind())));
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    private static String quote(String field) {
        return "\"" + field.replace("\"", "\"\"") + "\"";
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("options are --name value pairs; could not read '" + args[i] + "'");
            }
            options.put(args[i], args[++i]);
        }
        return options;
    }
}
