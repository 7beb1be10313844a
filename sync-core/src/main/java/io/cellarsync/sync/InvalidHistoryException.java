package io.cellarsync.sync;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A history refused whole: events given to {@link SyncEngine#replay(List)} that the engine's commands could not have
 * produced from the state they are folded into, or movements given to {@link StockBalance#of(Iterable)} that no
 * command could have made. Nothing of it was applied. The message names the entry (its index and kind), the bad value
 * and what is accepted; when a command carrying the same value would have been rejected, {@link #rejection()} is that
 * command's {@link Rejection}.
 */
public final class InvalidHistoryException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final int index;
    private final transient @Nullable Rejection rejection;

    /**
     * A refusal of a history.
     *
     * @param message a sentence naming the entry, the bad value and what is accepted
     * @param index the index of the first entry refused, from 0, in the order given
     * @param rejection the rejection a command carrying the same value would get, or {@code null} when only a history
     *     can be wrong that way (a null entry, a link number used before, an unlink of another link than the current)
     */
    public InvalidHistoryException(String message, int index, @Nullable Rejection rejection) {
        super(message);
        this.index = index;
        this.rejection = rejection;
    }

    /**
     * The first entry refused.
     *
     * @return its index, from 0, in the order given
     */
    public int index() {
        return index;
    }

    /**
     * The rejection a command carrying the same value would get.
     *
     * @return it, or empty when only a history can be wrong that way
     */
    public Optional<Rejection> rejection() {
        return Optional.ofNullable(rejection);
    }
}
