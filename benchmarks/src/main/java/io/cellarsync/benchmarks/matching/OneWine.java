package io.cellarsync.benchmarks.matching;

import io.cellarsync.matching.LibraryWine;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * When two listings of the library are one wine, for both label generators ({@link PosLabelGenerator},
 * {@link CashierLabelGenerator}): a wine listed twice is stocked even when one listing is held out, and an
 * {@code almost} label's vintage is one no listing of the wine holds.
 *
 * <p>Two listings are one wine when
 * <ul>
 *   <li>their names have the same words, in full or once each one's own producer's words are left out (a listing with no producer:
 *       the other's producer's words; all the name's words when nothing is left: <i>Fleur de Pedesclaux</i> and
 *       <i>Château Pedesclaux</i> are two), and
 *   <li>one producer's distinctive words (beyond {@link NameWords#COMPANY_WORDS}; a listing with no producer offers its
 *       name's) are all words of the other, or begin or end a longer word of it written joined (<i>Delamotte</i> and
 *       <i>SalonDelamotte</i>; <i>Ramirez</i> and <i>Ramírez de la Piscina</i>).
 * </ul>
 * Words are folded as {@link NameWords#words} folds them, a plural {@code s} is dropped from words of five letters
 * or more (<i>Comtes Georges de Vogüé</i> and <i>Comte George de Vogüé</i>), and a name's bottle-format words
 * ({@link #FORMAT_WORDS}) are left out: <i>Frantzén &amp; Cauble Magnum</i> is <i>Frantzén &amp; Cauble</i> in
 * another bottle (since 2026-12-05, tenth session). Until 2026-12-05 one shared producer word
 * was enough, which joined <i>Marqués de Riscal Reserva</i> and <i>Marqués de Cáceres Reserva</i>, or Château Coutet and
 * Château Plince by "Ch. Coutet" and "Ch. Plince". The Etna Rosso of Benanti and that of Graci stay two wines, as do
 * two wines of one producer (their names differ).
 */
final class OneWine {

    private static final int SHORTEST_JOINED_WORD = 5;
    /**
     * Words of a library name that say the bottle's format, not the wine (folded and stemmed): the formats the
     * matcher's label parser reads that name no wine, where no other word is needed. Of them only {@code magnum}
     * occurs in the Systembolaget names (21 names, one a {@code Double magnum}). Left in: {@code imperiale}
     * (<i>Brut Impérial</i>, <i>Imperiale Millesimato</i> are cuvées), {@code demi} alone (<i>Demi-Sec</i>),
     * {@code pot}, {@code clavelin} and {@code balthazar} (producers' names).
     */
    static final Set<String> FORMAT_WORDS = Set.of("magnum", "jeroboam", "rehoboam", "mathusalem", "methuselah",
            "fillette", "halvflaska");
    /** Two words that say a format together ("double magnum", "demi bouteille"), left out when both are there. */
    private static final List<List<String>> FORMAT_PAIRS = List.of(List.of("double", "magnum"),
            List.of("demi", "bouteille"), List.of("half", "bottle"), List.of("halv", "flaska"));
    private static final Set<String> COMPANY_WORDS =
            NameWords.COMPANY_WORDS.stream().map(OneWine::stem).collect(Collectors.toUnmodifiableSet());

    private OneWine() {}

    /** Whether the listing {@code name} by {@code producer} and {@code otherName} by {@code otherProducer} are one wine. */
    static boolean listings(String name, String producer, String otherName, String otherProducer) {
        return Listing.of(name, producer).isOneWineWith(Listing.of(otherName, otherProducer));
    }

    /**
     * For each family (a wine's listings under one name and producer) that another family lists again
     * ({@link #listings}), those other families, in the order of {@code families}.
     */
    static Map<List<LibraryWine>, List<List<LibraryWine>>> otherListings(List<List<LibraryWine>> families) {
        // Only families whose producers share a word can be one wine: index them by their producers' distinctive words
        // (and the words a longer word of another producer begins or ends with) instead of comparing every pair.
        Map<List<LibraryWine>, Listing> listings = new IdentityHashMap<>();
        Set<String> allWords = new HashSet<>();
        for (List<LibraryWine> family : families) {
            Listing listing = Listing.of(family.get(0).name(), family.get(0).producer());
            listings.put(family, listing);
            allWords.addAll(listing.distinctive());
        }
        Map<String, List<Integer>> byWord = new HashMap<>();
        List<Set<String>> blockWords = new ArrayList<>();
        for (int i = 0; i < families.size(); i++) {
            Set<String> keys = new LinkedHashSet<>();
            for (String word : listings.get(families.get(i)).distinctive()) {
                keys.add(word);
                for (int cut = 3; cut <= word.length() - 3; cut++) {
                    for (String part : List.of(word.substring(0, cut), word.substring(cut))) {
                        if (part.length() >= SHORTEST_JOINED_WORD && allWords.contains(part)) {
                            keys.add(part);
                        }
                    }
                }
            }
            blockWords.add(keys);
            for (String key : keys) {
                byWord.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
        }
        Map<List<LibraryWine>, List<List<LibraryWine>>> others = new IdentityHashMap<>();
        for (int i = 0; i < families.size(); i++) {
            Set<Integer> candidates = new TreeSet<>();
            blockWords.get(i).forEach(word -> candidates.addAll(byWord.get(word)));
            List<LibraryWine> family = families.get(i);
            for (int j : candidates) {
                List<LibraryWine> other = families.get(j);
                if (j != i && listings.get(family).isOneWineWith(listings.get(other))) {
                    others.computeIfAbsent(family, k -> new ArrayList<>()).add(other);
                }
            }
        }
        return others;
    }

    /** A listing's words, folded and stemmed once. */
    private record Listing(Set<String> name, Set<String> producer, Set<String> distinctive) {

        static Listing of(String name, String producer) {
            Set<String> producerWords = words(producer);
            Set<String> nameWords = withoutFormat(words(name));
            Set<String> distinctive = producer.isBlank() ? new HashSet<>(nameWords) : words(producer);
            distinctive.removeAll(COMPANY_WORDS);
            return new Listing(nameWords, producerWords, distinctive);
        }

        boolean isOneWineWith(Listing other) {
            boolean sameName = name.equals(other.name) || key(other).equals(other.key(this));
            return sameName && (oneProducer(distinctive, other.distinctive)
                    || oneProducer(other.distinctive, distinctive));
        }

        /**
         * The name's words without its producer's (a listing with no producer: without the other listing's producer's
         * words); all of them when nothing is left.
         */
        private Set<String> key(Listing other) {
            Set<String> key = new HashSet<>(name);
            key.removeAll(producer.isEmpty() ? other.producer : producer);
            return key.isEmpty() ? name : key;
        }
    }

    /** Whether every distinctive word of {@code words} is one of {@code otherWords} or part of one written joined. */
    private static boolean oneProducer(Set<String> words, Set<String> otherWords) {
        if (words.isEmpty()) {
            return false;
        }
        for (String word : words) {
            if (!otherWords.contains(word) && otherWords.stream().noneMatch(other -> joinedInto(word, other))) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code word} begins or ends {@code joined}, a word written as two ("salondelamotte"). */
    private static boolean joinedInto(String word, String joined) {
        return word.length() >= SHORTEST_JOINED_WORD && joined.length() >= word.length() + 3
                && (joined.startsWith(word) || joined.endsWith(word));
    }

    /** The name's words without its format words ({@link #FORMAT_WORDS}); all of them when nothing else is left. */
    private static Set<String> withoutFormat(Set<String> words) {
        Set<String> left = new HashSet<>(words);
        left.removeAll(FORMAT_WORDS);
        for (List<String> pair : FORMAT_PAIRS) {
            if (words.containsAll(pair)) {
                left.removeAll(pair);
            }
        }
        return left.isEmpty() ? words : left;
    }

    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        NameWords.words(text).forEach(word -> words.add(stem(word)));
        return words;
    }

    /** A light plural stemming: "comtes" → "comte", "georges" → "george"; short words ("clos", "gris") kept. */
    static String stem(String word) {
        return word.length() >= SHORTEST_JOINED_WORD && word.endsWith("s") && !word.endsWith("ss")
                ? word.substring(0, word.length() - 1) : word;
    }
}
