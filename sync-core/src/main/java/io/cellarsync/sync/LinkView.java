package io.cellarsync.sync;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One POS reference linked to a wine, as R11 lists it.
 *
 * @param link the link
 * @param posName the reference's current POS name
 * @param earlierNames the names it had before, oldest first (R8)
 * @param price the POS price incl. VAT recorded from the catalogue, if known (R7)
 * @param vatRate the POS VAT rate recorded from the catalogue, if known (R7)
 */
public record LinkView(
        Link link, String posName, List<String> earlierNames, Optional<BigDecimal> price, Optional<BigDecimal> vatRate) {

    /** Checks the components and copies the names. */
    public LinkView {
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(posName, "posName");
        earlierNames = List.copyOf(earlierNames);
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(vatRate, "vatRate");
    }
}
