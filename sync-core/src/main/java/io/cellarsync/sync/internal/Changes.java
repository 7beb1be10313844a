package io.cellarsync.sync.internal;

import io.cellarsync.sync.ChangeSummary;
import io.cellarsync.sync.SyncEvent;
import java.math.BigDecimal;
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
    BigDecimal gross = BigDecimal.ZERO;
    int stockMovements;

    Changes(EventFold fold) {
        this.fold = fold;
    }

    void emit(SyncEvent event) {
        fold.apply(event);
        events.add(event);
        if (event instanceof SyncEvent.StockMoved) {
            stockMovements++;
        }
    }

    /** Makes room for about this many more events. */
    void reserve(int more) {
        events.ensureCapacity(events.size() + more);
    }

    List<SyncEvent> events() {
        return events;
    }

    ChangeSummary summary() {
        return new ChangeSummary(ticketsChanged, ticketsUnchanged, ticketsSkippedOpen, ticketsSkippedTraining,
                ticketsSkippedCentre, linesRecorded, linesApplied, unlinkedLines, gross, stockMovements);
    }
}
