package io.cellarsync.sync;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One product of the POS reset report (R15, semantic 16).
 *
 * @param productNumber the wine's stable product number
 * @param wineId the wine
 * @param name the name exported: the wine's name and vintage
 * @param shortName the name cut to {@value ResetReport#SHORT_NAME_LENGTH} UTF-16 units (one fewer rather than cut a
 *     character outside the Basic Multilingual Plane, such as an emoji, in two), spaces around it trimmed
 * @param groupName the POS group to create it in: the wine's colour, or {@code Wine}
 * @param price the wine's POS sale price, if known
 * @param vatRate the wine's POS VAT rate, if known
 */
public record ResetReportRow(
        long productNumber,
        String wineId,
        String name,
        String shortName,
        String groupName,
        Optional<BigDecimal> price,
        Optional<BigDecimal> vatRate) {

    /** Checks the components are present. */
    public ResetReportRow {
        Objects.requireNonNull(wineId, "wineId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(shortName, "shortName");
        Objects.requireNonNull(groupName, "groupName");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(vatRate, "vatRate");
    }
}
