package io.cellarsync.sync;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A POS reference waiting to be linked, one "drink to synchronise" (R5, semantic 13).
 *
 * @param reference the reference
 * @param posName its current POS name
 * @param sold whether it has billed sales to guests (the tag icon): a recorded line on a ticket that is not internal.
 *     Own use booked to a cost post (staff, waste; semantic 4) is no sale: a reference seen only there is not sold
 * @param quantity the quantity over all recorded lines, own use included (what a link would deplete)
 * @param revenue the revenue incl. VAT over all recorded sales
 * @param inCatalogue whether the catalogue lists it
 */
public record QueueEntry(
        PosReferenceId reference, String posName, boolean sold, BigDecimal quantity, BigDecimal revenue,
        boolean inCatalogue) {

    /** Checks the components are present. */
    public QueueEntry {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(posName, "posName");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(revenue, "revenue");
    }
}
