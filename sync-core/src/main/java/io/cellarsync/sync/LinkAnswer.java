package io.cellarsync.sync;

/** The user's answer to a proposed wine for a POS reference (R9). */
public enum LinkAnswer {
    /** It is that wine. */
    YES,
    /** It is that wine, but another vintage: the wine's vintage is set to the one given. */
    ALMOST,
    /** It is none of the proposals: the wine is created from the fields entered, then linked. */
    NO
}
