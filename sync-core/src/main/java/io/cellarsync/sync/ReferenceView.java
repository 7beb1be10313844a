package io.cellarsync.sync;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the engine knows about a POS reference.
 *
 * @param reference the reference
 * @param posName its current POS name
 * @param earlierNames the names it had before, oldest first (R8)
 * @param inCatalogue whether a catalogue listed it
 * @param ignored whether it is left out of the queue
 * @param link its link, if linked
 * @param productNumber its POS product number, if the catalogue gave one
 * @param groupName its POS group, if the catalogue gave one
 * @param price its POS price incl. VAT, if the catalogue gave one
 * @param vatRate its POS VAT rate, if the catalogue gave one
 * @param sales the totals of its recorded sales
 */
public record ReferenceView(
        PosReferenceId reference,
        String posName,
        List<String> earlierNames,
        boolean inCatalogue,
        boolean ignored,
        Optional<Link> link,
        Optional<String> productNumber,
        Optional<String> groupName,
        Optional<BigDecimal> price,
        Optional<BigDecimal> vatRate,
        SalesTotals sales) {

    /** Checks the components and copies the names. */
    public ReferenceView {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(posName, "posName");
        earlierNames = List.copyOf(earlierNames);
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(productNumber, "productNumber");
        Objects.requireNonNull(groupName, "groupName");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(vatRate, "vatRate");
        Objects.requireNonNull(sales, "sales");
    }
}
