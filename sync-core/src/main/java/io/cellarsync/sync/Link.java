package io.cellarsync.sync;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A link from a POS reference to a library wine (R10). Each link has its own number, never reused, so that the sales
 * it applied can be told apart from those of an earlier link of the same reference.
 *
 * @param number the link's number, from 1
 * @param reference the POS reference
 * @param wineId the wine
 * @param perSale bottles per unit sold
 * @param effectiveFrom the first business day whose sales count, {@link LocalDate#MIN} when all count
 * @param automatic whether the link was made automatically for a product created from the reset report (R15)
 */
public record Link(
        long number,
        PosReferenceId reference,
        String wineId,
        BottlesPerUnit perSale,
        LocalDate effectiveFrom,
        boolean automatic) {

    /** Checks the components are present. */
    public Link {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(wineId, "wineId");
        Objects.requireNonNull(perSale, "perSale");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    }

    /**
     * Whether a sale of this business day counts for the link.
     *
     * @param businessDate the sale's business day
     * @return {@code true} if it is on or after {@link #effectiveFrom()}
     */
    public boolean covers(LocalDate businessDate) {
        return !businessDate.isBefore(effectiveFrom);
    }
}
