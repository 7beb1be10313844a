package io.cellarsync.examples.sync.state;

/**
 * The journal holds a damaged record that is followed by valid ones, so the state cannot be rebuilt without
 * silently dropping accepted commands. A damaged <em>last</em> record is not this error: it is the trace of a crash
 * during a write and is ignored.
 */
public final class JournalCorruptedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what is damaged, where, and what to do
     */
    public JournalCorruptedException(String message) {
        super(message);
    }
}
