package io.cellarsync.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The library's vocabulary: term ids, a sorted view for prefix look-ups (truncated labels) and a character-trigram
 * index to find terms close to an unknown word (typos). Ids are stable: a dictionary grown from another keeps its
 * ids, so that families built before stay valid.
 */
final class TermDictionary {

    static final TermDictionary EMPTY = new Builder().build();

    private final String[] terms;
    private final Map<String, Integer> ids;
    private final String[] sorted;
    private final int[] sortedIds;
    private final Map<String, int[]> termsByTrigram;

    private TermDictionary(String[] terms, Map<String, Integer> ids) {
        this.terms = terms;
        this.ids = ids;
        Integer[] order = new Integer[terms.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> terms[a].compareTo(terms[b]));
        this.sorted = new String[terms.length];
        this.sortedIds = new int[terms.length];
        for (int i = 0; i < order.length; i++) {
            sorted[i] = terms[order[i]];
            sortedIds[i] = order[i];
        }
        this.termsByTrigram = trigramIndex(terms);
    }

    int size() {
        return terms.length;
    }

    String term(int id) {
        return terms[id];
    }

    /** The id of a term, or -1 when the library does not know it. */
    int id(String term) {
        Integer id = ids.get(term);
        return id == null ? -1 : id;
    }

    /** Ids of the terms that start with {@code prefix} (not the prefix itself), at most {@code limit}. */
    List<Integer> withPrefix(String prefix, int limit) {
        List<Integer> found = new ArrayList<>();
        int at = Arrays.binarySearch(sorted, prefix);
        for (int i = at < 0 ? -at - 1 : at + 1; i < sorted.length && found.size() < limit; i++) {
            if (!sorted[i].startsWith(prefix)) {
                break;
            }
            found.add(sortedIds[i]);
        }
        return found;
    }

    /** Ids of the terms sharing at least {@code minShared} trigrams with {@code word}. */
    List<Integer> sharingTrigrams(String word, int minShared) {
        Map<Integer, Integer> shared = new HashMap<>();
        for (String trigram : trigrams(word)) {
            for (int term : termsByTrigram.getOrDefault(trigram, new int[0])) {
                shared.merge(term, 1, Integer::sum);
            }
        }
        List<Integer> found = new ArrayList<>();
        shared.forEach((term, count) -> {
            if (count >= minShared) {
                found.add(term);
            }
        });
        return found;
    }

    static List<String> trigrams(String word) {
        String padded = "^" + word + "$";
        List<String> trigrams = new ArrayList<>(padded.length());
        for (int i = 0; i + 3 <= padded.length(); i++) {
            trigrams.add(padded.substring(i, i + 3));
        }
        return trigrams;
    }

    private static Map<String, int[]> trigramIndex(String[] terms) {
        Map<String, List<Integer>> lists = new HashMap<>();
        for (int id = 0; id < terms.length; id++) {
            if (terms[id].length() < 4) {
                continue;
            }
            for (String trigram : trigrams(terms[id])) {
                lists.computeIfAbsent(trigram, t -> new ArrayList<>()).add(id);
            }
        }
        Map<String, int[]> index = new HashMap<>(lists.size() * 2);
        lists.forEach((trigram, ids) -> index.put(trigram, ids.stream().mapToInt(Integer::intValue).distinct().toArray()));
        return index;
    }

    /** Grows a dictionary: known terms keep their ids, new terms are appended. */
    static final class Builder {
        private final List<String> terms = new ArrayList<>();
        private final Map<String, Integer> ids = new HashMap<>();

        Builder() {}

        Builder(TermDictionary from) {
            terms.addAll(Arrays.asList(from.terms));
            ids.putAll(from.ids);
        }

        int[] ids(List<String> words) {
            int[] result = new int[words.size()];
            for (int i = 0; i < result.length; i++) {
                String word = words.get(i);
                Integer id = ids.get(word);
                if (id == null) {
                    id = terms.size();
                    terms.add(word);
                    ids.put(word, id);
                }
                result[i] = id;
            }
            return result;
        }

        TermDictionary build() {
            return new TermDictionary(terms.toArray(new String[0]), new HashMap<>(ids));
        }
    }
}
