package io.cellarsync.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * A parsed label resolved against an index's vocabulary: each label term with its IDF weight, its id when the
 * library knows it, and otherwise the known terms it may stand for (a truncated word's completions, a misspelt
 * word's neighbours) with how much they are worth.
 */
final class LabelQuery {

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
    private static final int MAX_PREFIX_COMPLETIONS = 40;
    private static final int MAX_NEIGHBOURS = 8;
    private static final double MIN_NEIGHBOUR_SIMILARITY = 0.88;
    /** A completion of the label's last word (a POS cuts labels at a fixed width) or of a long prefix. */
    private static final float PREFIX_FACTOR = 0.85f;
    /** A completion of a short word inside the label: weaker, "vert" is rarely "vérité". */
    private static final float SHORT_PREFIX_FACTOR = 0.6f;
    /** How many completions of each slip variant of a last word count (a cut and a slip together are rarer). */
    private static final int MAX_SLIP_COMPLETIONS = 4;
    /** A known word one swap or one doubled letter away. */
    private static final float SLIP_FACTOR = 0.75f;
    /** A known word this long or longer inside a label may be a longer word cut short ("BARBA" of Barbaresco). */
    private static final int MIN_KNOWN_CUT = 2;
    /**
     * What each of the two known words an unknown word joins is worth ("LONGDEPAQUIT": long, depaquit), as much as a
     * completion: the till or the cashier left out a hyphen or a space.
     */
    private static final float JOINED_FACTOR = PREFIX_FACTOR;
    /** The shortest part of a joined word ("SANLEONARDO": san, read saint, and leonardo; see {@link #isJoinedPart}). */
    private static final int MIN_JOINED_PART = 3;

    final String[] words;
    final int[] ids;
    final float[] weights;
    final boolean[] soft;
    /** Whether term {@code i} is a number of the label other than its vintage (a cuvée number: 1685, 61). */
    final boolean[] number;
    /**
     * Whether term {@code i} says what many wines are rather than which ({@link LabelVocabulary#isGeneric}): a place, a
     * grape variety or a mention.
     */
    final boolean[] generic;
    /** Whether term {@code i} is a word of an appellation or a region ({@link LabelVocabulary#PLACES}). */
    final boolean[] place;
    /** Whether the label names a house ({@link LabelVocabulary#HOUSES}): "CH", "DOM", "CLOS"… */
    boolean namesAHouse;
    final int[][] alternatives;
    final float[][] alternativeFactors;
    final List<String> unknownWords;
    /**
     * For a word that may be cut short, the word itself as a prefix (else null) and what a completion is worth: the
     * re-scorer checks every word of a candidate wine against it, so that completions beyond the ones listed in
     * {@link #alternatives} (at most {@value #MAX_PREFIX_COMPLETIONS}, in alphabetical order) still count.
     */
    final String[] prefixes;
    final float[] prefixFactors;
    /**
     * Whether term {@code i} is two letters ending the label, read as a word the till cut: they count only in a word of
     * the wine's own, and only beside a rare distinctive word of the label (a producer, a cuvée) that brings every wine
     * they may name into the candidates ("GOBELSBURG HE"; not "CH GU", "AMARONE VA", "QUINTA QU").
     */
    final boolean[] cutToTwoLetters;
    /** How many of the terms are the label's words, in the label's order (the vintage's forms follow them). */
    int labelWordCount;
    /** The single letter the label's words end with, else empty ({@link ParsedLabel#trailingLetter()}). */
    String trailingLetter = "";
    /** The grape varieties the label names ({@link GrapeVarieties}). */
    String[] varieties = new String[0];
    /** The codes of {@link #varieties} ({@link GrapeVarieties#codes}), for reading them against a wine's grapes. */
    int[] varietyCodes = new int[0];
    /** The dosage the label names ({@link Dosage}). */
    Dosage dosage = Dosage.NONE;
    /** Whether the label names a blanc de blancs or a blanc de noirs ({@link GrapeVarieties#blancDe}). */
    GrapeVarieties.BlancDe blancDe = GrapeVarieties.BlancDe.NONE;
    /** The ids of the label's colour words the library knows (a colour word may be part of a name). */
    int[] colourWordIds = new int[0];

    private LabelQuery(int size) {
        words = new String[size];
        ids = new int[size];
        weights = new float[size];
        soft = new boolean[size];
        number = new boolean[size];
        generic = new boolean[size];
        place = new boolean[size];
        alternatives = new int[size][];
        alternativeFactors = new float[size][];
        unknownWords = new ArrayList<>();
        prefixes = new String[size];
        prefixFactors = new float[size];
        cutToTwoLetters = new boolean[size];
    }

    int size() {
        return words.length;
    }

    /** Whether one of the label's words is this term, exactly. */
    boolean names(int term) {
        for (int id : ids) {
            if (id == term) {
                return true;
            }
        }
        return false;
    }

    /**
     * How well label term {@code i} names the library term: 1 when it is the term, the factor of an alternative (a
     * completion, a neighbour), the prefix factor when the term starts with the word cut short, else 0.
     */
    float matchOf(int i, int term, WineIndex index) {
        if (ids[i] == term) {
            return 1f;
        }
        float best = 0;
        for (int k = 0; k < alternatives[i].length; k++) {
            if (alternatives[i][k] == term) {
                best = Math.max(best, alternativeFactors[i][k]);
            }
        }
        if (prefixes[i] != null && prefixFactors[i] > best && prefixMayName(i, term, index)) {
            best = prefixFactors[i];
        }
        return best;
    }

    /** The position of the word among the query's (they are unique; an unknown word is one), or -1. */
    int indexOf(String word) {
        for (int i = 0; i < words.length; i++) {
            if (words[i].equals(word)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether label term {@code i}, read as a word cut short, may name the library term: the term starts with it, and,
     * for two letters ending the label ({@link #cutToTwoLetters}), is a word of a wine's own
     * ({@link WineIndex#isOwnWord}): two letters do not tell a Rosé from a Roble, nor name a grape or a place.
     */
    boolean prefixMayName(int i, int term, WineIndex index) {
        return index.dictionary.term(term).startsWith(prefixes[i]) && (!cutToTwoLetters[i] || index.isOwnWord(term));
    }

    static LabelQuery of(ParsedLabel label, WineIndex index) {
        Set<String> unique = new LinkedHashSet<>(label.terms());
        int termCount = unique.size();
        if (label.vintage() != 0) {
            // A label's vintage may also be part of a wine's name ("Vintage 2015", "19 Crimes"): it counts when found.
            unique.add(Integer.toString(label.vintage()));
            unique.add(label.vintageText());
        }
        LabelQuery query = new LabelQuery(unique.size());
        int i = 0;
        for (String word : unique) {
            query.words[i] = word;
            int id = index.dictionary.id(word);
            query.ids[i] = id;
            boolean isVintage = i >= termCount;
            query.number[i] = !isVintage && Character.isDigit(word.charAt(0));
            query.generic[i] = LabelVocabulary.isGeneric(word);
            query.place[i] = LabelVocabulary.PLACES.contains(word);
            query.namesAHouse |= i < termCount && LabelVocabulary.HOUSES.contains(word);
            // Numbers (cuvée numbers, a vintage) count when a wine has them, and not against one that has not.
            // A word that may be the label's serving ("COPA") costs a wine that lacks it no more than a soft word.
            query.soft[i] = isVintage || Character.isDigit(word.charAt(0)) || LabelVocabulary.SOFT.contains(word)
                    || label.servingWords().contains(word);
            // An unknown short word is more likely a shorthand than a name: it weighs less.
            query.weights[i] = id >= 0 ? index.idf[id] : word.length() <= 3 ? index.unknownIdf / 2 : index.unknownIdf;
            boolean last = i == termCount - 1;
            if (id < 0) {
                resolveUnknown(query, i, word, index, last);
                // A cut or misspelt place is as generic as the place ("POUILLY FUIS", "CH MARGAU").
                query.generic[i] |= standsForGenericOnly(query, i, index);
            } else if (last && !query.soft[i]) {
                // A POS cuts labels at a fixed width: a last word may be a known word and the start of a longer one.
                List<Integer> completions = index.dictionary.withPrefix(word, MAX_PREFIX_COMPLETIONS);
                query.alternatives[i] = completions.stream().mapToInt(Integer::intValue).toArray();
                query.alternativeFactors[i] = new float[completions.size()];
                Arrays.fill(query.alternativeFactors[i], PREFIX_FACTOR);
                query.prefixes[i] = word;
                query.prefixFactors[i] = PREFIX_FACTOR;
            } else {
                query.alternatives[i] = new int[0];
                query.alternativeFactors[i] = new float[0];
                // A known word inside the label may also be a longer word cut short ("COGNO BARBA. BORDINI", "NONNA
                // MARCEL."): a wine with a word it starts counts it as a short word's completion, in re-scoring only,
                // when the library has such a word at all.
                if (!query.soft[i] && i < termCount && word.length() >= MIN_KNOWN_CUT && !query.number[i]
                        && !index.dictionary.withPrefix(word, 1).isEmpty()) {
                    query.prefixes[i] = word;
                    query.prefixFactors[i] = SHORT_PREFIX_FACTOR;
                }
            }
            addShorthandReading(query, i, word, index);
            i++;
        }
        query.labelWordCount = termCount;
        query.dosage = Dosage.of(termCount, at -> query.words[at]);
        query.trailingLetter = label.trailingLetter();
        query.varieties = GrapeVarieties.named(query, label.colour(), index);
        query.varietyCodes = GrapeVarieties.codes(query.varieties);
        String original = label.original();
        query.blancDe = GrapeVarieties.blancDe(TextFolder.fold(original.length() > Tokenizer.MAX_CHARS
                ? original.substring(0, Tokenizer.MAX_CHARS) : original));
        query.colourWordIds = label.colourWords().stream().mapToInt(index.dictionary::id).filter(id -> id >= 0)
                .toArray();
        return query;
    }

    /**
     * Adds the word a till's shorthand stands for ({@link LabelVocabulary#SHORTHANDS_OR_CUTS}) to the label word's
     * readings, beside what it is as typed or cut: "Greywacke Wild Sav '22" is a Sauvignon, "SAVIGNY LES BEAUNE" cut
     * to "SAV" a Savigny.
     */
    private static void addShorthandReading(LabelQuery query, int i, String word, WineIndex index) {
        String meant = LabelVocabulary.SHORTHANDS_OR_CUTS.get(word);
        int term = meant == null ? -1 : index.dictionary.id(meant);
        if (term < 0 || Arrays.stream(query.alternatives[i]).anyMatch(t -> t == term)) {
            return;
        }
        int count = query.alternatives[i].length;
        query.alternatives[i] = Arrays.copyOf(query.alternatives[i], count + 1);
        query.alternatives[i][count] = term;
        query.alternativeFactors[i] = Arrays.copyOf(query.alternativeFactors[i], count + 1);
        query.alternativeFactors[i][count] = PREFIX_FACTOR;
        query.unknownWords.remove(word);
    }

    /**
     * Whether every known word an unknown label word stands for is generic: a cut or misspelt place or grape
     * ("POUILLY FUIS" for Pouilly-Fuissé) names no more than the place.
     */
    private static boolean standsForGenericOnly(LabelQuery query, int i, WineIndex index) {
        if (query.alternatives[i].length == 0) {
            return false;
        }
        for (int term : query.alternatives[i]) {
            if (!LabelVocabulary.isGeneric(index.dictionary.term(term))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a label word before {@code i} is known to the library, neither soft, generic nor a number, and rare
     * enough that every wine holding it is a candidate ({@link FamilyScorer#RARE_POSTINGS}): then the wines two cut
     * letters may name are all scored, and two of them that both have a word the letters start tie. A word many wines
     * share ("QUINTA", "BLEND", "KABINETT") leaves most of them out of the candidates.
     */
    private static boolean hasRareDistinctiveWord(LabelQuery query, int i, WineIndex index) {
        for (int j = 0; j < i; j++) {
            int term = query.ids[j];
            if (term >= 0 && !query.soft[j] && !query.generic[j] && !query.number[j]
                    && index.postingsEnd(term) - index.postingsStart(term) <= FamilyScorer.RARE_POSTINGS) {
                return true;
            }
        }
        return false;
    }

    /**
     * The known words an unknown word joins, written without the hyphen or space between them ("LONGDEPAQUIT":
     * long, depaquit; "SANLEONARDO": saint, leonardo), each part read through the vocabulary; empty when no split
     * gives two known parts.
     */
    private static List<Integer> joinedWords(String word, WineIndex index) {
        List<Integer> terms = new ArrayList<>();
        for (int k = MIN_JOINED_PART; k <= word.length() - MIN_JOINED_PART; k++) {
            String first = word.substring(0, k);
            String second = word.substring(k);
            List<String> left = LabelVocabulary.expand(first);
            List<String> right = LabelVocabulary.expand(second);
            if (left.size() == 1 && right.size() == 1 && isJoinedPart(first, left) && isJoinedPart(second, right)) {
                int a = index.dictionary.id(left.get(0));
                int b = index.dictionary.id(right.get(0));
                if (a >= 0 && b >= 0) {
                    terms.add(a);
                    terms.add(b);
                }
            }
        }
        return terms;
    }

    /**
     * Whether a part of a joined word may be a word: four letters or more, or a shorthand of the vocabulary ("SAN" is
     * saint); a plain three-letter word is too often a piece of another ("SPAELK" is no "spa" + "elk").
     */
    private static boolean isJoinedPart(String part, List<String> expansion) {
        return part.length() > MIN_JOINED_PART || !expansion.get(0).equals(part);
    }

    private static void resolveUnknown(LabelQuery query, int i, String word, WineIndex index, boolean last) {
        List<int[]> found = new ArrayList<>();
        List<Float> factors = new ArrayList<>();
        boolean isNumber = Character.isDigit(word.charAt(0));
        if (word.length() >= 3 && !isNumber) {
            float factor = last || word.length() >= 5 ? PREFIX_FACTOR : SHORT_PREFIX_FACTOR;
            query.prefixes[i] = word;
            query.prefixFactors[i] = factor;
            for (int term : index.dictionary.withPrefix(word, MAX_PREFIX_COMPLETIONS)) {
                found.add(new int[] {term});
                factors.add(factor);
            }
            // A cut form of an alias stands for the alias's term, as the library writes it ("RISERV": reserve).
            for (String canonical : LabelVocabulary.canonicalsOfCutForm(word)) {
                int term = index.dictionary.id(canonical);
                if (term >= 0 && found.stream().noneMatch(t -> t[0] == term)) {
                    found.add(new int[] {term});
                    factors.add(factor);
                }
            }
        }
        // Two letters the library does not know, ending the label, are most often what the till left of a cut word
        // ("GOBELSBURG HE 23" for Heiligenstein): the re-scorer counts them in a wine having a word of its own they
        // start, as a short word cut inside a label counts (prefixMayName). Too many words start with two
        // letters to list them as alternatives, so they bring no wine into the candidates: a rare distinctive word of
        // the label must bring in all the wines they may name.
        boolean cutToTwoLetters = last && word.length() == 2 && Character.isLetter(word.charAt(0))
                && Character.isLetter(word.charAt(1)) && hasRareDistinctiveWord(query, i, index)
                && !index.dictionary.withPrefix(word, 1).isEmpty();
        if (cutToTwoLetters) {
            query.prefixes[i] = word;
            query.prefixFactors[i] = SHORT_PREFIX_FACTOR;
            query.cutToTwoLetters[i] = true;
        }
        if (word.length() >= 4 && !isNumber) {
            List<ScoredTerm> neighbours = new ArrayList<>();
            int minShared = Math.max(2, (word.length() + 2) / 3);
            for (int term : index.dictionary.sharingTrigrams(word, minShared)) {
                String candidate = index.dictionary.term(term);
                double similarity = JARO_WINKLER.apply(word, candidate);
                if (similarity >= MIN_NEIGHBOUR_SIMILARITY && !candidate.startsWith(word)) {
                    // Jaro-Winkler is generous (0.9 for quite different words): stretch it so only near-identity counts.
                    float factor = (float) ((similarity - MIN_NEIGHBOUR_SIMILARITY) / (1 - MIN_NEIGHBOUR_SIMILARITY) * 0.85);
                    neighbours.add(new ScoredTerm(term, factor));
                }
            }
            // Slips are looked for even when trigrams found neighbours: a slip may leave the trigrams of a wrong word
            // ("VDAIO" shares "aio" with "vaio", not a trigram with "vadio"), and a slip counts more than a likeness.
            for (ScoredTerm slip : oneSlipAway(word, index, last)) {
                addOrRaise(neighbours, slip.term(), slip.factor());
            }
            neighbours.sort(Comparator.comparingDouble(ScoredTerm::factor).reversed());
            for (ScoredTerm neighbour : neighbours.subList(0, Math.min(MAX_NEIGHBOURS, neighbours.size()))) {
                found.add(new int[] {neighbour.term()});
                factors.add(neighbour.factor());
            }
        }
        if (word.length() >= 2 * MIN_JOINED_PART && !isNumber) {
            for (int term : joinedWords(word, index)) {
                if (found.stream().noneMatch(t -> t[0] == term)) {
                    found.add(new int[] {term});
                    factors.add(JOINED_FACTOR);
                }
            }
        }
        query.alternatives[i] = found.stream().mapToInt(t -> t[0]).toArray();
        query.alternativeFactors[i] = new float[factors.size()];
        for (int k = 0; k < factors.size(); k++) {
            query.alternativeFactors[i][k] = factors.get(k);
        }
        if (found.isEmpty() && !query.soft[i] && !cutToTwoLetters) {
            query.unknownWords.add(query.words[i]);
        }
        if (!found.isEmpty()) {
            // A word that stands for known terms weighs like the rarest of them, not like an unknown word.
            float weight = 0;
            for (int term : query.alternatives[i]) {
                weight = Math.max(weight, index.idf[term]);
            }
            query.weights[i] = weight;
        }
    }

    /**
     * Known words one slip of the fingers away: two neighbouring letters swapped ({@code TAEYT} for tayet,
     * {@code DIISSA} for disisa) or one letter typed twice. In a short word such a slip breaks every trigram, so the
     * trigram search above cannot find them; looking each variant up costs a few dictionary probes. A label's last word
     * may also be cut short after the slip ({@code CH LAOTU} for Château Latour): then the first
     * {@value #MAX_SLIP_COMPLETIONS} known words a variant starts, in alphabetical order, count too, as a slip and a cut
     * ({@link #SLIP_FACTOR} times {@link #PREFIX_FACTOR}); a completion beyond them is not found ("CH PLAM" is not
     * Palmer: palma, palmberg, palme and palmento come first).
     */
    private static List<ScoredTerm> oneSlipAway(String word, WineIndex index, boolean mayBeCut) {
        List<ScoredTerm> found = new ArrayList<>();
        List<String> variants = typedFor(word);
        // The first word.length() - 1 variants are the swaps and doubled letters, which may be cut short too.
        for (int k = 0; k < variants.size(); k++) {
            addSlip(variants.get(k), index, found, mayBeCut && k < word.length() - 1);
        }
        return found;
    }

    /**
     * The words {@code word} may be a slip of the fingers for: its {@link #slips} first (one per place between two
     * letters), then, in a long enough word, a letter dropped ({@link #withADroppedLetter}) or changed
     * ({@link #withALetterChanged}).
     */
    static List<String> typedFor(String word) {
        List<String> variants = slips(word);
        if (word.length() >= MIN_DROPPED_LETTER_WORD) {
            variants.addAll(withADroppedLetter(word));
        }
        if (word.length() >= MIN_CHANGED_LETTER_WORD) {
            variants.addAll(withALetterChanged(word));
        }
        return variants;
    }

    /** How long a word must be for a letter changed after its first to be looked for: "VADSE", "MONTELINA". */
    private static final int MIN_CHANGED_LETTER_WORD = 5;

    /**
     * The words with one letter after the first changed for another: a bartender's wrong letter ("MONTELINA" for
     * Montelena, "QUINTERELLI" for Quintarelli, "CROZES HETMITAGE"; probes S, U, V, X, Z and (d), fifteenth
     * session). The words themselves only, as for a dropped letter.
     */
    static List<String> withALetterChanged(String word) {
        return withALetterAt(word, true);
    }

    /** How long a word must be for a letter dropped inside it to be looked for: "TIGNANELO", "TATTINGER". */
    private static final int MIN_DROPPED_LETTER_WORD = 6;

    /**
     * The words a letter longer than {@code word}, the letter put anywhere inside it: a bartender's dropped letter
     * ("TIGNANELO" for Tignanello, "TATTINGER" for Taittinger, "COTEJO" for Cortejo; probes S and Z, (d); fifteenth
     * session). Only the words themselves, not the words they start: 26 letters at each place already make many.
     */
    static List<String> withADroppedLetter(String word) {
        return withALetterAt(word, false);
    }

    /**
     * The words with a letter put at each place after the first: in place of the word's own letter there (another
     * letter), or before it.
     */
    private static List<String> withALetterAt(String word, boolean replacing) {
        List<String> variants = new ArrayList<>(26 * (word.length() - 1));
        for (int k = 1; k < word.length(); k++) {
            String before = word.substring(0, k);
            String after = word.substring(replacing ? k + 1 : k);
            for (char letter = 'a'; letter <= 'z'; letter++) {
                if (!replacing || letter != word.charAt(k)) {
                    variants.add(before + letter + after);
                }
            }
        }
        return variants;
    }

    /** The words one slip from {@code word}: two neighbouring letters swapped, or a doubled letter typed once. */
    static List<String> slips(String word) {
        List<String> variants = new ArrayList<>();
        char[] letters = word.toCharArray();
        for (int k = 0; k + 1 < letters.length; k++) {
            if (letters[k] == letters[k + 1]) {
                variants.add(word.substring(0, k) + word.substring(k + 1));
            } else {
                char[] swapped = letters.clone();
                swapped[k] = letters[k + 1];
                swapped[k + 1] = letters[k];
                variants.add(new String(swapped));
            }
        }
        return variants;
    }

    private static int indexOfTerm(List<ScoredTerm> terms, int term) {
        for (int i = 0; i < terms.size(); i++) {
            if (terms.get(i).term() == term) {
                return i;
            }
        }
        return -1;
    }

    /** Adds the slip variant when the library knows it, and, when it may be cut short, the words it starts. */
    private static void addSlip(String variant, WineIndex index, List<ScoredTerm> found, boolean mayBeCut) {
        int term = index.dictionary.id(variant);
        if (term >= 0) {
            addOrRaise(found, term, SLIP_FACTOR);
        }
        if (mayBeCut && variant.length() >= 4) {
            for (int completion : index.dictionary.withPrefix(variant, MAX_SLIP_COMPLETIONS)) {
                addOrRaise(found, completion, SLIP_FACTOR * PREFIX_FACTOR);
            }
        }
    }

    /** Adds the term with its factor, or raises the factor it was found with before. */
    private static void addOrRaise(List<ScoredTerm> found, int term, float factor) {
        int at = indexOfTerm(found, term);
        if (at < 0) {
            found.add(new ScoredTerm(term, factor));
        } else if (found.get(at).factor() < factor) {
            found.set(at, new ScoredTerm(term, factor));
        }
    }

    private record ScoredTerm(int term, float factor) {}
}
