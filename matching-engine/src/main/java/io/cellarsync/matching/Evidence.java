package io.cellarsync.matching;

/** The parts of a label that can agree or disagree with a library wine, as a UI shows them. */
public enum Evidence {
    /** The producer's words. */
    PRODUCER,
    /** The cuvée: the words of the wine's name. */
    CUVEE,
    /** The appellation or region. */
    APPELLATION,
    /** Red, white or rosé. */
    COLOUR,
    /** The vintage. */
    VINTAGE,
    /** The bottle format (half, magnum…). */
    FORMAT,
    /** The grape variety (Pinot Noir, Chardonnay…). */
    GRAPE
}
