package io.cellarsync.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Turns scored families into a {@link Proposal} (R9): {@code no} under the threshold or when two different wines fit
 * the label equally well (a wrong {@code yes} costs the user more than a {@code no}); otherwise {@code yes} when the
 * library holds the label's vintage for the wine (or the label has none), {@code almost} with the vintage fix when it
 * does not.
 */
final class VerdictRule {

    private final double yesThreshold;
    private final double ambiguityMargin;
    private final int maxCandidates;
    private final boolean partialNamesAnswerNo;

    VerdictRule(double yesThreshold, double ambiguityMargin, int maxCandidates, boolean partialNamesAnswerNo) {
        this.yesThreshold = yesThreshold;
        this.ambiguityMargin = ambiguityMargin;
        this.maxCandidates = maxCandidates;
        this.partialNamesAnswerNo = partialNamesAnswerNo;
    }

    Proposal decide(ParsedLabel label, LabelQuery query, List<ScoredFamily> scored, WineIndex index) {
        List<Candidate> candidates = candidates(label, scored, index);
        if (scored.isEmpty()) {
            return no(label, query, candidates, 0, "no library wine shares a word with the label");
        }
        ScoredFamily best = scored.get(0);
        if (best.score() < yesThreshold) {
            return no(label, query, candidates, best.score(), "no library wine is close enough");
        }
        if (best.score() - runnerUp(scored, index) < ambiguityMargin) {
            return no(label, query, candidates, best.score(), "several library wines fit the label equally well");
        }
        if (partialNamesAnswerNo && isPartialNameOfSeveral(scored, index)) {
            return no(label, query, candidates, best.score(), "the label is part of the names of several library wines");
        }
        WineFamily family = index.families[best.family()];
        WineFamily.Row row = family.rowFor(label.vintage(), label.serving().volumeMl().orElse(0));
        Set<Evidence> agreed = EnumSet.noneOf(Evidence.class);
        agreed.addAll(best.agreed());
        Set<Evidence> disagreed = EnumSet.noneOf(Evidence.class);
        disagreed.addAll(best.disagreed());
        formatEvidence(label, row, agreed, disagreed);
        boolean almost = label.vintage() != 0 && row.vintage() != label.vintage();
        if (almost) {
            disagreed.add(Evidence.VINTAGE);
        } else if (label.vintage() != 0) {
            agreed.add(Evidence.VINTAGE);
        }
        OptionalInt vintage = almost ? OptionalInt.of(label.vintage())
                : row.vintage() != 0 ? OptionalInt.of(row.vintage()) : OptionalInt.empty();
        String note = almost ? "the library does not hold vintage " + label.vintage() + " of this wine"
                + (row.vintage() != 0 ? " (closest: " + row.vintage() + ")" : "") : "";
        return new Proposal(label.original(), almost ? Verdict.ALMOST : Verdict.YES, Optional.of(row.id()), vintage,
                best.score(), label.serving(), new Explanation(agreed, disagreed, query.unknownWords, note),
                candidates);
    }

    /**
     * The score of the best family that is another wine than the best one. Families whose names have the same words
     * (the library lists "Gaja Barbaresco" and "Barbaresco Gaja") are the same wine to a label.
     */
    private static double runnerUp(List<ScoredFamily> scored, WineIndex index) {
        int[] best = signature(index.families[scored.get(0).family()], index);
        for (ScoredFamily other : scored.subList(1, scored.size())) {
            if (!Arrays.equals(best, signature(index.families[other.family()], index))) {
                return other.score();
            }
        }
        return 0;
    }

    /**
     * A label that names only part of the best wine's name, while another wine explains the label as well, does not
     * say which of them it is ("BOURGOGNE CHARDONNA" for two Bourgogne Chardonnays with different cuvée names).
     */
    private static boolean isPartialNameOfSeveral(List<ScoredFamily> scored, WineIndex index) {
        ScoredFamily best = scored.get(0);
        if (best.nameCoverage() >= 0.999) {
            return false;
        }
        int[] bestSignature = signature(index.families[best.family()], index);
        for (ScoredFamily other : scored.subList(1, scored.size())) {
            if (other.labelCoverage() >= best.labelCoverage() - 0.01
                    && !Arrays.equals(bestSignature, signature(index.families[other.family()], index))) {
                return true;
            }
        }
        return false;
    }

    private static int[] signature(WineFamily family, WineIndex index) {
        return Arrays.stream(family.terms, family.from(WineFamily.Field.NAME), family.to(WineFamily.Field.NAME))
                .filter(t -> !index.soft[t]).sorted().distinct().toArray();
    }

    private static void formatEvidence(ParsedLabel label, WineFamily.Row row, Set<Evidence> agreed,
            Set<Evidence> disagreed) {
        if (label.serving().kind() != Serving.Kind.BOTTLE || label.serving().volumeMl().isEmpty()) {
            return;
        }
        int rowVolume = row.volumeMl() == 0 ? 750 : row.volumeMl();
        if (rowVolume == label.serving().volumeMl().getAsInt()) {
            agreed.add(Evidence.FORMAT);
        } else {
            disagreed.add(Evidence.FORMAT);
        }
    }

    private List<Candidate> candidates(ParsedLabel label, List<ScoredFamily> scored, WineIndex index) {
        List<Candidate> candidates = new ArrayList<>();
        for (ScoredFamily family : scored.subList(0, Math.min(maxCandidates, scored.size()))) {
            WineFamily.Row row = index.families[family.family()].rowFor(label.vintage(),
                    label.serving().volumeMl().orElse(0));
            candidates.add(new Candidate(row.id(), family.score()));
        }
        return candidates;
    }

    static Proposal no(ParsedLabel label, LabelQuery query, List<Candidate> candidates, double score, String note) {
        return new Proposal(label.original(), Verdict.NO, Optional.empty(), OptionalInt.empty(), score,
                label.serving(), new Explanation(Set.of(), Set.of(), query.unknownWords, note), candidates);
    }
}
