package io.cellarsync.examples.matching;

import io.cellarsync.matching.InvalidWineException;
import io.cellarsync.matching.MatchingEngine;
import io.cellarsync.matching.Proposal;
import io.cellarsync.sync.Link;
import io.cellarsync.sync.LibraryWine;
import io.cellarsync.sync.PosReferenceId;
import io.cellarsync.sync.ReferenceView;
import io.cellarsync.sync.SyncEngine;
import io.cellarsync.sync.SyncEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The matcher over a cellar's state (R9): built from the state's library, and taught by the user's past answers,
 * so that the queue's suggestions follow them. Every current link is a confirmed answer (its reference's POS name,
 * and every name it had before, is that wine) and every link broken with its sales reversed is a rejection (the names
 * the reference had until it was unlinked are not that wine; a name it took after is not refused by it), so a label
 * the user corrected resolves at once next time and a refused wine is not proposed again for it. A link broken with
 * {@code --keep-past-sales} teaches nothing: the user stopped the depletion, not the wine.
 */
public final class CellarMatcher {

    private final SyncEngine state;
    private final MatchingEngine matcher;

    private CellarMatcher(SyncEngine state, MatchingEngine matcher) {
        this.state = state;
        this.matcher = matcher;
    }

    /**
     * Builds the matcher over the state's library and teaches it the state's answers.
     *
     * @param state the cellar state
     * @param history the events that built the state, in order, or at least those it {@link #teaches} (the broken
     *     links are read from them, and the names their references had then from the catalogue's renames)
     * @return the matcher
     */
    public static CellarMatcher of(SyncEngine state, List<SyncEvent> history) {
        return of(state, history, false);
    }

    /**
     * Builds the matcher over the state's library and teaches it the state's answers, reading a label naming no
     * format as the 75 cl bottle if asked ({@code MatchingEngine.Builder#unsaidFormatIsStandardBottle}).
     *
     * @param state the cellar state
     * @param history the events that built the state, as for {@link #of(SyncEngine, List)}
     * @param unsaidFormatIsStandardBottle whether a label naming no format names the 75 cl bottle
     * @return the matcher
     */
    public static CellarMatcher of(SyncEngine state, List<SyncEvent> history, boolean unsaidFormatIsStandardBottle) {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(history, "history");
        MatchingEngine matcher = MatchingEngine.builder().maxCandidates(ProposalJson.MAX_CANDIDATES)
                .unsaidFormatIsStandardBottle(unsaidFormatIsStandardBottle)
                .build(matcherWines(state.wines()));
        // Rejections first: a reference unlinked from a wine and linked to it again is a confirmed answer. An unlink
        // refuses the names the reference had until then, not its current one: a later rename (R8) is not what the
        // user refused. Reversing the sales says none of them was that wine, whatever name they were sold under.
        Map<PosReferenceId, List<String>> namesSoFar = new HashMap<>();
        for (SyncEvent event : history) {
            if (event instanceof SyncEvent.CatalogueEntrySeen seen) {
                List<String> names = namesSoFar.computeIfAbsent(seen.entry().reference(), r -> firstName(state, r));
                if (!names.isEmpty() && !names.get(names.size() - 1).equals(seen.entry().name())) {
                    names.add(seen.entry().name());
                }
            } else if (event instanceof SyncEvent.Unlinked unlinked && !unlinked.keepPastSales()) {
                Link link = unlinked.link();
                for (String name : namesSoFar.computeIfAbsent(link.reference(), r -> firstName(state, r))) {
                    learn(() -> matcher.reject(name, link.wineId()));
                }
            }
        }
        // A renamed reference keeps its link (R8): its earlier names name the same wine, so they are confirmed too
        // (another site's till may still use one of them), the current name last.
        for (PosReferenceId reference : state.references()) {
            state.reference(reference).ifPresent(view -> view.link().ifPresent(link -> {
                for (String name : view.earlierNames()) {
                    learn(() -> matcher.confirm(name, link.wineId()));
                }
                learn(() -> matcher.confirm(view.posName(), link.wineId()));
            }));
        }
        return new CellarMatcher(state, matcher);
    }

    /**
     * Whether the matcher learns from an event of the state's history; a command that keeps only these events
     * while it replays the journal gives {@link #of} all it needs without holding every sale in memory.
     *
     * @param event an event of the state's history
     * @return {@code true} for a broken link, and for a catalogue product seen (new or changed, a rename among them),
     *     which tells the name a reference had when it was unlinked
     */
    public static boolean teaches(SyncEvent event) {
        return event instanceof SyncEvent.Unlinked || event instanceof SyncEvent.CatalogueEntrySeen;
    }

    /**
     * The matcher's suggestion for a POS reference, from its current POS name.
     *
     * @param reference the reference
     * @return the proposal: yes, almost (with the vintage to set) or no
     * @throws IllegalArgumentException when the state has never seen the reference
     */
    public Proposal suggest(PosReferenceId reference) {
        String name = posName(state, reference).orElseThrow(() -> new IllegalArgumentException("POS reference "
                + reference + " is not in the state: import the catalogue or the sales that name it first"));
        return suggest(name);
    }

    /**
     * The matcher's suggestion for a POS name.
     *
     * @param posName the name as the till shows it
     * @return the proposal: yes, almost (with the vintage to set) or no
     */
    public Proposal suggest(String posName) {
        return matcher.match(posName);
    }

    /**
     * The matcher's view of sync-core's library wines; a wine the matcher cannot read (a blank name, a vintage that
     * is not a 4-digit year) is left out of the suggestions rather than failing them.
     *
     * @param wines the state's library
     * @return the matcher's wines, in the same order
     */
    static List<io.cellarsync.matching.LibraryWine> matcherWines(List<LibraryWine> wines) {
        List<io.cellarsync.matching.LibraryWine> converted = new ArrayList<>();
        for (LibraryWine wine : wines) {
            try {
                converted.add(matcherWine(wine));
            } catch (InvalidWineException e) {
                // left out: the matcher cannot propose it, the user can still link it with --wine
            }
        }
        return converted;
    }

    private static io.cellarsync.matching.LibraryWine matcherWine(LibraryWine wine) {
        io.cellarsync.matching.LibraryWine converted = io.cellarsync.matching.LibraryWine.of(wine.id(), wine.name())
                .withProducer(text(wine.producer())).withAppellation(text(wine.appellation()))
                .withRegion(text(wine.region())).withCountry(text(wine.country())).withColour(text(wine.colour()))
                .withGrapes(wine.grapes());
        if (wine.vintage() != null) {
            converted = converted.withVintage(wine.vintage());
        }
        if (wine.volumeMl() != null) {
            converted = converted.withVolumeMl(wine.volumeMl());
        }
        return converted;
    }

    private static String text(@org.jspecify.annotations.Nullable String value) {
        return value == null ? "" : value;
    }

    /**
     * The first name the state knows for a reference (its oldest earlier name, or its name if never renamed), in a
     * list the history's renames extend; empty for a reference the state does not know.
     */
    private static List<String> firstName(SyncEngine state, PosReferenceId reference) {
        List<String> names = new ArrayList<>(2);
        state.reference(reference).ifPresent(view -> names.add(
                view.earlierNames().isEmpty() ? view.posName() : view.earlierNames().get(0)));
        return names;
    }

    private static Optional<String> posName(SyncEngine state, PosReferenceId reference) {
        return state.reference(reference).map(ReferenceView::posName);
    }

    /** Learns one answer; a name with no wine words in it (only a vintage or a serving) cannot be learned. */
    private static void learn(Runnable answer) {
        try {
            answer.run();
        } catch (IllegalArgumentException e) {
            // nothing to learn from this name
        }
    }
}
