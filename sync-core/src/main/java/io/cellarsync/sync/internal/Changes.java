package io.cellarsync.sync.internal;

import io.cellarsync.sync.ChangeSummary;
import io.cellarsync.sync.SyncEvent;
import java.util.ArrayList;
import java.util.List;

/** Collects the events of one command while folding each into the state at once, and counts what changed. */
final class Changes {

    private final EventFold fold;
    private final ArrayList<SyncEvent> events = new ArrayList<>();
    int ticketsChanged;
    int ticketsUnchanged;
    int ticketsSkippedOpen;
    int ticketsSkippedTraining;
    int ticketsSkippedCentre;
    int linesRecorded;
    int linesApplied;
    int unlinkedLines;
    /** The change of recorded revenue incl. VAT, summed without a {@code BigDecimal} per line. */
    final ExactSum gross = new ExactSum();
    int stockMovements;
    int referencesAutoLinked;
    int linesBackfilled;

    Changes(EventFold fold) {
        this.fold = fold;
    }

    /** Folds an event into the state, counting what it changes, and keeps it. */
    void emit(SyncEvent event) {
        fold.apply(event, this);
        events.add(event);
    }

    /** Keeps an event whose effect was folded into the state already, piece by piece (an import, ticket by ticket). */
    void folded(SyncEvent event) {
        events.add(event);
    }

    EventFold fold() {
        return fold;
    }

    List<SyncEvent> events() {
        return events;
    }

    ChangeSummary summary() {
        return new ChangeSummary(ticketsChanged, ticketsUnchanged, ticketsSkippedOpen, ticketsSkippedTraining,
                ticketsSkippedCentre, linesRecorded, linesApplied, unlinkedLines, gross.value(), stockMovements,
                referencesAutoLinked, linesBackfilled);
    }
}
