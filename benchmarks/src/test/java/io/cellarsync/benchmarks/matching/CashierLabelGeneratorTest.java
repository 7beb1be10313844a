package io.cellarsync.benchmarks.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cellarsync.matching.LibraryWine;
import io.cellarsync.matching.Verdict;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CashierLabelGeneratorTest {

    private static final String[] PRODUCERS = {"Domaine Ravelle", "Château Montferrand", "Cantina Orsolani",
        "Bodegas Irazu", "Weingut Kesselring", "Maison Cabrolle", "Tenuta Valdorcia", "Domaine Lherbier",
        "Château Peyrelongue", "Azienda Agricola Bressan"};
    private static final String[] CUVEES = {"Chablis Vieilles Vignes", "Côtes du Rhône Rouge", "Bourgogne Pinot Noir",
        "Chianti Classico Riserva", "Rioja Reserva", "Riesling Kabinett", "Saint-Émilion Grand Cru", "Sancerre Blanc",
        "Barbera d'Alba Superiore", "Crémant de Bourgogne Brut", "Les Terrasses", "Clos des Fées", "Cuvée Prestige",
        "Premier Cru Montmains", "Rosé de Saignée"};

    /**
     * A made-up library of 150 wines, with the listings a real one has: one wine in several vintages and sizes, one
     * wine listed again under another spelling of its producer, the same name made by two producers.
     */
    private static List<LibraryWine> library() {
        List<LibraryWine> wines = new ArrayList<>();
        int id = 0;
        for (int p = 0; p < PRODUCERS.length; p++) {
            for (int c = 0; c < CUVEES.length; c++) {
                String producer = PRODUCERS[p];
                String name = (c % 2 == 0 ? producer.replaceAll("^(Domaine|Château|Cantina|Bodegas|Weingut|Maison|"
                        + "Tenuta|Azienda Agricola) ", "") + " " + CUVEES[c] : CUVEES[c]);
                int vintage = 2015 + (p + c) % 9;
                wines.add(LibraryWine.of(Integer.toString(id++), name).withProducer(producer).withVintage(vintage)
                        .withVolumeMl(750));
                if ((p + c) % 3 == 0) {
                    wines.add(LibraryWine.of(Integer.toString(id++), name).withProducer(producer)
                            .withVintage(vintage - 2).withVolumeMl(1500));
                }
                if ((p + c) % 7 == 0) {
                    // The same wine again, its producer spelt another way.
                    wines.add(LibraryWine.of(Integer.toString(id++), name).withProducer(producer + " SA")
                            .withVintage(vintage - 1));
                }
            }
        }
        return wines;
    }

    private static List<Map<String, String>> xwines() {
        return List.of(
                Map.of("WineID", "1", "WineName", "Tannat Reserva", "WineryName", "Pizzorno", "Type", "Red",
                        "Vintages", "[2019, 2018, 2017]"),
                Map.of("WineID", "2", "WineName", "Espumante Moscatel", "WineryName", "Casa Perini", "Type",
                        "Sparkling", "Vintages", "['N.V.']"),
                Map.of("WineID", "3", "WineName", "Cabernet Franc", "WineryName", "Kesselring", "Type", "Red",
                        "Vintages", "[2020]"));
    }

    @Test
    void anAlmostLabelsVintageIsHeldByNoListingOfItsWine() {
        List<LibraryWine> library = library();
        CashierLabelGenerator.LabelSet set = CashierLabelGenerator.generate(library, xwines(), 3, 600);
        List<LabelledQuery> almost = set.queries().stream().filter(q -> q.expected() == Verdict.ALMOST).toList();
        assertThat(almost).isNotEmpty();
        for (LabelledQuery query : almost) {
            for (LibraryWine wine : library) {
                if (OneWine.listings(query.truthName(), query.truthProducer(), wine.name(), wine.producer())) {
                    assertThat(wine.vintage().orElse(0)).as(query.label()).isNotEqualTo(query.expectedVintage());
                }
            }
            assertThat(query.label()).as("the label shows its vintage")
                    .containsAnyOf(Integer.toString(query.expectedVintage()),
                            String.format(Locale.ROOT, "%02d", query.expectedVintage() % 100));
        }
    }

    @Test
    void aNotStockedLabelsWineIsNotInTheIndexAndAStockedOnesIs() {
        List<LibraryWine> library = library();
        CashierLabelGenerator.LabelSet set = CashierLabelGenerator.generate(library, xwines(), 5, 600);
        Set<String> stocked = new HashSet<>();
        set.stocked().forEach(w -> stocked.add(key(w.name(), w.producer())));
        Set<String> all = new HashSet<>();
        library.forEach(w -> all.add(key(w.name(), w.producer())));
        assertThat(set.stats().heldOutWines()).isPositive();
        int heldOut = 0;
        for (LabelledQuery query : set.queries()) {
            String key = key(query.truthName(), query.truthProducer());
            switch (query.kind()) {
                case CashierLabelGenerator.HELD_OUT -> {
                    heldOut++;
                    assertThat(stocked).as(query.label()).doesNotContain(key);
                    assertThat(all).contains(key);
                }
                case CashierLabelGenerator.FOREIGN, CashierLabelGenerator.INVENTED -> {
                    assertThat(all).as(query.label()).doesNotContain(key);
                    assertThat(query.truthProducer()).isNotEqualTo("Kesselring");
                }
                case CashierLabelGenerator.NON_WINE -> assertThat(query.truthName()).isEmpty();
                default -> assertThat(stocked).as(query.label()).contains(key);
            }
            if (query.kind().startsWith("not stocked") || query.kind().startsWith("non-wine")) {
                assertThat(query.expected()).isEqualTo(Verdict.NO);
            }
        }
        assertThat(heldOut).isPositive();
        // Held out whole: no listing of a held-out wine is left in the index.
        assertThat(set.stocked().size() + countHeldOutListings(library, stocked)).isEqualTo(library.size());
    }

    @Test
    void aWineListedAgainWithItsProducerWrittenOtherwise_isNeitherHeldOutNorATruth() {
        // Until 2026-12-05 (tenth session) these listings were two wines: their producers share no whole word.
        List<LibraryWine> library = filler();
        library.add(LibraryWine.of("d1", "Delamotte Brut").withProducer("Delamotte").withVintage(2018));
        library.add(LibraryWine.of("d2", "Delamotte Brut").withProducer("SalonDelamotte").withVintage(2019));
        library.add(LibraryWine.of("s1", "Ca' di Pian La Spinetta").withProducer("La Spinetta").withVintage(2020));
        library.add(LibraryWine.of("s2", "Ca' di Pian La Spinetta").withVintage(2021));
        for (long seed = 0; seed < 30; seed++) {
            CashierLabelGenerator.LabelSet set = CashierLabelGenerator.generate(library, xwines(), seed, 300);

            assertThat(set.stocked()).extracting(LibraryWine::id).contains("d1", "d2", "s1", "s2");
            assertThat(set.queries()).extracting(LabelledQuery::truthName)
                    .doesNotContain("Delamotte Brut", "Ca' di Pian La Spinetta");
        }
    }

    @Test
    void twoProducersSharingOneWord_makeTwoWines() {
        // Until 2026-12-05 (tenth session) one shared producer word ("marques") joined them: neither was ever a truth.
        List<LibraryWine> library = filler();
        library.add(LibraryWine.of("r1", "Marqués de Riscal Reserva").withProducer("Marqués de Riscal")
                .withVintage(2019));
        library.add(LibraryWine.of("c1", "Marqués de Cáceres Reserva").withProducer("Bodegas Marqués de Cáceres")
                .withVintage(2017));
        Set<String> truths = new HashSet<>();
        int heldOut = 0;
        for (long seed = 0; seed < 60; seed++) {
            CashierLabelGenerator.LabelSet set = CashierLabelGenerator.generate(library, xwines(), seed, 300);
            set.queries().forEach(query -> truths.add(query.truthName()));
            List<String> stocked = set.stocked().stream().map(LibraryWine::id).toList();
            if (!stocked.containsAll(List.of("r1", "c1"))) {
                // A held-out Riscal does not take Cáceres with it, nor the reverse.
                assertThat(stocked).containsAnyOf("r1", "c1");
                heldOut++;
            }
        }
        assertThat(truths).contains("Marqués de Riscal Reserva", "Marqués de Cáceres Reserva");
        assertThat(heldOut).isPositive();
    }

    /** 250 wines of 250 producers, none the same wine as another. */
    private static List<LibraryWine> filler() {
        List<LibraryWine> wines = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            wines.add(LibraryWine.of("w" + i, "Cuvee" + i + " Rouge").withProducer("Producer" + i)
                    .withVintage(2000 + i % 20));
        }
        return wines;
    }

    /**
     * A library too small to hold a wine out threw {@code IllegalArgumentException: bound must be positive} from a
     * draw among no held-out wine; it is refused naming its size and the wines the labels need.
     */
    @Test
    void aLibraryTooSmallToHoldAWineOut_isRefusedNamingItsSizeAndWhatTheLabelsNeed() {
        List<LibraryWine> three = List.of(
                LibraryWine.of("1", "Ravelle Chablis Vieilles Vignes").withProducer("Domaine Ravelle").withVintage(2019),
                LibraryWine.of("2", "Rioja Reserva").withProducer("Bodegas Irazu").withVintage(2016),
                LibraryWine.of("3", "Cuvée Prestige").withProducer("Maison Cabrolle"));
        List<LibraryWine> none = List.of();

        assertThatThrownBy(() -> CashierLabelGenerator.generate(three, xwines(), 1, 100))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("A library of 3 listings (3 wines: 3 stocked and listed once, 2 of them with a"
                        + " vintage, 0 held out")
                .hasMessageContaining("too small for 100 cashier labels")
                .hasMessageContaining("labels of a wine not stocked need a wine held out")
                .hasMessageNotContaining("bound must be positive");
        assertThatThrownBy(() -> CashierLabelGenerator.generate(none, List.of(), 1, 100))
                .hasMessageContaining("A library of 0 listings")
                .hasMessageContaining("52 labels of a stocked wine need a wine stocked and listed once")
                .hasMessageContaining("16 labels of a vintage not held need")
                .hasMessageContaining("labels of a wine not stocked need a wine held out");
        // Labels that need no held-out wine are still made from it.
        assertThat(CashierLabelGenerator.generate(three, xwines(), 1, 5).labels()).isNotEmpty();
    }

    @Test
    void theSameSeedGivesTheSameLabels() {
        List<LibraryWine> library = library();
        assertThat(CashierLabelGenerator.generate(library, xwines(), 9, 300).queries())
                .isEqualTo(CashierLabelGenerator.generate(library, xwines(), 9, 300).queries());
    }

    private static int countHeldOutListings(List<LibraryWine> library, Set<String> stocked) {
        return (int) library.stream().filter(w -> !stocked.contains(key(w.name(), w.producer()))).count();
    }

    private static String key(String name, String producer) {
        return (name + "\u0000" + producer).toLowerCase(Locale.ROOT);
    }
}
