package io.cellarsync.benchmarks.matching;

import io.cellarsync.matching.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The measures of the issue: hit@1, hit@3, MRR (ranking, over labels whose wine is in the library), precision of
 * {@code yes}, share of {@code almost} detected, share of {@code no} answered right (per kind of label).
 */
final class Metrics {

    private int ranked;
    private int hit1;
    private int hit3;
    private double reciprocalRanks;
    private int yesAnswers;
    private int yesRight;
    private int expectedYes;
    private int yesFound;
    private int expectedAlmost;
    private int almostDetected;
    private final Map<String, int[]> noByKind = new TreeMap<>();
    private long nanos;
    private int queries;

    /** Records the ranking of one label: {@code rank} is 1-based, 0 when the wine is not in the list. */
    void ranking(int rank) {
        ranked++;
        if (rank == 1) {
            hit1++;
        }
        if (rank >= 1 && rank <= 3) {
            hit3++;
        }
        if (rank >= 1) {
            reciprocalRanks += 1.0 / rank;
        }
    }

    /** Records a verdict; {@code rightWine} whether the proposed wine is the truth, {@code rightVintage} the fix. */
    void verdict(LabelledQuery query, Verdict answer, boolean rightWine, boolean rightVintage) {
        if (answer == Verdict.YES) {
            yesAnswers++;
            if (query.expected() == Verdict.YES && rightWine) {
                yesRight++;
            }
        }
        if (query.expected() == Verdict.YES) {
            expectedYes++;
            if (answer == Verdict.YES && rightWine) {
                yesFound++;
            }
        }
        if (query.expected() == Verdict.ALMOST) {
            expectedAlmost++;
            if (answer == Verdict.ALMOST && rightWine && rightVintage) {
                almostDetected++;
            }
        }
        if (query.expected() == Verdict.NO) {
            int[] counts = noByKind.computeIfAbsent(query.kind(), k -> new int[2]);
            counts[1]++;
            if (answer == Verdict.NO) {
                counts[0]++;
            }
        }
    }

    void time(long elapsedNanos, int count) {
        nanos += elapsedNanos;
        queries += count;
    }

    double hit1() {
        return ratio(hit1, ranked);
    }

    List<String> rankingCells() {
        String speed = String.format(Locale.ROOT, "%,.0f", queries / (nanos / 1e9));
        if (ranked == 0) {
            // A set of labels that all expect no (foreign wines) has nothing to rank.
            return List.of("–", "–", "–", speed);
        }
        return List.of(f(ratio(hit1, ranked)), f(ratio(hit3, ranked)), f(reciprocalRanks / ranked), speed);
    }

    List<String> verdictCells() {
        return List.of(f(ratio(yesRight, yesAnswers)) + " (" + yesAnswers + ")",
                expectedYes == 0 ? "–" : f(ratio(yesFound, expectedYes)) + " (" + expectedYes + ")",
                expectedAlmost == 0 ? "–" : f(ratio(almostDetected, expectedAlmost)) + " (" + expectedAlmost + ")",
                noCorrect());
    }

    /** The share of {@code no} answered right, per kind of label: "non-wine 1.000 (283), wine not stocked …". */
    private String noCorrect() {
        StringBuilder no = new StringBuilder();
        noByKind.forEach((kind, counts) -> no.append(no.length() == 0 ? "" : ", ").append(kind).append(' ')
                .append(f(ratio(counts[0], counts[1]))).append(" (").append(counts[1]).append(')'));
        return no.toString();
    }

    /** How many {@code YES} answers name another wine than the truth (or answer a label expecting another verdict). */
    int wrongYes() {
        return yesAnswers - yesRight;
    }

    /**
     * hit@1, precision of yes, yes found, almost detected and no correct, each with its count, on one line: for a part
     * of a set, below the table.
     */
    String summary() {
        String noCorrect = noCorrect();
        return String.format(Locale.ROOT, "hit@1 %s (%d), precision of yes %s (%d answers), yes found %s (%d), "
                + "almost detected %s (%d), no correct: %s", f(ratio(hit1, ranked)), ranked,
                f(ratio(yesRight, yesAnswers)), yesAnswers, f(ratio(yesFound, expectedYes)), expectedYes,
                f(ratio(almostDetected, expectedAlmost)), expectedAlmost, noCorrect.isEmpty() ? "–" : noCorrect);
    }

    /**
     * The 95 % Wilson intervals of hit@1, the precision of yes and the share of almost detected: how far another label
     * set of the same size and kind may move them by chance alone.
     */
    String intervals() {
        List<String> parts = new ArrayList<>();
        if (ranked > 0) {
            parts.add("hit@1 " + wilson(hit1, ranked));
        }
        parts.add("precision of yes " + wilson(yesRight, yesAnswers));
        if (expectedAlmost > 0) {
            parts.add("almost detected " + wilson(almostDetected, expectedAlmost));
        }
        return String.join(", ", parts);
    }

    private static String wilson(int successes, int trials) {
        if (trials == 0) {
            return "–";
        }
        double z = 1.96;
        double p = (double) successes / trials;
        double denominator = 1 + z * z / trials;
        double centre = (p + z * z / (2.0 * trials)) / denominator;
        double half = z * Math.sqrt(p * (1 - p) / trials + z * z / (4.0 * trials * trials)) / denominator;
        return f(centre - half) + "–" + f(centre + half);
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    private static String f(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
