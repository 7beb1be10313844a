package io.cellarsync.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Why the matcher answered as it did, for a UI to show: which parts of the label agreed with the proposed wine,
 * which disagreed, and which label words it did not understand.
 *
 * @param agreed the parts that agreed
 * @param disagreed the parts that disagreed (for {@link Verdict#ALMOST}, at least the vintage)
 * @param unknownWords the label's words found nowhere in the library nor in the vocabulary
 * @param note a sentence about the decision, for people to read, not a code to test ({@code "a user linked this label
 *     to this wine before"}, {@code "no library wine is close enough"}); empty when there is nothing to add
 */
public record Explanation(Set<Evidence> agreed, Set<Evidence> disagreed, List<String> unknownWords, String note) {

    /** Copies the collections. */
    public Explanation {
        agreed = Set.copyOf(agreed);
        disagreed = Set.copyOf(disagreed);
        unknownWords = List.copyOf(unknownWords);
        Objects.requireNonNull(note, "note");
    }

    /**
     * One line for a UI, such as {@code "agreed: producer, cuvee; disagreed: vintage; not understood: xyz"}.
     *
     * @return the explanation as text
     */
    public String text() {
        List<String> parts = new ArrayList<>();
        if (!agreed.isEmpty()) {
            parts.add("agreed: " + names(agreed));
        }
        if (!disagreed.isEmpty()) {
            parts.add("disagreed: " + names(disagreed));
        }
        if (!unknownWords.isEmpty()) {
            parts.add("not understood: " + String.join(" ", unknownWords));
        }
        if (!note.isEmpty()) {
            parts.add(note);
        }
        return String.join("; ", parts);
    }

    private static String names(Set<Evidence> evidence) {
        return evidence.stream().sorted().map(e -> e.name().toLowerCase(java.util.Locale.ROOT))
                .collect(Collectors.joining(", "));
    }
}
