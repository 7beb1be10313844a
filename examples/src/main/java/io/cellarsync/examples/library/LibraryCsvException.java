package io.cellarsync.examples.library;

/**
 * A library CSV file was rejected: names the file, the 1-based line and what was wrong. Nothing of the file was
 * returned.
 */
public final class LibraryCsvException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int line;

    /**
     * Creates the error.
     *
     * @param source the file (or stream) name shown in the message
     * @param line the 1-based line number of the bad row (1 is the header)
     * @param problem what was wrong and what is accepted
     */
    public LibraryCsvException(String source, int line, String problem) {
        super(source + " line " + line + ": " + problem + "; nothing was read");
        this.line = line;
    }

    /** @return the 1-based line number of the rejected row (1 is the header) */
    public int line() {
        return line;
    }
}
