package io.cellarsync.sync;

import java.util.Objects;

/**
 * Puts an ignored POS reference back into the queue (semantic 13). Un-ignoring a reference that is not ignored
 * changes nothing.
 *
 * @param reference the reference; must be known
 */
public record UnignoreReference(PosReferenceId reference) implements SyncCommand {

    /** Checks the reference is present. */
    public UnignoreReference {
        Objects.requireNonNull(reference, "reference");
    }
}
