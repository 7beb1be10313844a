package io.cellarsync.examples.matching;

import static org.assertj.core.api.Assertions.assertThat;

import io.cellarsync.matching.Explanation;
import io.cellarsync.matching.Proposal;
import io.cellarsync.matching.Serving;
import io.cellarsync.matching.Verdict;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SuggestionTextTest {

    @Test
    void anAlmost_namesTheVintageToSet() {
        assertThat(SuggestionText.of(proposal(Verdict.ALMOST, "W3", OptionalInt.of(2016), Serving.UNSPECIFIED_BOTTLE)))
                .isEqualTo("almost W3, set vintage 2016 (0.81)");
    }

    @Test
    void aYesByTheGlass_saysSo() {
        assertThat(SuggestionText.of(proposal(Verdict.YES, "W2", OptionalInt.empty(),
                new Serving(Serving.Kind.GLASS, OptionalInt.of(120)))))
                .isEqualTo("yes W2 by the glass of 12 cl (0.81)");
    }

    private static Proposal proposal(Verdict verdict, String wineId, OptionalInt vintage, Serving serving) {
        return new Proposal("LABEL", verdict, Optional.of(wineId), vintage, 0.81, serving, explanation(), List.of());
    }

    private static Explanation explanation() {
        return new Explanation(Set.of(), Set.of(), List.of(), "");
    }
}
