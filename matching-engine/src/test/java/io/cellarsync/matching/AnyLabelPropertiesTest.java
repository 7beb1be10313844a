package io.cellarsync.matching;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;

class AnyLabelPropertiesTest {

    private static final MatchingEngine ENGINE = MatchingEngine.builder().cacheSize(0)
            .build(MatchingEngineTest.library());

    @Property(tries = 300)
    void anyLabel_ofAnyLengthAndAnyUnicode_isAnsweredWithoutThrowing(@ForAll @StringLength(max = 2000) String label) {
        Proposal proposal = ENGINE.match(label);

        assertThat(proposal.score()).isBetween(0.0, 1.0);
        assertThat(proposal.verdict() == Verdict.NO).isEqualTo(proposal.wineId().isEmpty());
        assertThat(proposal.label()).isEqualTo(label);
    }

    @Property(tries = 100)
    void aLabelWithNoWordOfAWine_isNo(@ForAll @StringLength(max = 40) String digitsAndPunctuation) {
        String label = digitsAndPunctuation.replaceAll("[\\p{L}]", "");

        assertThat(ENGINE.match(label).verdict()).isEqualTo(Verdict.NO);
    }
}
