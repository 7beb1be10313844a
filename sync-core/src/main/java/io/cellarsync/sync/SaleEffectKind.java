package io.cellarsync.sync;

/** Why the effect of a sale line on a wine was applied or reversed. */
public enum SaleEffectKind {
    /** A sale of a linked reference, recorded by an import. */
    SALE,
    /** A sale recorded before the link, applied when the link was made (semantic 9). */
    BACKFILL,
    /** Reverses the effect of an earlier version of the line, replaced by a newer ticket version (semantic 2). */
    CORRECTION,
    /** Reverses the effect of the line when its link was broken (semantic 10). */
    UNLINK;

    /**
     * Whether this kind applies a line's effect (rather than reversing it).
     *
     * @return {@code true} for {@link #SALE} and {@link #BACKFILL}
     */
    public boolean applies() {
        return this == SALE || this == BACKFILL;
    }
}
