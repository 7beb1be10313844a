package io.cellarsync.examples.sync;

import io.cellarsync.examples.OneLineText;
import io.cellarsync.sync.Rejection;

/** The engine rejected a command: nothing was applied and nothing was written to the state. */
public final class CommandRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The engine's reason. */
    private final transient Rejection rejection;

    /**
     * Creates the exception.
     *
     * @param rejection the engine's rejection, whose message names the bad value (shown with control characters as
     *     {@code \\uXXXX}: the value may be the POS's text or an id as typed)
     */
    public CommandRejectedException(Rejection rejection) {
        super(OneLineText.printable(rejection.message() + " (nothing was changed)"));
        this.rejection = rejection;
    }

    /** @return the engine's rejection */
    public Rejection rejection() {
        return rejection;
    }
}
