package io.cellarsync.sync;

import java.util.Objects;

/**
 * Why a command was refused. Nothing of a rejected command was applied.
 *
 * @param reason the kind of problem
 * @param value the offending value, as given
 * @param message a sentence naming the value and what is accepted
 */
public record Rejection(Reason reason, String value, String message) {

    /** Checks the components are present. */
    public Rejection {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(message, "message");
    }

    /** The kinds of problem. */
    public enum Reason {
        /** No wine of the library has this id. */
        UNKNOWN_WINE,
        /** No catalogue or sale has named this POS reference. */
        UNKNOWN_REFERENCE,
        /** No catalogue was imported for this site. */
        UNKNOWN_SITE,
        /**
         * Bottles per unit sold of zero or less, above {@link LibraryWine#MAX_BOTTLES} (numerator, denominator or
         * ratio), or with a numerator or denominator of more than {@link SyncEngine#MAX_DECIMAL_PLACES} decimal
         * places.
         */
        INVALID_RATIO,
        /** A wine id already in the library, or twice in one batch. */
        DUPLICATE_WINE,
        /**
         * A wine with a blank id or name, a bottle volume out of range, or an initial stock that is negative, above
         * {@link LibraryWine#MAX_BOTTLES} or of more than {@link SyncEngine#MAX_DECIMAL_PLACES} decimal places.
         */
        INVALID_WINE,
        /**
         * A vintage out of {@link LibraryWine#FIRST_VINTAGE} to {@link LibraryWine#LAST_VINTAGE} (a new wine's, or
         * the one an "almost" answer sets), or an "almost" answer without one.
         */
        INVALID_VINTAGE,
        /** A link command whose answer lacks what it needs (a wine id for yes/almost, a new wine for no). */
        INCOMPLETE_ANSWER,
        /** The reference is linked already; unlink it first. */
        ALREADY_LINKED,
        /** The reference is not linked. */
        NOT_LINKED,
        /** A billed ticket without a business day. */
        MISSING_BUSINESS_DATE,
        /** A sale line of an imported ticket with a blank product key. */
        MISSING_PRODUCT_KEY,
        /** Two lines of one ticket with the same identity. */
        DUPLICATE_SALE_LINE,
        /** A catalogue entry of another site than the catalogue's. */
        SITE_MISMATCH,
        /**
         * A stock adjustment of zero bottles, of more than {@link LibraryWine#MAX_BOTTLES} either way or more than
         * {@link SyncEngine#MAX_DECIMAL_PLACES} decimal places, or without a reason.
         */
        INVALID_ADJUSTMENT,
        /** A centre mapping with a blank centre or cellar. */
        INVALID_CELLAR,
        /** A billed ticket of an import with a blank ticket key. */
        MISSING_TICKET_KEY,
        /**
         * A number of a sale line (quantity, gross, net, VAT rate) or of a catalogue entry (price, VAT rate) with
         * more than {@link SyncEngine#MAX_DECIMAL_PLACES} decimal places or more than
         * {@link SyncEngine#MAX_WHOLE_DIGITS} digits before the point: more than a POS's number (a .NET decimal)
         * holds.
         */
        INVALID_NUMBER
    }

    /**
     * The reason and the message on one line.
     *
     * @return a line such as {@code UNKNOWN_WINE: no wine 'w9' in the library ...}
     */
    @Override
    public String toString() {
        return reason + ": " + message;
    }
}
