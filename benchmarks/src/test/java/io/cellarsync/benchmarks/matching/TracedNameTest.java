package io.cellarsync.benchmarks.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The source words a POS label still shows once the generator has abbreviated, dropped, cut and mistyped. */
class TracedNameTest {

    private static Pattern word(String phrase) {
        return Pattern.compile("(?iu)\\b" + Pattern.quote(phrase) + "\\b");
    }

    @Test
    void anUntouchedName_showsAllItsFoldedWords() {
        TracedName name = TracedName.of("Château Côtes-du-Rhône d'Yquem");

        assertThat(name.sourceWords()).containsExactly("chateau", "cotes", "du", "rhone", "yquem");
    }

    @Test
    void aRepeatedWord_isShownEachTime() {
        TracedName name = TracedName.of("Gavi di Gavi Tacchino").cut(15);

        assertThat(name.text()).isEqualTo("Gavi di Gavi Ta");
        assertThat(name.sourceWords()).containsExactly("gavi", "di", "gavi", "ta*");
    }

    @Test
    void aShorthand_standsForTheWordsItReplaced_butNotOnceCut() {
        TracedName name = TracedName.of("Côtes du Rhône Guigal").replaceAll(word("côtes du rhône"), "CDR");

        assertThat(name.text()).isEqualTo("CDR Guigal");
        assertThat(name.sourceWords()).containsExactly("cotes", "du", "rhone", "guigal");
        assertThat(name.cut(2).text()).isEqualTo("CD");
        assertThat(name.cut(2).sourceWords()).isEmpty();
    }

    @Test
    void aShorthandOfAShorthand_standsForTheFirstOnesWords() {
        TracedName name = TracedName.of("Chablis Premier Cru Vaillons")
                .replaceAll(word("premier cru"), "1ER CRU").replaceAll(word("1er cru"), "1ER");

        assertThat(name.text()).isEqualTo("Chablis 1ER Vaillons");
        assertThat(name.sourceWords()).containsExactly("chablis", "premier", "cru", "vaillons");
    }

    @Test
    void aCutWord_standsForItsPrefix() {
        TracedName name = TracedName.of("Barolo Castiglione Vietti").cut(12);

        assertThat(name.text()).isEqualTo("Barolo Casti");
        assertThat(name.sourceWords()).containsExactly("barolo", "casti*");
    }

    @Test
    void aCutBetweenWords_isStrippedAsTheGeneratorStripsIt() {
        String text = "Barolo  Castiglione ";
        TracedName name = TracedName.of(text).cut(8);

        assertThat(name.text()).isEqualTo(text.substring(0, 8).strip());
        assertThat(name.sourceWords()).containsExactly("barolo");
    }

    @Test
    void aDroppedWord_isNoLongerASourceWord() {
        TracedName name = TracedName.of("Barolo Castiglione Vietti").withoutWord(1);

        assertThat(name.text()).isEqualTo("Barolo Vietti");
        assertThat(name.sourceWords()).containsExactly("barolo", "vietti");
    }

    @Test
    void aMistypedWord_isNoLongerASourceWord() {
        TracedName name = TracedName.of("Barolo Castiglione").withSwap(1, 2);

        assertThat(name.text()).isEqualTo("Barolo Catsiglione");
        assertThat(name.sourceWords()).containsExactly("barolo");
    }

    @Test
    void aSwapOfTwoLikeLetters_changesNothing() {
        TracedName name = TracedName.of("Barolo Ornellaia").withSwap(1, 4);

        assertThat(name.text()).isEqualTo("Barolo Ornellaia");
        assertThat(name.sourceWords()).containsExactly("barolo", "ornellaia");
    }
}
