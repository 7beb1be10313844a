package io.cellarsync.matching;

import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a {@link MatchingEngine} learned from its users, for a host to keep as it is and give back to a new engine
 * ({@link MatchingEngine.Builder#learned}, {@link MatchingEngine#learn}), of this version or a later one.
 *
 * <p>Each answer is keyed by the label the user answered, as given ({@code GAIA KOKKINO 20}). The engine it is given
 * to reads each label with its own vocabulary and parser, so an answer survives a version that reads the label
 * differently (a word learned, a code that became a colour), and it resolves every label read the same way:
 * {@code CH MARGAUX 15} and {@code Château Margaux 2015} are one label to the matcher, and one answer.
 *
 * <p>Earlier versions (until the CHANGELOG's 2026-12-05 entry on learned labels) stored the parser's reading
 * instead, a key such as {@code chateau margaux|2015|BOTTLE 750|RED} (terms, vintage, serving, colour). Such keys
 * are still accepted (their first form too, {@code …|BOTTLEOptionalInt[750]|…}, rewritten here to today's) and kept
 * as keys: each resolves the labels today's parser reads as it. A key does not hold its label, so one whose label is
 * now read differently ({@code gaia kokkino|2020|BOTTLE|UNKNOWN}, stored before {@code KOKKINO} was read as red)
 * cannot be read again: it resolves nothing until a user answers the label again, and it is kept, not dropped. This
 * version stores a key too, today's, for a label over 400 characters (the parser reads only its start) or one that
 * reads as a key itself; no till writes either.
 *
 * @param confirmed for each label (or key), the library wine id the user linked it to
 * @param rejected for each label (or key), the library wine ids the user said it is not
 */
public record LearnedAnswers(Map<String, String> confirmed, Map<String, Set<String>> rejected) {

    /** Nothing learned. */
    public static final LearnedAnswers NONE = new LearnedAnswers(Map.of(), Map.of());

    /**
     * Copies the maps, labels as given and keys stored by earlier versions rewritten to today's form (two keys that
     * become one keep the rejections of both, and the confirmation of the smallest wine id).
     *
     * @throws NullPointerException when a map, a label, a wine id or a set of wine ids is null, naming the entry
     */
    public LearnedAnswers {
        Objects.requireNonNull(confirmed, "confirmed");
        Objects.requireNonNull(rejected, "rejected");
        confirmed.forEach(LearnedAnswers::requireConfirmation);
        rejected.forEach(LearnedAnswers::requireRejections);
        confirmed = confirmed.entrySet().stream().collect(Collectors.toUnmodifiableMap(
                e -> ParsedLabel.currentKey(e.getKey()), Map.Entry::getValue, (a, b) -> a.compareTo(b) <= 0 ? a : b));
        rejected = rejected.entrySet().stream().collect(Collectors.toUnmodifiableMap(
                e -> ParsedLabel.currentKey(e.getKey()), e -> Set.copyOf(e.getValue()), LearnedAnswers::union));
    }

    private static void requireConfirmation(String label, String wineId) {
        if (label == null) {
            throw new NullPointerException("a confirmed answer needs the label it was given for (a label, or a key "
                    + "from learned()), got none for wine id '" + wineId + "'");
        }
        if (wineId == null) {
            throw new NullPointerException("the confirmed answer for label '" + label + "' needs the library wine id "
                    + "it was linked to, got null");
        }
    }

    private static void requireRejections(String label, Set<String> wineIds) {
        if (label == null) {
            throw new NullPointerException("rejected answers need the label they were given for (a label, or a key "
                    + "from learned()), got none for wine ids " + wineIds);
        }
        if (wineIds == null || wineIds.stream().anyMatch(Objects::isNull)) {
            throw new NullPointerException("the rejected answers for label '" + label + "' need a set of library "
                    + "wine ids, none null, got " + wineIds);
        }
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> both = new HashSet<>(a);
        both.addAll(b);
        return Set.copyOf(both);
    }
}
