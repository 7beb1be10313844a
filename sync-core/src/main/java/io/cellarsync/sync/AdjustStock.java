package io.cellarsync.sync;

import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A manual stock movement (a delivery, a breakage, a stock count), named by its reason in the audit (semantic 15).
 *
 * @param wineId the wine; must be in the library
 * @param cellar the cellar, or {@code null} for {@link SyncEngine#DEFAULT_CELLAR}
 * @param bottles the signed change in bottles: positive for bottles received; not zero
 * @param reason why the stock changed; not blank
 */
public record AdjustStock(String wineId, @Nullable String cellar, BigDecimal bottles, String reason)
        implements SyncCommand {

    /** Checks the components are present. */
    public AdjustStock {
        Objects.requireNonNull(wineId, "wineId");
        Objects.requireNonNull(bottles, "bottles");
        Objects.requireNonNull(reason, "reason");
    }
}
