package io.cellarsync.sync;

import java.util.Objects;

/**
 * The fact that a recorded sale line currently counts for a wine, through which link, in which cellar and at how many
 * bottles per unit. Kept per line so that unlinking or a newer ticket version reverses exactly what was applied.
 *
 * @param linkNumber the number of the link that applied the line
 * @param wineId the wine depleted
 * @param cellar the cellar depleted
 * @param perSale the bottles per unit sold used
 */
public record Attribution(long linkNumber, String wineId, String cellar, BottlesPerUnit perSale) {

    /** Checks the components are present. */
    public Attribution {
        Objects.requireNonNull(wineId, "wineId");
        Objects.requireNonNull(cellar, "cellar");
        Objects.requireNonNull(perSale, "perSale");
    }
}
