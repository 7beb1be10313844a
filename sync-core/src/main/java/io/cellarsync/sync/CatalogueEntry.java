package io.cellarsync.sync;

import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A product of the POS catalogue (R3, R7).
 *
 * @param reference the product's identity
 * @param name the POS name (label)
 * @param productNumber the POS product number, or {@code null}; used to recognise products created from the reset
 *     report (semantic 16)
 * @param groupName the POS product group, or {@code null}
 * @param price the sale price including VAT, or {@code null}
 * @param vatRate the VAT percentage, or {@code null}
 */
public record CatalogueEntry(
        PosReferenceId reference,
        String name,
        @Nullable String productNumber,
        @Nullable String groupName,
        @Nullable BigDecimal price,
        @Nullable BigDecimal vatRate) {

    /** Checks the components are present. */
    public CatalogueEntry {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(name, "name");
    }
}
