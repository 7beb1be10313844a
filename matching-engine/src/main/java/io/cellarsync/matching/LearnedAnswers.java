package io.cellarsync.matching;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a {@link MatchingEngine} learned from its users, for a host to keep and give back to a new engine. Keys are
 * normalised labels (case, accents, abbreviations and 2-digit vintages folded), so that {@code CH MARGAUX 15} and
 * {@code Château Margaux 2015} are one key.
 *
 * @param confirmed for each normalised label, the library wine id the user linked it to
 * @param rejected for each normalised label, the library wine ids the user said it is not
 */
public record LearnedAnswers(Map<String, String> confirmed, Map<String, Set<String>> rejected) {

    /** Nothing learned. */
    public static final LearnedAnswers NONE = new LearnedAnswers(Map.of(), Map.of());

    /**
     * Copies the maps, with keys stored by earlier versions rewritten to today's form (two keys that become one keep
     * the rejections of both, and one of the confirmations).
     */
    public LearnedAnswers {
        confirmed = confirmed.entrySet().stream().collect(Collectors.toUnmodifiableMap(
                e -> ParsedLabel.currentKey(e.getKey()), Map.Entry::getValue, (a, b) -> a.compareTo(b) <= 0 ? a : b));
        rejected = rejected.entrySet().stream().collect(Collectors.toUnmodifiableMap(
                e -> ParsedLabel.currentKey(e.getKey()), e -> Set.copyOf(e.getValue()), LearnedAnswers::union));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> both = new HashSet<>(a);
        both.addAll(b);
        return Set.copyOf(both);
    }
}
