package io.cellarsync.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The verdict given scored families, whatever scored them: the rules of {@link VerdictRule} on scores chosen to sit
 * on either side of the margin.
 */
class VerdictRuleTest {

    private static final LabelParser PARSER =
            new LabelParser(Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC));
    private static final WineIndex INDEX = WineIndex.build(List.of(
            LibraryWine.of("alpha", "Alpha").withProducer("Rossi"),
            LibraryWine.of("beta", "Beta").withProducer("Bianchi"),
            LibraryWine.of("gamma", "Gamma").withProducer("Verdi")));

    private static ScoredFamily scored(int family, double score, boolean headUnnamed) {
        return new ScoredFamily(family, score, Set.of(), Set.of(), 1.0, 0, 1L, 1L, false, false, 0, headUnnamed,
                false, false);
    }

    private static Proposal decide(ScoredFamily... scored) {
        ParsedLabel label = PARSER.parse("ALPHA");
        return new VerdictRule(0.65, 0.05, 3, true, false).decide(label, LabelQuery.of(label, INDEX), List.of(scored),
                INDEX);
    }

    @Test
    void theClosestRival_isTheOneWithTheHighestScoreAsARival_notTheNextRanked() {
        // Gamma ranks third on its score, but without the house penalty, which does not make Alpha fit better, it
        // is within the margin of Alpha, while Beta, ranked second, is not.
        Proposal proposal = decide(scored(0, 0.90, false), scored(1, 0.80, false), scored(2, 0.72, true));

        assertThat(proposal.verdict()).isEqualTo(Verdict.NO);
        assertThat(proposal.explanation().note()).isEqualTo("several library wines fit the label equally well");
    }

    @Test
    void rivalsOutsideTheMargin_leaveTheBestAYes() {
        Proposal proposal = decide(scored(0, 0.90, false), scored(1, 0.80, false), scored(2, 0.72, false));

        assertThat(proposal.verdict()).as(proposal.explanation().text()).isEqualTo(Verdict.YES);
        assertThat(proposal.wineId()).contains("alpha");
    }
}
