package io.cellarsync.matching;

import java.util.ArrayList;
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
            terms.addAll(LabelVocabulary.expand(word));
        }
        return new ArrayList<>(terms);
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
