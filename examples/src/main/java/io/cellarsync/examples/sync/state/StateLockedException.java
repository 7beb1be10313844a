package io.cellarsync.examples.sync.state;

/** Another runner holds the state directory's lock: two writers would corrupt the journal. */
public final class StateLockedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message which directory is locked and what to do
     */
    public StateLockedException(String message) {
        super(message);
    }
}
