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
 * @param referencesAutoLinked POS references linked automatically as their reset-report product came back
 *     (semantic 16)
 * @param linesBackfilled recorded sale lines a new link applied ({@link SaleEffectKind#BACKFILL}), whether the link
 *     was the user's answer or automatic
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
        int stockMovements,
        int referencesAutoLinked,
        int linesBackfilled) {

    /** Checks the gross is present. */
    public ChangeSummary {
        Objects.requireNonNull(gross, "gross");
    }

    /**
     * A summary without automatic links or back-fills, as before those counts existed.
     *
     * @param ticketsChanged tickets new or different from their earlier version
     * @param ticketsUnchanged tickets identical to their recorded version
     * @param ticketsSkippedOpen open tickets, not imported
     * @param ticketsSkippedTraining training tickets, never imported
     * @param ticketsSkippedCentre tickets of centres left out of the import
     * @param linesRecorded sale lines new or changed
     * @param linesApplied of those, lines of linked references that moved stock
     * @param unlinkedLines of those, lines of references not linked
     * @param gross the change of recorded revenue incl. VAT
     * @param stockMovements stock movements made
     */
    public ChangeSummary(int ticketsChanged, int ticketsUnchanged, int ticketsSkippedOpen, int ticketsSkippedTraining,
            int ticketsSkippedCentre, int linesRecorded, int linesApplied, int unlinkedLines, BigDecimal gross,
            int stockMovements) {
        this(ticketsChanged, ticketsUnchanged, ticketsSkippedOpen, ticketsSkippedTraining, ticketsSkippedCentre,
                linesRecorded, linesApplied, unlinkedLines, gross, stockMovements, 0, 0);
    }
}
