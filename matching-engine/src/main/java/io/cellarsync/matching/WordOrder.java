package io.cellarsync.matching;

import java.util.Arrays;

/**
 * Whether a label reads as the start of a wine's name, word by word in order: a till cuts a label at a fixed width
 * ("WALDSCHUTZ GRUNER VELTLI" is the start of "Waldschütz Grüner Veltliner Ried Stangl", not of "Waldschütz Kamptal
 * Grüner Veltliner"), and often puts the producer first. Among wines that explain the same words, the one whose name
 * the label begins is the likelier.
 */
final class WordOrder {

    private WordOrder() {}

    /**
     * Whether the label's words, in order, begin the wine's name, or its producer followed by its name; a single
     * letter ending the label ({@link LabelQuery#trailingLetter}) must start the next word. A colour word that breaks
     * the sequence is passed over, on either side (a till adds "ROUGE" after a cut name, or leaves out the "Blanc" of
     * "Crozes-Hermitage Blanc E. Guigal"), and so is a label's number.
     */
    static boolean labelBeginsName(LabelQuery query, WineFamily family, WineIndex index) {
        if (query.labelWordCount == 0) {
            return false;
        }
        int[] name = Arrays.copyOfRange(family.terms, family.from(WineFamily.Field.NAME),
                family.to(WineFamily.Field.NAME));
        return begins(query, name, index) || begins(query, producerThenName(family, name), index);
    }

    /** The producer's terms, then the name's terms the producer does not have ("Weingut Fidesser" "Orbis Orange"). */
    private static int[] producerThenName(WineFamily family, int[] name) {
        int from = family.from(WineFamily.Field.PRODUCER);
        int to = family.to(WineFamily.Field.PRODUCER);
        int[] sequence = Arrays.copyOf(Arrays.copyOfRange(family.terms, from, to), to - from + name.length);
        int n = to - from;
        for (int term : name) {
            if (!family.fieldHas(WineFamily.Field.PRODUCER, term)) {
                sequence[n++] = term;
            }
        }
        return Arrays.copyOf(sequence, n);
    }

    private static boolean begins(LabelQuery query, int[] sequence, WineIndex index) {
        int at = 0;
        for (int i = 0; i < query.labelWordCount; i++) {
            at = passColourWord(query, i, sequence, at, index);
            if (at < sequence.length && matches(query, i, sequence[at], index)) {
                at++;
            } else if (!passable(query, i)) {
                return false;
            }
        }
        if (query.trailingLetter.isEmpty()) {
            return true;
        }
        // The letter left of a cut word must start the name's next word (a colour word of the name passed over).
        for (int next = at; next < sequence.length && next <= at + 1; next++) {
            if (index.dictionary.term(sequence[next]).startsWith(query.trailingLetter)) {
                return true;
            }
            if (!index.colourWord[sequence[next]]) {
                return false;
            }
        }
        return false;
    }

    /** Passes over a colour word of the name the label leaves out ("Crozes-Hermitage [Blanc] E. Guigal"). */
    private static int passColourWord(LabelQuery query, int i, int[] sequence, int at, WineIndex index) {
        boolean skip = at + 1 < sequence.length && index.colourWord[sequence[at]]
                && !matches(query, i, sequence[at], index) && matches(query, i, sequence[at + 1], index);
        return skip ? at + 1 : at;
    }

    private static boolean matches(LabelQuery query, int i, int term, WineIndex index) {
        if (query.matchOf(i, term, index) > 0) {
            return true;
        }
        // Two letters the library does not know, ending the label, are what is left of a cut word ("BRUT TR").
        return i == query.labelWordCount - 1 && query.ids[i] < 0 && query.words[i].length() == 2
                && index.dictionary.term(term).startsWith(query.words[i]);
    }

    /**
     * Whether a label word that breaks the sequence may be passed over: a colour word (a till adds "ROUGE" after a cut
     * name) or a number (the parser puts a cuvée number after the words: "LAT 42 ROUGE").
     */
    private static boolean passable(LabelQuery query, int i) {
        return query.number[i] || LabelVocabulary.colourOf(query.words[i]) != Colour.UNKNOWN;
    }
}
