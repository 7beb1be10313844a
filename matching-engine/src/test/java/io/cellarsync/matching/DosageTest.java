package io.cellarsync.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A sparkling wine's dosage (brut nature, extra brut, brut, extra dry, sec, demi-sec, doux): a label naming one is not
 * the house's wine named with another ({@link Dosage}).
 */
class DosageTest {

    private static Dosage of(String... words) {
        return Dosage.of(words.length, at -> words[at]);
    }

    @Test
    void theDosage_isReadFromItsWords() {
        assertThat(of("brut", "nature")).isEqualTo(Dosage.NATURE);
        assertThat(of("pas", "dose")).isEqualTo(Dosage.NATURE);
        assertThat(of("zero", "dosage")).isEqualTo(Dosage.NATURE);
        assertThat(of("extra", "brut")).isEqualTo(Dosage.EXTRA_BRUT);
        assertThat(of("extra", "dry")).isEqualTo(Dosage.EXTRA_DRY);
        assertThat(of("premier", "extra", "br")).isEqualTo(Dosage.EXTRA);
        assertThat(of("demi", "sec")).isEqualTo(Dosage.DEMI_SEC);
        assertThat(of("gold", "brut")).isEqualTo(Dosage.BRUT);
        assertThat(of("vouvray", "sec")).isEqualTo(Dosage.SEC);
        assertThat(of("chablis")).isEqualTo(Dosage.NONE);
    }

    @Test
    void aLabelsBrutOrExtra_mayBeCutShort_andConflictsOnlyWithAnotherDosage() {
        assertThat(Dosage.BRUT.conflictsWith(Dosage.NATURE)).isFalse();
        assertThat(Dosage.BRUT.conflictsWith(Dosage.EXTRA_BRUT)).isFalse();
        assertThat(Dosage.BRUT.conflictsWith(Dosage.DEMI_SEC)).isTrue();
        assertThat(Dosage.EXTRA.conflictsWith(Dosage.EXTRA_BRUT)).isFalse();
        assertThat(Dosage.EXTRA.conflictsWith(Dosage.BRUT)).isTrue();
        assertThat(Dosage.EXTRA_BRUT.conflictsWith(Dosage.BRUT)).isTrue();
        assertThat(Dosage.DEMI_SEC.conflictsWith(Dosage.NONE)).isFalse();
    }

    @Test
    void aLabelNamingAnotherDosage_isNotTheHousesWine() {
        // (b), seed 1: VINCENT D'ASTREE 1ER EXTRA BR BLANC and LES GRAND CHAIS DE FRANCE JP CHENET GOLD SPARKLING
        // DEMI-SEC, wines the cellar does not stock, were yes for the house's Brut.
        List<LibraryWine> library = new ArrayList<>(List.of(
                LibraryWine.of("brut", "Vincent D'Astree Premier Cru Brut").withProducer("Champagne Vincent D'Astrée"),
                LibraryWine.of("meunier", "Vincent D'Astrée Blanc de Noir Meunier")
                        .withProducer("Champagne Vincent D'Astrée"),
                LibraryWine.of("chenet", "JP Chenet Brut Sparkling").withProducer("Les Grands Chais de France")));
        for (int i = 0; i < 20; i++) {
            library.add(LibraryWine.of("filler-" + i, "Filler" + i + " Brut").withProducer("Producer" + i));
        }
        MatchingEngine engine = MatchingEngine.of(library);

        assertThat(engine.match("VINCENT D'ASTREE 1ER EXTRA BR BLANC").verdict()).isEqualTo(Verdict.NO);
        assertThat(engine.match("JP CHENET GOLD SPARKLING DEMI-SEC").verdict()).isEqualTo(Verdict.NO);
        assertThat(engine.match("VINCENT D'ASTREE 1ER BRUT").wineId()).contains("brut");
        assertThat(engine.match("JP CHENET BRUT SPARKLING").wineId()).contains("chenet");
    }
}
