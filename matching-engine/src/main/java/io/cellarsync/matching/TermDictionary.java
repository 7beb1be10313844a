package io.cellarsync.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The library's vocabulary: term ids, a sorted view for exact and prefix look-ups (truncated labels) and a
 * character-trigram index to find terms close to an unknown word (typos). Ids are stable: a dictionary grown from
 * another keeps its ids, so that families built before stay valid. Kept in plain arrays (no hash maps of boxed
 * values) so that the index stays small per wine.
 */
final class TermDictionary {

    static final TermDictionary EMPTY = new Builder().build();

    private final String[] terms;
    /** Term ids in the terms' alphabetical order: the sorted view, without a second array of strings. */
    private final int[] sortedIds;
    /** Trigrams packed in a long (three 16-bit chars), sorted, and for each the ids of the terms holding it. */
    private final long[] trigrams;
    /** The terms of trigram i are {@code trigramTerms[trigramStarts[i] .. trigramStarts[i+1])}. */
    private final int[] trigramStarts;
    private final int[] trigramTerms;

    private TermDictionary(String[] terms) {
        this.terms = terms;
        Integer[] order = new Integer[terms.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> terms[a].compareTo(terms[b]));
        this.sortedIds = new int[terms.length];
        for (int i = 0; i < order.length; i++) {
            sortedIds[i] = order[i];
        }
        Map<Long, List<Integer>> lists = new HashMap<>();
        for (int id = 0; id < terms.length; id++) {
            if (terms[id].length() >= 4) {
                for (long trigram : trigrams(terms[id])) {
                    List<Integer> ids = lists.computeIfAbsent(trigram, t -> new ArrayList<>());
                    if (ids.isEmpty() || ids.get(ids.size() - 1) != id) {
                        ids.add(id);
                    }
                }
            }
        }
        this.trigrams = lists.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
        this.trigramStarts = new int[trigrams.length + 1];
        for (int i = 0; i < trigrams.length; i++) {
            trigramStarts[i + 1] = trigramStarts[i] + lists.get(trigrams[i]).size();
        }
        this.trigramTerms = new int[trigramStarts[trigrams.length]];
        for (int i = 0; i < trigrams.length; i++) {
            List<Integer> ids = lists.get(trigrams[i]);
            for (int k = 0; k < ids.size(); k++) {
                trigramTerms[trigramStarts[i] + k] = ids.get(k);
            }
        }
    }

    int size() {
        return terms.length;
    }

    String term(int id) {
        return terms[id];
    }

    /** The id of a term, or -1 when the library does not know it. */
    int id(String term) {
        int at = search(term);
        return at < 0 ? -1 : sortedIds[at];
    }

    /** Like {@link Arrays#binarySearch}: the position of the term in the sorted view, or -(insertion point) - 1. */
    private int search(String term) {
        int low = 0;
        int high = sortedIds.length - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int order = terms[sortedIds[mid]].compareTo(term);
            if (order < 0) {
                low = mid + 1;
            } else if (order > 0) {
                high = mid - 1;
            } else {
                return mid;
            }
        }
        return -(low + 1);
    }

    /** Ids of the terms that start with {@code prefix} (not the prefix itself), at most {@code limit}. */
    List<Integer> withPrefix(String prefix, int limit) {
        List<Integer> found = new ArrayList<>();
        int at = search(prefix);
        for (int i = at < 0 ? -at - 1 : at + 1; i < sortedIds.length && found.size() < limit; i++) {
            if (!terms[sortedIds[i]].startsWith(prefix)) {
                break;
            }
            found.add(sortedIds[i]);
        }
        return found;
    }

    /** Ids of the terms sharing at least {@code minShared} trigrams with {@code word}. */
    List<Integer> sharingTrigrams(String word, int minShared) {
        Map<Integer, Integer> shared = new HashMap<>();
        for (long trigram : trigrams(word)) {
            int at = Arrays.binarySearch(trigrams, trigram);
            if (at >= 0) {
                for (int k = trigramStarts[at]; k < trigramStarts[at + 1]; k++) {
                    shared.merge(trigramTerms[k], 1, Integer::sum);
                }
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

    /**
     * The word's trigrams, with {@code ^} and {@code $} marking its ends, each packed in a long and mixed (an odd
     * multiplier, so still one long per trigram) because packed chars hash badly into a {@code HashMap}.
     */
    static long[] trigrams(String word) {
        String padded = "^" + word + "$";
        long[] trigrams = new long[Math.max(0, padded.length() - 2)];
        for (int i = 0; i < trigrams.length; i++) {
            long packed = ((long) padded.charAt(i) << 32) | ((long) padded.charAt(i + 1) << 16) | padded.charAt(i + 2);
            trigrams[i] = packed * 0x9E3779B97F4A7C15L;
        }
        return trigrams;
    }

    /** Grows a dictionary: known terms keep their ids, new terms are appended. */
    static final class Builder {
        private final List<String> terms = new ArrayList<>();
        private final Map<String, Integer> ids = new HashMap<>();

        Builder() {}

        Builder(TermDictionary from) {
            for (String term : from.terms) {
                ids.put(term, terms.size());
                terms.add(term);
            }
        }

        int[] ids(List<String> words) {
            if (words.isEmpty()) {
                return WineFamily.NO_TERMS;
            }
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
            return new TermDictionary(terms.toArray(new String[0]));
        }
    }
}
