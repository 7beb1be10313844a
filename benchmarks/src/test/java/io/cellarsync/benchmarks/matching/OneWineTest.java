package io.cellarsync.benchmarks.matching;

import static org.assertj.core.api.Assertions.assertThat;

import io.cellarsync.matching.LibraryWine;
import io.cellarsync.matching.Verdict;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which listings of the library the POS-style generator takes for one wine. */
class OneWineTest {

    @Test
    void listingsWhoseProducersAreWrittenDifferently_areOneWine() {
        assertThat(OneWine.listings("Ramírez de la Piscina Reserva", "Bodegas Ramírez",
                "Ramírez de la Piscina Reserva", "Ramirez de la Piscina")).isTrue();
        assertThat(OneWine.listings("Musigny Vieilles Vignes Grand Cru Domaine Comte Georges de Vogüé",
                "Domaine Comte Georges de Vogüé", "Musigny Vieilles Vignes Grand Cru Domaine Comte Georges de Vogüé",
                "Domaine Comtes Georges de Vogue")).isTrue();
        assertThat(OneWine.listings("Chambolle-Musigny Domaine Comte George de Vogüé", "Domaine Comte Georges de Vogüé",
                "Chambolle-Musigny Domaine Comte Georges de Vogüé", "Domaine Comte Georges de Vogüé")).isTrue();
    }

    @Test
    void aListingWithNoProducer_isOneWineWithTheListingWhoseProducerItsNameHolds() {
        assertThat(OneWine.listings("Ca' di Pian La Spinetta", "La Spinetta", "Ca' di Pian La Spinetta", ""))
                .isTrue();
        assertThat(OneWine.listings("Chateau Argadens", "Maison Sichel", "Chateau Argadens Maison Sichel", ""))
                .isTrue();
        assertThat(OneWine.listings("Etna Rosso", "Benanti", "Etna Rosso", "")).isFalse();
    }

    @Test
    void aProducerWrittenAsOneWordWithAnother_sharesIt() {
        assertThat(OneWine.listings("Delamotte Brut", "Delamotte", "Delamotte Brut", "SalonDelamotte")).isTrue();
    }

    @Test
    void oneAppellationByTwoProducers_orTwoWinesOfOneProducer_areTwoWines() {
        assertThat(OneWine.listings("Etna Rosso", "Benanti", "Etna Rosso", "Graci")).isFalse();
        assertThat(OneWine.listings("Chianti Classico", "Castello di Ama", "Chianti Classico", "Castello di Volpaia"))
                .isFalse();
        assertThat(OneWine.listings("Fleur de Pedesclaux", "Fleur de Pedesclaux", "Château Pedesclaux",
                "Château Pedesclaux")).isFalse();
        assertThat(OneWine.listings("Petit Manou Clos Manou", "Clos Manou", "Clos Manou", "Clos Manou")).isFalse();
        assertThat(OneWine.listings("Delamotte Brut", "Delamotte", "Delamotte Blanc de Blancs", "SalonDelamotte"))
                .isFalse();
        // Producers sharing one word of many houses' names: until 2026-12-05 one shared word joined them.
        assertThat(OneWine.listings("Marqués de Riscal Reserva", "Marqués de Riscal", "Marqués de Cáceres Reserva",
                "Bodegas Marqués de Cáceres")).isFalse();
        assertThat(OneWine.listings("Château Coutet", "Ch. Coutet", "Château Plince", "Ch. Plince")).isFalse();
    }

    @Test
    void aNameThatAddsABottleFormat_isTheSameWine() {
        // Until 2026-12-05 (tenth session) these were two wines: (b) held one out and expected NO for its labels.
        assertThat(OneWine.listings("Frantzén & Cauble Magnum", "Björn Frantzén", "Frantzén & Cauble",
                "Björn Frantzén")).isTrue();
        assertThat(OneWine.listings("François Martenot Crémant de Bourgogne Magnum Brut", "Francois Martenot",
                "François Martenot Crémant de Bourgogne Brut", "Francois Martenot")).isTrue();
        assertThat(OneWine.listings("Opus One Magnum", "Opus One", "Opus One", "Opus One")).isTrue();
        assertThat(OneWine.listings("Vega Sicilia Double magnum", "Vega Sicilia", "Vega Sicilia", "Vega Sicilia"))
                .isTrue();
        assertThat(OneWine.listings("Château Lafleur Demi-bouteille", "Château Lafleur", "Château Lafleur Jeroboam",
                "Château Lafleur")).isTrue();
    }

    @Test
    void aFormatWordDoesNotJoinWhatTheRestOfTheRuleKeepsApart() {
        assertThat(OneWine.listings("Opus One Magnum", "Opus One", "Overture", "Opus One")).isFalse();
        assertThat(OneWine.listings("Rioja Reserva Magnum", "Baron de Ley", "Rioja Reserva", "Marqués de Riscal"))
                .isFalse();
        // Words that name a format to the label parser but a cuvée in the library.
        assertThat(OneWine.listings("Moët & Chandon Brut Impérial", "Moët & Chandon", "Moët & Chandon Brut",
                "Moët & Chandon")).isFalse();
        assertThat(OneWine.listings("Champagne Taittinger Demi-Sec", "Taittinger", "Champagne Taittinger",
                "Taittinger")).isFalse();
        // A name that is only a format word keeps it.
        assertThat(OneWine.listings("Magnum", "Producer", "Producer", "Producer")).isFalse();
    }

    @Test
    void theGeneratorsFamilies_followTheRule() {
        List<LibraryWine> delamotte = List.of(LibraryWine.of("d1", "Delamotte Brut").withProducer("Delamotte"));
        List<LibraryWine> salonDelamotte =
                List.of(LibraryWine.of("d2", "Delamotte Brut").withProducer("SalonDelamotte").withVintage(2019));
        List<LibraryWine> etna = List.of(LibraryWine.of("e1", "Etna Rosso").withProducer("Benanti"));

        var others = OneWine.otherListings(List.of(delamotte, salonDelamotte, etna));

        assertThat(others.get(delamotte)).containsExactly(salonDelamotte);
        assertThat(others.get(salonDelamotte)).containsExactly(delamotte);
        assertThat(others).doesNotContainKey(etna);
    }

    @Test
    void aWineListedInAnotherFormat_isNeverHeldOut() {
        List<LibraryWine> wines = new ArrayList<>();
        wines.add(LibraryWine.of("f1", "Frantzén & Cauble Magnum").withProducer("Björn Frantzén").withVintage(2023)
                .withVolumeMl(1500));
        wines.add(LibraryWine.of("f2", "Frantzén & Cauble").withProducer("Björn Frantzén").withVintage(2024));
        for (int i = 0; i < 40; i++) {
            wines.add(LibraryWine.of("w" + i, "Cuvee" + i + " Rouge").withProducer("Producer" + i)
                    .withVintage(2000 + i % 20));
        }
        for (long seed = 0; seed < 40; seed++) {
            PosLabelGenerator.LabelSet set = PosLabelGenerator.generate(wines, seed, 100);

            assertThat(set.indexed()).extracting(LibraryWine::id).contains("f1", "f2");
            assertThat(set.labels()).filteredOn(q -> q.expected() == Verdict.NO)
                    .extracting(LabelledQuery::truthName).doesNotContain("Frantzén & Cauble Magnum",
                            "Frantzén & Cauble");
        }
    }

    @Test
    void aWineListedByTwoProducersWrittenDifferently_isNeverHeldOut() {
        // Until 2026-12-05 "Ca' di Pian La Spinetta" by no producer could be held out while La Spinetta's listing
        // stayed stocked: its labels expected NO for a stocked wine.
        List<LibraryWine> wines = new ArrayList<>();
        wines.add(LibraryWine.of("s1", "Ca' di Pian La Spinetta").withProducer("La Spinetta").withVintage(2020));
        wines.add(LibraryWine.of("s2", "Ca' di Pian La Spinetta").withVintage(2021));
        for (int i = 0; i < 40; i++) {
            wines.add(LibraryWine.of("w" + i, "Cuvee" + i + " Rouge").withProducer("Producer" + i)
                    .withVintage(2000 + i % 20));
        }
        for (long seed = 0; seed < 20; seed++) {
            PosLabelGenerator.LabelSet set = PosLabelGenerator.generate(wines, seed, 100);

            assertThat(set.indexed()).extracting(LibraryWine::id).contains("s1", "s2");
            assertThat(set.labels()).filteredOn(q -> q.expected() == Verdict.NO)
                    .extracting(LabelledQuery::truthName).doesNotContain("Ca' di Pian La Spinetta");
        }
    }
}
