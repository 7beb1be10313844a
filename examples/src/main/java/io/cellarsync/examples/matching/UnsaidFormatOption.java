package io.cellarsync.examples.matching;

import picocli.CommandLine.Option;

/**
 * The {@code --unsaid-format-bottle} switch of {@code match}, {@code queue} and {@code link --accept-suggestion}: the
 * matcher reads a label naming no format as the 75 cl bottle ({@code
 * MatchingEngine.Builder#unsaidFormatIsStandardBottle}). The state does not keep it: {@code link --accept-suggestion}
 * applies the suggestion that {@code queue} shows with the same switch, so give both or neither.
 */
public final class UnsaidFormatOption {

    @Option(names = "--unsaid-format-bottle", description = {"Read a label that names no format as the 75 cl bottle"
            + " when the library lists the wine in several formats (default: no, the listing is not told). The state"
            + " does not keep it: give it to queue and link --accept-suggestion alike."})
    boolean unsaidFormatBottle;

    /** @return whether a label naming no format names the 75 cl bottle */
    public boolean standardBottle() {
        return unsaidFormatBottle;
    }
}
