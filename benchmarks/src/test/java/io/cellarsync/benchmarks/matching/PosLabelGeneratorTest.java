package io.cellarsync.benchmarks.matching;

import static org.assertj.core.api.Assertions.assertThat;

import io.cellarsync.matching.LibraryWine;
import io.cellarsync.matching.Verdict;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The truth the generator writes beside its labels: the evaluation is only as right as it is. */
class PosLabelGeneratorTest {

    /** A wine the library lists twice, each listing one vintage a year apart, among wines listed once. */
    private static List<LibraryWine> library() {
        List<LibraryWine> wines = new ArrayList<>();
        wines.add(LibraryWine.of("scavino-2020", "Paolo Scavino Barolo Bricco Ambrogio").withProducer("Paolo Scavino")
                .withVintage(2020));
        wines.add(LibraryWine.of("scavino-2021", "Barolo Bricco Ambrogio Paolo Scavino").withProducer("Paolo Scavino")
                .withVintage(2021));
        for (int i = 0; i < 40; i++) {
            wines.add(LibraryWine.of("w" + i, "Cuvee" + i + " Rouge").withProducer("Producer" + i)
                    .withVintage(2000 + i % 20));
        }
        return wines;
    }

    @Test
    void anAlmostLabelsVintage_isNotHeldByAnyListingOfTheWine() {
        // Until 2026-12-05 the vintage was drawn against the listing's own vintages only: "PAOLO SCAVINO BAROLO BRICCO
        // AMBROGIO 21" expected ALMOST for the 2020 listing while the library holds 2021 under the other one.
        List<LabelledQuery> scavino = new ArrayList<>();
        for (long seed = 0; seed < 20; seed++) {
            PosLabelGenerator.generate(library(), seed, 400).labels().stream()
                    .filter(q -> q.expected() == Verdict.ALMOST && q.truthProducer().equals("Paolo Scavino"))
                    .forEach(scavino::add);
        }

        assertThat(scavino).isNotEmpty();
        assertThat(scavino).extracting(LabelledQuery::expectedVintage).doesNotContain(2020, 2021);
    }

    @Test
    void aWineListedTwice_isNeverHeldOut() {
        for (long seed = 0; seed < 20; seed++) {
            PosLabelGenerator.LabelSet set = PosLabelGenerator.generate(library(), seed, 100);

            assertThat(set.indexed()).extracting(LibraryWine::id).contains("scavino-2020", "scavino-2021");
            assertThat(set.labels()).filteredOn(q -> q.expected() == Verdict.NO)
                    .extracting(LabelledQuery::truthProducer).doesNotContain("Paolo Scavino");
        }
    }
}
