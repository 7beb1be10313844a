package io.cellarsync.sync;

import java.util.List;

/**
 * Gives every wine of the report a product number, kept in the state and never reused, so that
 * {@link SyncEngine#resetReport()} can list it (R15, semantic 16). Wines that already have a number keep it.
 *
 * @param wineIds the wines to include; empty for every wine of the library
 */
public record PrepareResetReport(List<String> wineIds) implements SyncCommand {

    /** Copies the list. */
    public PrepareResetReport {
        wineIds = List.copyOf(wineIds);
    }

    /**
     * Prepares the report for every wine of the library.
     *
     * @return the command
     */
    public static PrepareResetReport allWines() {
        return new PrepareResetReport(List.of());
    }
}
