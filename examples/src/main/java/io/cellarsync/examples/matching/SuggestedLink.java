package io.cellarsync.examples.matching;

import io.cellarsync.matching.Proposal;
import io.cellarsync.matching.Serving;
import io.cellarsync.matching.Verdict;
import io.cellarsync.sync.BottlesPerUnit;
import io.cellarsync.sync.LibraryWine;
import io.cellarsync.sync.LinkReference;
import io.cellarsync.sync.PosReferenceId;
import io.cellarsync.sync.SyncEngine;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Turns the matcher's suggestion for a POS reference into the link a user accepting it makes (R9, R10): a yes links
 * the wine, an almost links it and sets the label's vintage on it, a no links nothing. The bottles taken per unit
 * sold follow the label's serving: a glass or a carafe takes its share of the wine's bottle. A label naming a bottle
 * of another format than the wine's is not accepted: the matcher may still answer yes for a wine held only in
 * another size (its explanation then has {@code FORMAT} disagreed), and no number of the wine's bottles per unit
 * sold is known to be right.
 */
public final class SuggestedLink {

    /** A glass whose label gives no volume is taken as 12.5 cl: six glasses to a 75 cl bottle. */
    public static final int DEFAULT_GLASS_ML = 125;
    /** A wine whose bottle size the library does not know is taken as a standard 75 cl bottle. */
    public static final int DEFAULT_BOTTLE_ML = 750;

    private SuggestedLink() {}

    /**
     * The link that accepts a suggestion.
     *
     * @param reference the POS reference the suggestion is for
     * @param proposal the matcher's suggestion for the reference's POS name
     * @param state the cellar state, whose library holds the proposed wine
     * @return the link, all past sales back-filled; empty when the matcher answered no
     * @throws IllegalArgumentException when the proposed wine is not in the state's library
     * @throws FormatDisagreesException when the label names a bottle of another format than the wine's
     */
    public static Optional<LinkReference> of(PosReferenceId reference, Proposal proposal, SyncEngine state) {
        if (proposal.verdict() == Verdict.NO || proposal.wineId().isEmpty()) {
            return Optional.empty();
        }
        String wineId = proposal.wineId().get();
        LibraryWine wine = state.wine(wineId).orElseThrow(() -> new IllegalArgumentException("the matcher proposed"
                + " wine " + wineId + " for " + reference + " but the library has no such wine"));
        if (formatDisagrees(proposal.serving(), wine)) {
            throw new FormatDisagreesException(reference, proposal, proposal.serving().volumeMl().getAsInt(),
                    bottleMl(wine));
        }
        LinkReference link = proposal.verdict() == Verdict.ALMOST && proposal.vintage().isPresent()
                ? LinkReference.almost(reference, wineId, proposal.vintage().getAsInt())
                : LinkReference.yes(reference, wineId);
        return Optional.of(link.withPerSale(perSale(proposal.serving(), wine)));
    }

    /**
     * Whether a label's serving names a bottle of another format than the wine's: the matcher's {@code FORMAT}
     * disagreement ({@code VerdictRule}), read on the state's wine. A label that names no size is the wine's bottle.
     *
     * @param serving what the label serves
     * @param wine the library wine
     * @return {@code true} for a bottle whose size the label gives and which is not the wine's bottle size
     */
    public static boolean formatDisagrees(Serving serving, LibraryWine wine) {
        return serving.kind() == Serving.Kind.BOTTLE && serving.volumeMl().isPresent()
                && serving.volumeMl().getAsInt() != bottleMl(wine);
    }

    /**
     * Bottles per unit sold for a serving of a wine: a glass or a carafe takes its share of the wine's bottle (a
     * glass of unknown volume {@value #DEFAULT_GLASS_ML} ml, a carafe of unknown volume a whole bottle); a bottle of
     * the wine's format (or of no stated size) takes one bottle.
     *
     * @param serving what the label serves
     * @param wine the library wine poured
     * @return the bottles per unit sold
     * @throws IllegalArgumentException for a bottle of another format than the wine's ({@link #formatDisagrees})
     */
    public static BottlesPerUnit perSale(Serving serving, LibraryWine wine) {
        if (formatDisagrees(serving, wine)) {
            throw new IllegalArgumentException("a " + centilitres(serving.volumeMl().getAsInt()) + " bottle is not"
                    + " sold from wine " + wine.id() + "'s " + centilitres(bottleMl(wine)) + " bottles: no bottles per"
                    + " unit sold follow from the label; give them (--per-sale)");
        }
        if (serving.kind() == Serving.Kind.BOTTLE) {
            return BottlesPerUnit.ONE_BOTTLE;
        }
        int bottleMl = bottleMl(wine);
        int pouredMl = serving.volumeMl().orElse(serving.kind() == Serving.Kind.GLASS ? DEFAULT_GLASS_ML : bottleMl);
        return BottlesPerUnit.glass(pouredMl, bottleMl);
    }

    /** The wine's bottle size in millilitres; {@value #DEFAULT_BOTTLE_ML} when the library does not know it. */
    static int bottleMl(LibraryWine wine) {
        return wine.volumeMl() == null || wine.volumeMl() <= 0 ? DEFAULT_BOTTLE_ML : wine.volumeMl();
    }

    /** Millilitres as the labels write them: {@code 37.5 cl}, {@code 75 cl}, {@code 150 cl}. */
    static String centilitres(int ml) {
        return BigDecimal.valueOf(ml, 1).stripTrailingZeros().toPlainString() + " cl";
    }
}
