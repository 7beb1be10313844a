package io.cellarsync.examples.matching;

import io.cellarsync.matching.Proposal;
import io.cellarsync.sync.PosReferenceId;
import java.util.Locale;

/** {@code link --accept-suggestion} was asked for a reference the matcher has no wine for (it answered no). */
public final class NoSuggestionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param reference the POS reference
     * @param proposal the matcher's answer, a no
     */
    public NoSuggestionException(PosReferenceId reference, Proposal proposal) {
        super(String.format(Locale.ROOT, "the matcher suggests no wine for %s (%s): it answered no (score %.2f);"
                + " link it with --wine ID (and --vintage YYYY for another vintage), or ignore it",
                reference, proposal.label(), proposal.score()));
    }
}
