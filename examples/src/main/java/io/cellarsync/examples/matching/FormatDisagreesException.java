package io.cellarsync.examples.matching;

import io.cellarsync.matching.Proposal;
import io.cellarsync.sync.PosReferenceId;

/**
 * {@code link --accept-suggestion} was asked for a reference whose label names a bottle of another format than the
 * suggested wine's ({@code 1/2 BTL}, {@code MAG}, {@code 25CL} against a 75 cl bottle): one bottle per unit sold
 * would be wrong and no share of the wine's bottle is known to be right, so the user answers with {@code --wine}
 * and {@code --per-sale}.
 */
public final class FormatDisagreesException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param reference the POS reference
     * @param proposal the matcher's answer, a yes or an almost for a bottle of the label's format
     * @param labelMl the bottle size the label names, in millilitres
     * @param wineMl the suggested wine's bottle size, in millilitres (75 cl when the library gives none)
     */
    public FormatDisagreesException(PosReferenceId reference, Proposal proposal, int labelMl, int wineMl) {
        super("the label of " + reference + " (" + proposal.label() + ") names a " + SuggestedLink.centilitres(labelMl)
                + " bottle but the suggested wine " + proposal.wineId().orElse("?") + " is a "
                + SuggestedLink.centilitres(wineMl) + " bottle: nothing linked; link it with --wine ID --per-sale X"
                + " (a wine of the label's format, or the bottles of that wine one unit sold takes)");
    }
}
