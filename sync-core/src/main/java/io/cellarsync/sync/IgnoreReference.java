package io.cellarsync.sync;

import java.util.Objects;

/**
 * Leaves a POS reference out of the queue of references to link, such as coffee or food (R5, semantic 13).
 * Ignoring an ignored reference changes nothing; a linked reference cannot be ignored.
 *
 * @param reference the reference; must be known
 */
public record IgnoreReference(PosReferenceId reference) implements SyncCommand {

    /** Checks the reference is present. */
    public IgnoreReference {
        Objects.requireNonNull(reference, "reference");
    }
}
