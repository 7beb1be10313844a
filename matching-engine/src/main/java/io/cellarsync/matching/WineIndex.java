package io.cellarsync.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The immutable in-memory index of the library: wine families, a vocabulary of terms with IDF weights, postings
 * from term to families, and a character-trigram index over the vocabulary to find terms close to an unknown word
 * (typos, truncations). Safe to share between threads; {@link #with} builds a new index with more wines.
 */
final class WineIndex {

    final WineFamily[] families;
    final TermDictionary dictionary;
    final float[] idf;
    /** The weight of a word the library does not know: rarer than any known term. */
    final float unknownIdf;
    /** Terms a label may leave out without counting against a wine ({@link LabelVocabulary#SOFT}). */
    final boolean[] soft;
    /** Colour words: a wine's name that has one is another wine than the same name without it (Brut vs Brut Rosé). */
    final boolean[] colourWord;
    /** Postings of every term in one array: the families of term t are {@code postings[starts[t] .. starts[t+1])}. */
    private final int[] postings;
    private final int[] starts;
    private final int wineCount;
    /**
     * The family of each wine id, made at the first lookup of a user's answer: a host that never confirms nor rejects
     * pays no heap for it. Built whole then published; two threads building it at once build the same map.
     */
    private volatile Map<String, Integer> familyOfWine;

    private WineIndex(WineFamily[] families, TermDictionary dictionary, int[] starts, int[] postings, int wineCount) {
        this.families = families;
        this.dictionary = dictionary;
        this.postings = postings;
        this.starts = starts;
        this.wineCount = wineCount;
        int termCount = starts.length - 1;
        this.idf = new float[termCount];
        int n = Math.max(1, families.length);
        for (int term = 0; term < termCount; term++) {
            idf[term] = (float) Math.log(1.0 + (double) n / Math.max(1, starts[term + 1] - starts[term]));
        }
        this.unknownIdf = (float) Math.log(1.0 + n);
        this.soft = new boolean[termCount];
        this.colourWord = new boolean[termCount];
        for (int term = 0; term < termCount; term++) {
            String word = dictionary.term(term);
            colourWord[term] = LabelVocabulary.colourOf(word) != Colour.UNKNOWN;
            soft[term] = LabelVocabulary.SOFT.contains(word) && !colourWord[term];
        }
    }

    /**
     * Whether the term is a word of a wine's own: not soft, not a colour word, not generic (a place, a grape variety,
     * a mention: {@link LabelVocabulary#isGeneric}). "Haut", "Breton" of Château Haut Breton Larigaudière Margaux.
     */
    boolean isOwnWord(int term) {
        return !soft[term] && !colourWord[term] && !LabelVocabulary.isGeneric(dictionary.term(term));
    }

    static WineIndex empty() {
        return build(List.of());
    }

    static WineIndex build(Collection<LibraryWine> wines) {
        return new Builder(new WineFamily[0], TermDictionary.EMPTY).add(wines).build();
    }

    /**
     * A new index holding this one's wines and the given ones, all or nothing.
     *
     * @throws InvalidWineException when a wine id is already in the library or given twice
     */
    WineIndex with(Collection<LibraryWine> wines) {
        return new Builder(families, dictionary).add(wines).build();
    }

    int size() {
        return wineCount;
    }

    /**
     * The family index of a library wine id, or -1. It serves the user's answers, looked up at each label that has
     * one: the map from id to family is made at the first call (it would cost more heap per wine than the rest of the
     * index, and a host that never answers does not need it).
     */
    int familyOf(String wineId) {
        Map<String, Integer> byId = familyOfWine;
        if (byId == null) {
            Map<String, Integer> built = new HashMap<>();
            for (int f = 0; f < families.length; f++) {
                for (WineFamily.Row row : families[f].rows) {
                    built.putIfAbsent(row.id(), f);
                }
            }
            byId = Map.copyOf(built);
            familyOfWine = byId;
        }
        return byId.getOrDefault(wineId, -1);
    }

    int postingsStart(int term) {
        return starts[term];
    }

    int postingsEnd(int term) {
        return starts[term + 1];
    }

    int posting(int at) {
        return postings[at];
    }

    /** Collects library wines into families and assigns term ids. */
    private static final class Builder {
        /** Any run of white space, a no-break space (U+00A0, a web page's) among it. */
        private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

        private final Map<String, Integer> familyOfWine;
        private final Map<String, Integer> familyByKey = new HashMap<>();
        private final List<WineFamily> families;
        private final Map<Integer, List<WineFamily.Row>> newRows = new LinkedHashMap<>();
        private final TermDictionary.Builder terms;

        Builder(WineFamily[] existing, TermDictionary dictionary) {
            this.terms = new TermDictionary.Builder(dictionary);
            this.familyOfWine = new HashMap<>();
            this.families = new ArrayList<>(Arrays.asList(existing));
            for (int i = 0; i < existing.length; i++) {
                familyByKey.put(key(existing[i].name, existing[i].producer), i);
                for (WineFamily.Row row : existing[i].rows) {
                    familyOfWine.put(row.id(), i);
                }
            }
        }

        Builder add(Collection<LibraryWine> wines) {
            for (LibraryWine wine : wines) {
                if (familyOfWine.containsKey(wine.id())) {
                    throw new InvalidWineException("library wine id '" + wine.id()
                            + "' is already in the library or given twice; ids must be unique, nothing was added");
                }
                Integer family = familyByKey.get(key(wine.name(), wine.producer()));
                if (family == null) {
                    family = families.size();
                    families.add(newFamily(wine));
                    familyByKey.put(key(wine.name(), wine.producer()), family);
                } else if (families.get(family).grapes == 0 && !wine.grapes().isEmpty()) {
                    // The grapes of the first listing that has some, whichever came first or was added later (a
                    // library that writes them on its newer vintages only).
                    families.set(family, families.get(family).withGrapes(grapesOf(wine)));
                }
                familyOfWine.put(wine.id(), family);
                newRows.computeIfAbsent(family, f -> new ArrayList<>()).add(new WineFamily.Row(wine.id(),
                        (short) wine.vintage().orElse(0), wine.volumeMl().orElse(0)));
            }
            return this;
        }

        private WineFamily newFamily(LibraryWine wine) {
            List<String> nameTerms = LibraryText.terms(wine.name());
            List<String> producerTerms = LibraryText.terms(wine.producer());
            return new WineFamily(wine.name(), wine.producer(), terms.ids(nameTerms), terms.ids(producerTerms),
                    terms.ids(LibraryText.terms(wine.appellation() + " " + wine.region())),
                    LibraryText.colour(wine.colour(), nameTerms),
                    GrapeVarieties.grapesOf(wine.grapes(), nameTerms, producerTerms), new WineFamily.Row[0]);
        }

        private static int grapesOf(LibraryWine wine) {
            return wine.grapes().isEmpty() ? 0 : GrapeVarieties.grapesOf(wine.grapes(),
                    LibraryText.terms(wine.name()), LibraryText.terms(wine.producer()));
        }

        WineIndex build() {
            for (Map.Entry<Integer, List<WineFamily.Row>> rows : newRows.entrySet()) {
                WineFamily family = families.get(rows.getKey());
                families.set(rows.getKey(), family.withRows(rows.getValue().toArray(new WineFamily.Row[0])));
            }
            WineFamily[] all = families.toArray(new WineFamily[0]);
            TermDictionary dictionary = terms.build();
            int[] starts = new int[dictionary.size() + 1];
            for (WineFamily family : all) {
                forEachDistinctTerm(family, term -> starts[term + 1]++);
            }
            for (int term = 0; term < dictionary.size(); term++) {
                starts[term + 1] += starts[term];
            }
            int[] postings = new int[starts[dictionary.size()]];
            int[] filled = Arrays.copyOf(starts, dictionary.size());
            for (int f = 0; f < all.length; f++) {
                int family = f;
                forEachDistinctTerm(all[f], term -> postings[filled[term]++] = family);
            }
            return new WineIndex(all, dictionary, starts, postings, familyOfWine.size());
        }

        private static void forEachDistinctTerm(WineFamily family, java.util.function.IntConsumer action) {
            int[] terms = family.terms;
            for (int i = 0; i < terms.length; i++) {
                boolean seen = false;
                for (int j = 0; j < i && !seen; j++) {
                    seen = terms[j] == terms[i];
                }
                if (!seen) {
                    action.accept(terms[i]);
                }
            }
        }

        private static String key(String name, String producer) {
            // Case-insensitive, not accent-folded: a family is the wines the library writes with the same name. Spaces
            // are not the name ("Chateau d'Esclans  Whispering Angel" with two is the same wine).
            return written(name) + '\u0000' + written(producer);
        }

        private static String written(String text) {
            return WHITESPACE.matcher(text).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
        }
    }
}
