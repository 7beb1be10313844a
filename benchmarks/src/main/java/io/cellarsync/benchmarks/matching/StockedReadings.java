package io.cellarsync.benchmarks.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Which stocked wines a label reads as, from its source words alone: the folded words of the library entry it was
 * made from that the label still shows (a cut word as a prefix, {@code "barb*"}; the words a shorthand stands for).
 * A label whose source words all belong to a stocked wine other than its truth is one whose truth no reading could
 * tell: {@link CashierLabelGenerator} drops such labels, {@link PosLabelGenerator} keeps them and marks them.
 */
final class StockedReadings {

    /** Articles and conjunctions: they tell no wine from another. */
    static final Set<String> ARTICLES = Set.of("de", "du", "des", "la", "le", "les", "di", "del", "della", "dei",
            "d", "l", "et", "and", "the", "y", "e", "da", "al", "en", "of", "von", "am", "vom", "der", "die", "das");

    private final List<Set<String>> wines;
    private final IntPredicate stocked;
    private final Map<String, List<Integer>> postings = new HashMap<>();

    /**
     * @param wines each wine's words (its name's and its producer's, as {@link NameWords#words}), by index
     * @param stocked which of them the index holds
     */
    StockedReadings(List<Set<String>> wines, IntPredicate stocked) {
        this.wines = wines;
        this.stocked = stocked;
        for (int i = 0; i < wines.size(); i++) {
            if (!stocked.test(i)) {
                continue;
            }
            for (String word : wines.get(i)) {
                postings.computeIfAbsent(word, k -> new ArrayList<>()).add(i);
            }
        }
    }

    /**
     * Whether a stocked wine for which {@code sameWine} is false has all the source words (a cut word, written
     * {@code "prefix*"}, as a prefix of one of its words); also true when the source words tell nothing (articles and
     * single letters only).
     */
    boolean readsAsOther(List<String> sourceWords, IntPredicate sameWine) {
        Set<String> full = new HashSet<>();
        String prefix = null;
        for (String word : sourceWords) {
            if (word.endsWith("*")) {
                prefix = word.length() > 3 ? word.substring(0, word.length() - 1) : prefix;
            } else if (!ARTICLES.contains(word) && word.length() > 1) {
                // One-letter words are in no wine's word set (NameWords keeps longer words only): they say nothing.
                full.add(word);
            }
        }
        if (full.isEmpty() && prefix == null) {
            return true;
        }
        for (int candidate : readers(full, prefix)) {
            if (!sameWine.test(candidate)) {
                return true;
            }
        }
        return false;
    }

    /** The stocked wines with all the {@code full} words and, unless null, a word starting with {@code prefix}. */
    List<Integer> readers(Set<String> full, String prefix) {
        List<Integer> result = null;
        for (String word : full) {
            List<Integer> list = postings.getOrDefault(word, List.of());
            if (result == null || list.size() < result.size()) {
                result = list;
            }
        }
        List<Integer> out = new ArrayList<>();
        if (result == null) {
            // Only a cut word: any wine with a word of that prefix.
            for (int i = 0; i < wines.size(); i++) {
                if (stocked.test(i) && hasPrefix(wines.get(i), prefix)) {
                    out.add(i);
                }
            }
            return out;
        }
        for (int candidate : result) {
            Set<String> words = wines.get(candidate);
            if (words.containsAll(full) && (prefix == null || hasPrefix(words, prefix))) {
                out.add(candidate);
            }
        }
        return out;
    }

    private static boolean hasPrefix(Set<String> words, String prefix) {
        for (String word : words) {
            if (word.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
