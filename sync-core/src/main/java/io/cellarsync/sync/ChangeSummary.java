package io.cellarsync.sync;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Counts of what an applied command changed; zeros for what does not concern it.
 *
 * @param ticketsChanged tickets new or different from their earlier version
 * @param ticketsUnchanged tickets identical to their recorded version (a re-import)
 * @param ticketsSkippedOpen open tickets, not imported (semantic 3)
 * @param ticketsSkippedTraining training tickets, never imported (semantic 3)
 * @param ticketsSkippedCentre tickets of centres left out of the import (semantic 14)
 * @param linesRecorded sale lines new or changed
 * @param linesApplied of those, lines of linked references that moved stock
 * @param unlinkedLines of those, lines of references not linked
 * @param gross the change of recorded revenue incl. VAT
 * @param stockMovements stock movements made, whatever their cause
 */
public record ChangeSummary(
        int ticketsChanged,
        int ticketsUnchanged,
        int ticketsSkippedOpen,
        int ticketsSkippedTraining,
        int ticketsSkippedCentre,
        int linesRecorded,
        int linesApplied,
        int unlinkedLines,
        BigDecimal gross,
        int stockMovements) {

    /** Checks the gross is present. */
    public ChangeSummary {
        Objects.requireNonNull(gross, "gross");
    }
}
