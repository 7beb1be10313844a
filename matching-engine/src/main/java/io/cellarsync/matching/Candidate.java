package io.cellarsync.matching;

import java.util.Objects;

/**
 * One library wine the matcher considered for a label.
 *
 * @param wineId the library wine's id
 * @param score how well the label names it, in [0, 1]
 */
public record Candidate(String wineId, double score) {

    /**
     * Checks the components.
     *
     * @throws IllegalArgumentException when the score is outside [0, 1]
     */
    public Candidate {
        Objects.requireNonNull(wineId, "wineId");
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("a candidate's score is in [0, 1], got " + score);
        }
    }
}
