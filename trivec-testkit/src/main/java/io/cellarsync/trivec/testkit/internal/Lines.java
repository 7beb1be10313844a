package io.cellarsync.trivec.testkit.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** Builds generated lines with the gateway's arithmetic (invariants of §6.13 of the gateway notes). */
final class Lines {

    /** .NET decimal division keeps 28 significant digits: {@code TotalEx} is never rounded to cents. */
    private static final MathContext NET_DECIMAL = new MathContext(28, RoundingMode.HALF_EVEN);

    private Lines() {}

    /** {@code TotalInc = Price × Qty − TotalDisc}; {@code TotalEx = TotalInc / (1 + VatPerc/100)}. */
    static SimLine of(SimProduct product, BigDecimal qty, BigDecimal discount, List<SimLine> addons) {
        BigDecimal inc = product.price().multiply(qty).subtract(discount);
        return new SimLine(product, qty, product.price(), discount, inc, ex(inc, product.vatRate()), "", addons);
    }

    /** A menu component: à-la-carte price kept, the menu price allocated to its {@code TotalInc}. */
    static SimLine component(SimProduct product, BigDecimal allocated, String menuId) {
        return new SimLine(product, BigDecimal.ONE, product.price(), BigDecimal.ZERO, allocated,
                ex(allocated, product.vatRate()), menuId, List.of());
    }

    /** A menu header: a price, no totals. */
    static SimLine header(SimProduct menu, String menuId) {
        return new SimLine(menu, BigDecimal.ONE, menu.price(), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                menuId, List.of());
    }

    static BigDecimal ex(BigDecimal inc, BigDecimal vatRate) {
        if (inc.signum() == 0) {
            return BigDecimal.ZERO;
        }
        return inc.divide(BigDecimal.ONE.add(vatRate.movePointLeft(2)), NET_DECIMAL);
    }

    /** A void or a move out: every amount and the add-ons negated. */
    static SimLine negate(SimLine line) {
        List<SimLine> addons = new ArrayList<>();
        for (SimLine addon : line.addons()) {
            addons.add(negate(addon));
        }
        return new SimLine(line.product(), line.qty().negate(), line.price(), line.totalDisc().negate(),
                line.totalInc().negate(), line.totalEx().negate(), line.menuId(), addons);
    }
}
