package io.cellarsync.matching;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The matcher's answer to one label (R9).
 *
 * @param label the label as given
 * @param verdict yes, almost or no
 * @param wineId the proposed library wine; empty only for {@link Verdict#NO}
 * @param vintage for {@link Verdict#ALMOST}, the label's vintage to put on the wine (the fix); for
 *     {@link Verdict#YES}, the vintage of the proposed wine when it has one; empty otherwise
 * @param score how sure the matcher is, in [0, 1]
 * @param serving what the label serves: a bottle (of which format) or a glass of the wine
 * @param explanation which parts agreed, which did not, which words were not understood
 * @param candidates the best library wines considered, best first (the proposed wine first when there is one)
 */
public record Proposal(
        String label,
        Verdict verdict,
        Optional<String> wineId,
        OptionalInt vintage,
        double score,
        Serving serving,
        Explanation explanation,
        List<Candidate> candidates) {

    /**
     * Checks the components.
     *
     * @throws IllegalArgumentException when a yes or almost has no wine, or the score is outside [0, 1]
     */
    public Proposal {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(wineId, "wineId");
        Objects.requireNonNull(vintage, "vintage");
        Objects.requireNonNull(serving, "serving");
        Objects.requireNonNull(explanation, "explanation");
        candidates = List.copyOf(candidates);
        if (verdict != Verdict.NO && wineId.isEmpty()) {
            throw new IllegalArgumentException("a " + verdict + " proposal needs a wine id");
        }
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("a proposal's score is in [0, 1], got " + score);
        }
    }
}
