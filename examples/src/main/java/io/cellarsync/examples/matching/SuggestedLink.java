package io.cellarsync.examples.matching;

import io.cellarsync.matching.Proposal;
import io.cellarsync.matching.Serving;
import io.cellarsync.matching.Verdict;
import io.cellarsync.sync.BottlesPerUnit;
import io.cellarsync.sync.LibraryWine;
import io.cellarsync.sync.LinkReference;
import io.cellarsync.sync.PosReferenceId;
import io.cellarsync.sync.SyncEngine;
import java.util.Optional;

/**
 * Turns the matcher's suggestion for a POS reference into the link a user accepting it makes (R9, R10): a yes links
 * the wine, an almost links it and sets the label's vintage on it, a no links nothing. The bottles taken per unit
 * sold follow the label's serving: a glass or a carafe takes its share of the wine's bottle.
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
     */
    public static Optional<LinkReference> of(PosReferenceId reference, Proposal proposal, SyncEngine state) {
        if (proposal.verdict() == Verdict.NO || proposal.wineId().isEmpty()) {
            return Optional.empty();
        }
        String wineId = proposal.wineId().get();
        LibraryWine wine = state.wine(wineId).orElseThrow(() -> new IllegalArgumentException("the matcher proposed"
                + " wine " + wineId + " for " + reference + " but the library has no such wine"));
        LinkReference link = proposal.verdict() == Verdict.ALMOST && proposal.vintage().isPresent()
                ? LinkReference.almost(reference, wineId, proposal.vintage().getAsInt())
                : LinkReference.yes(reference, wineId);
        return Optional.of(link.withPerSale(perSale(proposal.serving(), wine)));
    }

    /**
     * Bottles per unit sold for a serving of a wine: a glass or a carafe takes its share of the wine's bottle (a
     * glass of unknown volume {@value #DEFAULT_GLASS_ML} ml, a carafe of unknown volume a whole bottle); a bottle
     * takes one bottle of its own format (the matcher already chose the wine of that format).
     *
     * @param serving what the label serves
     * @param wine the library wine poured
     * @return the bottles per unit sold
     */
    public static BottlesPerUnit perSale(Serving serving, LibraryWine wine) {
        if (serving.kind() == Serving.Kind.BOTTLE) {
            return BottlesPerUnit.ONE_BOTTLE;
        }
        int bottleMl = wine.volumeMl() == null || wine.volumeMl() <= 0 ? DEFAULT_BOTTLE_ML : wine.volumeMl();
        int pouredMl = serving.volumeMl().orElse(serving.kind() == Serving.Kind.GLASS ? DEFAULT_GLASS_ML : bottleMl);
        return BottlesPerUnit.glass(pouredMl, bottleMl);
    }
}
