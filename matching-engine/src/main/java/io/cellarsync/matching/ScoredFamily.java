package io.cellarsync.matching;

import java.util.Set;

/**
 * A wine family scored against a label.
 *
 * @param family the family's index in the {@link WineIndex}
 * @param score the combined score: about [0, 1], not cut to it (see {@link #shown()})
 * @param agreed which parts of the label agreed with it
 * @param disagreed which parts disagreed
 * @param labelCoverage the share of the label's weight the family explains
 * @param missingNameWords how many distinctive words of the family's name the label does not name at all (a word the
 *     label cuts short is named)
 * @param explainedTerms which of the label's distinctive terms the family explains: bit {@code i} for term {@code i}
 *     (the first 64 terms)
 * @param explainedAllTerms the same for every label term, soft ones included
 * @param labelBeginsName whether the label's words, in order, begin the wine's name ({@link WordOrder})
 * @param holdsLabelFormat whether the label names a format other than the standard bottle (MAG, 37.5CL) and the
 *     library holds the wine in it
 * @param rankingOnly the part of {@code score} that ranks families but does not tell the best from a rival: the vintage
 *     agreement beyond {@link FamilyScorer#VINTAGE_AGAINST_RIVAL}
 * @param headUnnamed whether {@link FamilyScorer#HEAD_UNNAMED} was taken off the score
 * @param namesOnlyGeneric whether the label names neither the wine's producer nor any word of its own, only places,
 *     grapes, mentions and soft words ({@link LabelQuery#generic})
 * @param colourIsAName whether the label's colour word is a word of this wine's name or producer ("BAROLO LA ROSA"
 *     against Fontanafredda Barolo La Rosa): the label names the wine, not its colour
 */
record ScoredFamily(int family, double score, Set<Evidence> agreed, Set<Evidence> disagreed, double labelCoverage,
        int missingNameWords, long explainedTerms, long explainedAllTerms, boolean labelBeginsName,
        boolean holdsLabelFormat, double rankingOnly, boolean headUnnamed, boolean namesOnlyGeneric,
        boolean colourIsAName) {

    /**
     * Whether the family explains the label's word {@code i}, soft words included ({@link #explainedAllTerms}); false
     * for a word past the 64 the mask holds, as the mask does not say.
     */
    boolean explainsLabelWord(int i) {
        return i < Long.SIZE && (explainedAllTerms & (1L << i)) != 0;
    }

    /** The score weighed against a rival's: without what only ranks. */
    double standing() {
        return score - rankingOnly;
    }

    /**
     * The score as a rival of the best family: without the {@link FamilyScorer#HEAD_UNNAMED} penalty, which says the
     * label does not name this wine's head, not that another wine fits it better.
     */
    double asRival() {
        return standing() + (headUnnamed ? FamilyScorer.HEAD_UNNAMED : 0);
    }

    /** The score as shown to a user: within [0, 1] (ranking uses the unbounded score, so ties at 1 are broken). */
    double shown() {
        return Math.max(0, Math.min(1, score));
    }

    /** Whether this family explains every label term {@code other} explains, soft ones included. */
    boolean explainsAllThat(ScoredFamily other) {
        return (explainedAllTerms & other.explainedAllTerms) == other.explainedAllTerms;
    }

    /** Whether this family explains every distinctive label term {@code other} explains, and more. */
    boolean explainsMoreThan(ScoredFamily other) {
        return (explainedTerms & other.explainedTerms) == other.explainedTerms && explainedTerms != other.explainedTerms;
    }
}
