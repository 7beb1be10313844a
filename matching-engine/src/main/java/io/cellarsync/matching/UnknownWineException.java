package io.cellarsync.matching;

/** A wine id given to the matcher is not in its library. Nothing was learned. */
public final class UnknownWineException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the error.
     *
     * @param wineId the id that was not found
     */
    public UnknownWineException(String wineId) {
        super("wine id '" + wineId + "' is not in the matcher's library; add the wine first or give an id it holds");
    }
}
