package io.cellarsync.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the wine families a label may name and scores them. Candidate generation sums the IDF weights of the
 * label's terms over the postings (BM25's idea without its length normalisation); the top families are then
 * re-scored on how much of the label they explain, how much of their name the label covers, the producer, and
 * colour agreement.
 */
final class FamilyScorer {

    static final int CANDIDATES = 40;
    static final double LABEL_WEIGHT = 0.5;
    static final double NAME_WEIGHT = 0.4;
    static final double PRODUCER_WEIGHT = 0.1;
    static final double COLOUR_CONFLICT = 0.3;
    static final double CONFLICT_WEIGHT = 0.3;

    private FamilyScorer() {}

    /** The families best matching the query, best first, at most {@code limit}, excluding {@code excluded}. */
    static List<ScoredFamily> score(LabelQuery query, ParsedLabel label, WineIndex index, Set<Integer> excluded,
            int limit) {
        int[] candidates = candidates(query, index);
        List<ScoredFamily> scored = new ArrayList<>(candidates.length);
        for (int family : candidates) {
            if (!excluded.contains(family)) {
                scored.add(rescore(family, query, label, index));
            }
        }
        scored.sort(Comparator.comparingDouble(ScoredFamily::score).reversed());
        return scored.subList(0, Math.min(limit, scored.size()));
    }

    private static int[] candidates(LabelQuery query, WineIndex index) {
        float[] sums = new float[index.families.length];
        int[] touched = new int[64];
        int touchedCount = 0;
        for (int i = 0; i < query.size(); i++) {
            int[] terms = query.ids[i] >= 0 ? new int[] {query.ids[i]} : query.alternatives[i];
            for (int k = 0; k < terms.length; k++) {
                float weight = query.weights[i] * (query.ids[i] >= 0 ? 1f : query.alternativeFactors[i][k]);
                for (int at = index.postingsStart(terms[k]); at < index.postingsEnd(terms[k]); at++) {
                    int family = index.posting(at);
                    if (sums[family] == 0) {
                        if (touchedCount == touched.length) {
                            touched = Arrays.copyOf(touched, touchedCount * 2);
                        }
                        touched[touchedCount++] = family;
                    }
                    sums[family] += weight;
                }
            }
        }
        return top(sums, touched, touchedCount);
    }

    private static int[] top(float[] sums, int[] touched, int count) {
        if (count <= CANDIDATES) {
            return Arrays.copyOf(touched, count);
        }
        float[] values = new float[count];
        for (int i = 0; i < count; i++) {
            values[i] = sums[touched[i]];
        }
        Arrays.sort(values);
        float cut = values[count - CANDIDATES];
        int[] top = new int[CANDIDATES];
        int n = 0;
        for (int i = 0; i < count; i++) {
            if (sums[touched[i]] > cut) {
                top[n++] = touched[i];
            }
        }
        // Families tied at the cut (say, every "domaine" that matched nothing else) fill the remaining places only.
        for (int i = 0; i < count && n < top.length; i++) {
            if (sums[touched[i]] == cut) {
                top[n++] = touched[i];
            }
        }
        return Arrays.copyOf(top, n);
    }

    static ScoredFamily rescore(int familyIndex, LabelQuery query, ParsedLabel label, WineIndex index) {
        WineFamily family = index.families[familyIndex];
        Set<Evidence> agreed = EnumSet.noneOf(Evidence.class);
        Set<Evidence> disagreed = EnumSet.noneOf(Evidence.class);
        double explained = 0;
        double total = 0;
        double unexplainedLabel = 0;
        for (int i = 0; i < query.size(); i++) {
            float match = labelTermMatch(query, i, family, agreed);
            explained += query.weights[i] * match;
            if (!query.soft[i] || match > 0) {
                total += query.weights[i];
            }
            if (!query.soft[i]) {
                // A word the library does not know at all may be noise or a shorthand: it is weak evidence.
                double weight = query.ids[i] < 0 ? Math.min(query.weights[i], index.unknownIdf / 2) : query.weights[i];
                unexplainedLabel = Math.max(unexplainedLabel, weight * (1 - match));
            }
        }
        double labelCoverage = total == 0 ? 0 : explained / total;
        Coverage name = coverage(family, WineFamily.Field.NAME, query, label, index, 0);
        Coverage producer = family.from(WineFamily.Field.PRODUCER) == family.to(WineFamily.Field.PRODUCER)
                ? name : coverage(family, WineFamily.Field.PRODUCER, query, label, index, name.share());
        double score = LABEL_WEIGHT * labelCoverage + NAME_WEIGHT * name.share()
                + PRODUCER_WEIGHT * producer.share();
        // A distinctive word on each side that the other lacks: most likely two different wines.
        score -= CONFLICT_WEIGHT * Math.min(unexplainedLabel, name.unnamed()) / index.unknownIdf;
        if (label.colour().conflictsWith(family.colour)) {
            score -= COLOUR_CONFLICT;
            disagreed.add(Evidence.COLOUR);
        } else if (label.colour() != Colour.UNKNOWN && label.colour() == family.colour) {
            agreed.add(Evidence.COLOUR);
        }
        if (label.vintage() != 0 && family.holdsVintage(label.vintage())) {
            score += 0.01;
        }
        return new ScoredFamily(familyIndex, Math.max(0, Math.min(1, score)), agreed, disagreed, labelCoverage,
                name.share());
    }

    /** How well label term {@code i} is found in the family (1 exact, less through an alternative, 0 not). */
    private static float labelTermMatch(LabelQuery query, int i, WineFamily family, Set<Evidence> agreed) {
        if (query.ids[i] >= 0) {
            return found(query.ids[i], family, agreed) ? 1f : 0f;
        }
        float best = 0;
        for (int k = 0; k < query.alternatives[i].length; k++) {
            if (query.alternativeFactors[i][k] > best && found(query.alternatives[i][k], family, agreed)) {
                best = query.alternativeFactors[i][k];
            }
        }
        return best;
    }

    private static boolean found(int term, WineFamily family, Set<Evidence> agreed) {
        if (family.fieldHas(WineFamily.Field.PRODUCER, term)) {
            agreed.add(Evidence.PRODUCER);
            return true;
        }
        if (family.fieldHas(WineFamily.Field.NAME, term)) {
            agreed.add(Evidence.CUVEE);
            return true;
        }
        if (family.fieldHas(WineFamily.Field.PLACE, term)) {
            agreed.add(Evidence.APPELLATION);
            return true;
        }
        return false;
    }

    /**
     * How much of a field the label names.
     *
     * @param share the IDF-weighted share of the field's terms that the label names
     * @param unnamed the weight of the most distinctive term the label does not name
     */
    private record Coverage(double share, double unnamed) {}

    /** Soft terms count only when named; colour words count half. */
    private static Coverage coverage(WineFamily family, WineFamily.Field field, LabelQuery query, ParsedLabel label,
            WineIndex index, double whenEmpty) {
        double covered = 0;
        double total = 0;
        double unnamed = 0;
        for (int i = family.from(field); i < family.to(field); i++) {
            int term = family.terms[i];
            double weight = index.colourWord[term] ? index.idf[term] * 0.5 : index.idf[term];
            // "ROUGE" in a wine's name is named by a label's colour code ("RGE") as well as by the word.
            float match = index.colourWord[term] && label.colour() != Colour.UNKNOWN
                    && LabelVocabulary.colourOf(index.dictionary.term(term)) == label.colour()
                    ? 1f : namedByLabel(term, query);
            covered += weight * match;
            // An unnamed soft term counts a little, so that of "Cava Brut" and "Cava Brut Vintage" the shorter wins.
            total += index.soft[term] && match == 0 ? weight * 0.15 : weight;
            if (!index.soft[term]) {
                unnamed = Math.max(unnamed, weight * (1 - match));
            }
        }
        return new Coverage(total == 0 ? whenEmpty : covered / total, unnamed);
    }

    private static float namedByLabel(int term, LabelQuery query) {
        float best = 0;
        for (int i = 0; i < query.size(); i++) {
            if (query.ids[i] == term) {
                return 1f;
            }
            int[] alternatives = query.alternatives[i];
            for (int k = 0; k < alternatives.length; k++) {
                if (alternatives[k] == term) {
                    best = Math.max(best, query.alternativeFactors[i][k]);
                }
            }
        }
        return best;
    }
}
