package io.cellarsync.matching;

/** The matcher's answer to a label, the three answers of R9. */
public enum Verdict {
    /** It is this wine (and this vintage, when the label has one that the library holds). */
    YES,
    /** It is this wine, but the label's vintage is one the library does not hold: fix the vintage. */
    ALMOST,
    /** Nothing in the library fits: a cocktail, a beer, food, or a wine the cellar does not stock. */
    NO
}
