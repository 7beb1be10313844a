package io.cellarsync.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.StringLength;

class AnyLabelPropertiesTest {

    private static final MatchingEngine ENGINE = MatchingEngine.builder().cacheSize(0)
            .build(MatchingEngineTest.library());

    /**
     * The library, and wines the verdict's rules about numbers, reserves, houses and "de" look at: random labels of
     * their words reach those rules, which random text does not.
     */
    private static final MatchingEngine ENGINE_FOR_WORDS = MatchingEngine.builder().cacheSize(0).build(withRuleWines());

    /**
     * Words that take the parser's and the verdict's special paths: the till shorthands (some read only beside a
     * neighbour), servings, colour codes and letters, "de" in its forms, numbers with and without leading zeros, and
     * words of the library's wines.
     */
    private static final List<String> WORDS = List.of("GV", "SB", "BCO", "TTO", "RSVA", "RVA", "RES", "GR", "GRAN",
            "NAT", "BRUT", "SAV", "CAB", "BLC", "BLANC", "VLY", "KAB", "SPATL", "AUSL", "TBA", "QTA", "BRUTO", "GLS",
            "COPO", "1/8", "0,125", "0,1", "BOT", "FL", "GRF", "DE", "DU", "DES", "D'", "CH", "DOM", "CLOS", "R", "B",
            "RS", "RSE", "RGE", "ROSAT", "NEGRE", "NOIRS", "BLANCS", "BDN", "GC", "CRU", "CUV", "NV", "SA", "CORTADO",
            "ESPERANCE", "TROTANOY", "PENFOLDS", "BIN", "707", "0707", "07", "046", "46", "0", "000", "18", "'18",
            "2018", "PEDROSA", "POL", "ROGER", "VINTAGE", "OPEN", "SEA", "MARGAUX", "PAVILLON", "ROUGE", "POMMERY",
            "ROYAL", "MAG", "BAROLO", "CANNUBI", "CHABLIS", "1ER", "FOURCHAUME", "75CL");

    private static List<LibraryWine> withRuleWines() {
        List<LibraryWine> wines = new ArrayList<>(MatchingEngineTest.library());
        wines.add(LibraryWine.of("trotanoy", "Château Trotanoy").withProducer("Jean-Pierre Moueix").withVintage(2017));
        wines.add(LibraryWine.of("707", "Penfolds Bin 707 Cabernet Sauvignon").withProducer("Penfolds"));
        wines.add(LibraryWine.of("046", "Open Sea 046").withProducer("Yann Bertrand").withVintage(2022));
        wines.add(LibraryWine.of("pedrosa", "Viña Pedrosa Reserva").withProducer("Pérez Pascuas").withVintage(2018));
        wines.add(LibraryWine.of("pol-vintage", "Pol Roger Brut Vintage").withProducer("Pol Roger").withVintage(2018));
        wines.add(LibraryWine.of("pol-reserve", "Pol Roger Brut Réserve").withProducer("Pol Roger"));
        return wines;
    }

    @Property(tries = 300)
    void anyLabel_ofAnyLengthAndAnyUnicode_isAnsweredWithoutThrowing(@ForAll @StringLength(max = 2000) String label) {
        Proposal proposal = ENGINE.match(label);

        assertThat(proposal.score()).isBetween(0.0, 1.0);
        assertThat(proposal.verdict() == Verdict.NO).isEqualTo(proposal.wineId().isEmpty());
        assertThat(proposal.label()).isEqualTo(label);
    }

    @Property(tries = 300)
    void anyLabelOfShorthandsNumbersAndDe_isAnsweredWithoutThrowing(@ForAll("wordLabels") String label) {
        Proposal proposal = ENGINE_FOR_WORDS.match(label);

        assertThat(proposal.score()).isBetween(0.0, 1.0);
        assertThat(proposal.verdict() == Verdict.NO).isEqualTo(proposal.wineId().isEmpty());
        assertThat(proposal.explanation().note()).doesNotContain("null");
    }

    /**
     * A wine's words, so that the label often reaches the verdict's rules, with words of {@link #WORDS} before and
     * after: a few, or up to 90 (past the 64 terms the rules read a bit for each).
     */
    @Provide
    Arbitrary<String> wordLabels() {
        Arbitrary<String> wine = Arbitraries.of("ESPERANCE DE TROTANOY", "CH TROTANOY", "PENFOLDS BIN 707 CAB SAV",
                "OPEN SEA 46", "PEDROSA GR RVA", "POL ROGER", "PAVILLON ROUGE DU CH MARGAUX", "POMMERY BRUT ROYAL");
        Arbitrary<List<String>> words = Arbitraries.frequencyOf(Tuple.of(9, Arbitraries.of(WORDS).list().ofMaxSize(4)),
                Tuple.of(1, Arbitraries.of(WORDS).list().ofMaxSize(90)));
        return Combinators.combine(words, wine, words)
                .as((before, name, after) -> String.join(" ", before) + " " + name + " " + String.join(" ", after));
    }

    @Property(tries = 100)
    void aLabelWithNoWordOfAWine_isNo(@ForAll @StringLength(max = 40) String digitsAndPunctuation) {
        String label = digitsAndPunctuation.replaceAll("[\\p{L}]", "");

        assertThat(ENGINE.match(label).verdict()).isEqualTo(Verdict.NO);
    }
}
