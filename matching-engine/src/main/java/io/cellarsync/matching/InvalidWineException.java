package io.cellarsync.matching;

/** A library wine was refused: the message names the wine and what is accepted. Nothing was added. */
public final class InvalidWineException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the error.
     *
     * @param message what was wrong, with the value, and what is accepted
     */
    public InvalidWineException(String message) {
        super(message);
    }
}
