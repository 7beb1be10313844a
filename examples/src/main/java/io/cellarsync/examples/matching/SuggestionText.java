package io.cellarsync.examples.matching;

import io.cellarsync.matching.Proposal;
import io.cellarsync.matching.Serving;
import io.cellarsync.sync.LibraryWine;
import io.cellarsync.sync.SyncEngine;
import java.util.Locale;
import java.util.Optional;

/** The matcher's suggestion as one line of text, as the queue's table shows it. */
public final class SuggestionText {

    private SuggestionText() {}

    /**
     * Describes a suggestion: {@code yes W1 (0.93)}, {@code almost W3, set vintage 2016 (0.81)},
     * {@code yes W2 by the glass (0.88)} or {@code no (0.12)}.
     *
     * @param proposal the matcher's suggestion
     * @return the text, without a line break
     */
    public static String of(Proposal proposal) {
        return of(proposal, Optional.empty());
    }

    /**
     * Describes a suggestion for a reference of the state, as {@link #of(Proposal)}, and says when the label names a
     * bottle of another format than the suggested wine's, which {@code link --accept-suggestion} refuses:
     * {@code yes H1, format disagrees: label 37.5 cl, wine 75 cl (0.86)}.
     *
     * @param proposal the matcher's suggestion
     * @param state the cellar state, whose library holds the suggested wine
     * @return the text, without a line break
     */
    public static String of(Proposal proposal, SyncEngine state) {
        return of(proposal, proposal.wineId().flatMap(state::wine));
    }

    private static String of(Proposal proposal, Optional<LibraryWine> wine) {
        StringBuilder text = new StringBuilder(proposal.verdict().name().toLowerCase(Locale.ROOT));
        proposal.wineId().ifPresent(id -> text.append(' ').append(id));
        switch (proposal.verdict()) {
            case ALMOST -> proposal.vintage().ifPresent(year -> text.append(", set vintage ").append(year));
            case YES -> text.append(serving(proposal.serving()));
            case NO -> { }
        }
        wine.filter(w -> SuggestedLink.formatDisagrees(proposal.serving(), w)).ifPresent(w -> text
                .append(", format disagrees: label ")
                .append(SuggestedLink.centilitres(proposal.serving().volumeMl().getAsInt()))
                .append(", wine ").append(SuggestedLink.centilitres(SuggestedLink.bottleMl(w))));
        return text.append(String.format(Locale.ROOT, " (%.2f)", proposal.score())).toString();
    }

    private static String serving(Serving serving) {
        String volume = serving.volumeMl().isPresent() ? " of " + serving.volumeMl().getAsInt() / 10 + " cl" : "";
        return switch (serving.kind()) {
            case BOTTLE -> "";
            case GLASS -> " by the glass" + volume;
            case CARAFE -> " by the carafe" + volume;
        };
    }
}
