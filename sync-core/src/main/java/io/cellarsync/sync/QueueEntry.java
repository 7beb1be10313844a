package io.cellarsync.sync;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A POS reference waiting to be linked, one "drink to synchronise" (R5, semantic 13).
 *
 * @param reference the reference
 * @param posName its current POS name
 * @param sold whether it has billed sales (the tag icon); otherwise it is only in the catalogue
 * @param quantity the quantity sold over all recorded sales
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
