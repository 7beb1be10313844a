package io.cellarsync.trivec;

/**
 * A client was configured with a value it cannot use: a malformed site, a missing application key, a negative
 * duration. The message names the bad value (never the key) and what is accepted.
 */
public final class TrivecConfigurationException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what was wrong and what is accepted
     */
    public TrivecConfigurationException(String message) {
        super(message);
    }
}
