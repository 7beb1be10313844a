package io.cellarsync.matching;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Turns library text (a name, a producer, an appellation) into canonical terms, the same way labels are read. */
final class LibraryText {

    private LibraryText() {}

    static List<String> terms(String text) {
        Set<String> terms = new LinkedHashSet<>();
        for (Token token : Tokenizer.tokens(TextFolder.fold(text))) {
            String word = token.text();
            if (word.equals("%") || word.equals("°")) {
                continue;
            }
            terms.addAll(LabelVocabulary.expandInLibrary(word));
        }
        return new ArrayList<>(terms);
    }

    /**
     * The single letters a text writes as words, folded ("Vistalba Corte B": {@code b}; "R Riesling Organic": {@code
     * r}): the index keeps no word of one letter, so a name's letters are read from its text.
     */
    static Set<String> singleLetters(String text) {
        Set<String> letters = new HashSet<>();
        for (Token token : Tokenizer.tokens(TextFolder.fold(text))) {
            String word = token.text();
            if (word.length() == 1 && Character.isLetter(word.charAt(0))) {
                letters.add(word);
            }
        }
        return letters;
    }

    static Colour colour(String colourField, List<String> nameTerms) {
        for (String word : terms(colourField)) {
            Colour colour = LabelVocabulary.colourOf(word);
            if (colour != Colour.UNKNOWN) {
                return colour;
            }
        }
        String folded = TextFolder.fold(colourField).strip();
        if (folded.startsWith("ros")) {
            return Colour.ROSE;
        }
        for (String term : nameTerms) {
            Colour colour = LabelVocabulary.colourOf(term);
            if (colour != Colour.UNKNOWN && !LabelVocabulary.isColourCode(term)) {
                return colour;
            }
        }
        return GrapeVarieties.namesOnlyWhiteVarieties(nameTerms) ? Colour.WHITE : Colour.UNKNOWN;
    }
}
