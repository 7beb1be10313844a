package io.cellarsync.sync;

import java.util.Objects;

/**
 * Breaks the link of a POS reference (R12, semantic 10). By default the reference's sales disappear from the wine and
 * their stock effect is reversed; with {@code keepPastSales} past sales stay and only future depletion stops. Other
 * references of the same wine are untouched (R13).
 *
 * @param reference the linked POS reference
 * @param keepPastSales whether past sales stay on the wine
 */
public record UnlinkReference(PosReferenceId reference, boolean keepPastSales) implements SyncCommand {

    /** Checks the reference is present. */
    public UnlinkReference {
        Objects.requireNonNull(reference, "reference");
    }

    /**
     * Unlinks and reverses the reference's sales (the default).
     *
     * @param reference the reference
     * @return the command
     */
    public static UnlinkReference reversingSales(PosReferenceId reference) {
        return new UnlinkReference(reference, false);
    }
}
