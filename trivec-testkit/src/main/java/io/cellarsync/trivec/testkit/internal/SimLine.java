package io.cellarsync.trivec.testkit.internal;

import java.math.BigDecimal;
import java.util.List;

/**
 * A generated sale line or add-on.
 *
 * @param product the product sold
 * @param qty the signed quantity
 * @param price the unit price
 * @param totalDisc the discount
 * @param totalInc the total including VAT (zero for a menu header)
 * @param totalEx the total excluding VAT, 28 significant digits like a .NET decimal
 * @param menuId the menu instance, empty when none
 * @param addons the add-ons
 */
public record SimLine(SimProduct product, BigDecimal qty, BigDecimal price, BigDecimal totalDisc,
        BigDecimal totalInc, BigDecimal totalEx, String menuId, List<SimLine> addons) {

    /** @return whether this is a zero-priced add-on (exported only with {@code IncFreeAddons=true}) */
    boolean isFree() {
        return price.signum() == 0 && totalInc.signum() == 0;
    }
}
